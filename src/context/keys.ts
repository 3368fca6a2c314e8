import { createContext } from '@lit/context';
import type { RapportAdapter } from '../adapters/adapter.js';
import type { Session } from '../domain/index.js';

/** The backend every `rp-*` element inside an `rp-provider` talks to. */
export const adapterContext = createContext<RapportAdapter | undefined>(Symbol('rapport.adapter'));

/** The current user and account, loaded once by the provider. */
export const sessionContext = createContext<Session | undefined>(Symbol('rapport.session'));

/** The BCP 47 locale the elements speak and format dates in. */
export const localeContext = createContext<string>(Symbol('rapport.locale'));
