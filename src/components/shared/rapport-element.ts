import { consume } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RapportAdapter } from '../../adapters/adapter.js';
import { isRapportError } from '../../adapters/errors.js';
import { adapterContext, localeContext, sessionContext } from '../../context/keys.js';
import type { Session } from '../../domain/index.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { format, loadStrings, stringsFor, type Strings } from '../../i18n/strings.js';
import { installTokens } from '../../styles/tokens.js';

/**
 * What every `rp-*` element shares: the adapter, the session and the locale,
 * each taken from an enclosing `rp-provider` unless set on the element itself.
 */
export class RapportElement extends LitElement {
  /** The backend adapter. Set it here, or place the element inside `rp-provider`; this one wins. */
  @property({ attribute: false }) adapter?: RapportAdapter;

  /** The language of the words on screen and of dates, e.g. `es`. Defaults to the provider's, then English. */
  @property({ reflect: true }) locale?: string;

  @consume({ context: adapterContext, subscribe: true })
  @state()
  private contextAdapter?: RapportAdapter;

  @consume({ context: sessionContext, subscribe: true })
  @state()
  private contextSession?: Session;

  @consume({ context: localeContext, subscribe: true })
  @state()
  private contextLocale?: string;

  @state() private ownSession?: Session;
  private sessionFor?: RapportAdapter;

  override connectedCallback(): void {
    super.connectedCallback();
    installTokens();
  }

  /** The adapter in force: the element's own, else the provider's. */
  protected get backend(): RapportAdapter | undefined {
    return this.adapter ?? this.contextAdapter;
  }

  /** The session of the adapter in force, once loaded. */
  protected get session(): Session | undefined {
    if (this.adapter && this.adapter !== this.contextAdapter) return this.ownSession;
    return this.contextSession ?? this.ownSession;
  }

  protected get activeLocale(): string {
    return this.locale ?? this.contextLocale ?? 'en';
  }

  protected get strings(): Strings {
    return stringsFor(this.activeLocale);
  }

  protected get formatters(): Formatters {
    return formattersFor(this.activeLocale);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('locale') && this.locale) void loadStrings(this.locale).then(() => this.requestUpdate());
    const needsOwnSession = this.backend && (this.adapter ? this.adapter !== this.contextAdapter : !this.contextSession);
    if (needsOwnSession && this.sessionFor !== this.backend) {
      const backend = this.backend!;
      this.sessionFor = backend;
      backend.getSession().then(
        (session) => this.sessionFor === backend && (this.ownSession = session),
        () => undefined,
      );
    }
  }

  /** Words a person can act on for any failure, in the element's language. */
  protected describeError(error: unknown): string {
    const words = this.strings.common.errors;
    if (isRapportError(error)) {
      if (error.code === 'validation') {
        const detail = error.issues.map((issue) => issue.message).join('; ') || error.message;
        return format(words.validation, { detail });
      }
      return words[error.code];
    }
    const detail = error instanceof Error ? error.message : String(error);
    return format(words.unknown, { detail });
  }
}
