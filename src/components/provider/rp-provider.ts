import { provide } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RapportAdapter } from '../../adapters/adapter.js';
import { adapterContext, localeContext, sessionContext } from '../../context/keys.js';
import type { Session } from '../../domain/index.js';
import { RpSessionErrorEvent } from '../../events/session.js';
import { loadStrings } from '../../i18n/strings.js';
import { installTokens } from '../../styles/tokens.js';

/**
 * Gives every `rp-*` element inside it the backend adapter, the current
 * session and the locale, so none of them needs its own wiring.
 *
 * @slot - The host app's content, with any `rp-*` elements.
 * @fires rp-session-error - The session could not be loaded from the adapter; `detail.error` says why.
 * @cssproperty --rp-font-family - And every other `--rp-*` token: set them here or on `:root` to re-theme.
 */
@customElement('rp-provider')
export class RpProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
  `;

  /** The backend every element inside talks to. */
  @provide({ context: adapterContext })
  @property({ attribute: false })
  adapter?: RapportAdapter;

  /** The language of the words on screen and of dates, e.g. `en` or `es`. */
  @property({ reflect: true }) locale = 'en';

  /** `light`, `dark`, or unset to follow the host page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** The current user and account, once the adapter has given them. */
  @provide({ context: sessionContext })
  @state()
  session?: Session;

  // The locale reaches the elements only once its words are loaded, so nothing renders half-translated.
  @provide({ context: localeContext })
  @state()
  protected readyLocale = 'en';

  private sessionRequest = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    installTokens();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('adapter')) void this.loadSession();
    if (changed.has('locale')) {
      const locale = this.locale;
      void loadStrings(locale).then(() => {
        if (this.locale === locale) this.readyLocale = locale;
      });
    }
  }

  /** Reloads the session, e.g. after the host signs in as someone else. */
  async loadSession(): Promise<void> {
    const request = ++this.sessionRequest;
    this.session = undefined;
    if (!this.adapter) return;
    try {
      const session = await this.adapter.getSession();
      if (request === this.sessionRequest) this.session = session;
    } catch (error) {
      this.dispatchEvent(new RpSessionErrorEvent({ error }));
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-provider': RpProvider;
  }
}
