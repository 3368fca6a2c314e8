import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ChannelAvailability, SendableChannel } from '../../domain/channels.js';
import { RapportElement } from '../shared/rapport-element.js';
import { pieceStyles } from './rp-send-message.styles.js';
import '../../i18n/en/sendMessage.js';

/**
 * Seed 001's Send button in two parts: the main part sends on the selected
 * channel; the menu part picks the channel, each unusable one disabled with
 * its reason beside it rather than hidden.
 *
 * @internal
 * @fires send-request - The main part was pressed while sending is possible.
 * @fires channel-change - A channel was chosen in the menu; `detail` is it.
 * @csspart send - The main part.
 * @csspart channel-toggle - The part that opens the channel menu.
 * @csspart channel-menu - The channel menu.
 */
@customElement('rp-send-button')
export class RpSendButton extends RapportElement {
  static override styles = [
    pieceStyles,
    css`
      :host {
        position: relative;
        display: inline-flex;
      }
      [part='send'] {
        border-start-end-radius: 0;
        border-end-end-radius: 0;
      }
      [part='channel-toggle'] {
        border-start-start-radius: 0;
        border-end-start-radius: 0;
        border-inline-start: 1px solid var(--rp-color-on-accent);
      }
      [role='menu'] {
        position: absolute;
        inset-block-end: calc(100% + var(--rp-space-1));
        inset-inline-end: 0;
        z-index: 1;
        display: grid;
        min-width: 16rem;
        padding: var(--rp-space-1);
        border: 1px solid var(--rp-color-border);
        border-radius: var(--rp-radius);
        background: var(--rp-color-surface-raised);
        box-shadow: var(--rp-shadow);
      }
      [role='menuitemradio'] {
        justify-content: flex-start;
        text-align: start;
        border: none;
        flex-wrap: wrap;
      }
      [aria-checked='true'] {
        font-weight: 600;
      }
      [aria-disabled='true'] {
        opacity: 0.7;
        cursor: not-allowed;
      }
    `,
  ];

  /** Every channel with whether it can be used and why not. */
  @property({ attribute: false }) availability: ChannelAvailability[] = [];
  /** The selected channel; none when nothing can be sent. */
  @property() channel?: SendableChannel;
  /** A send is in flight: the button says so and ignores presses. */
  @property({ type: Boolean }) busy = false;
  /** Words on the main part in place of "Send" (e.g. when scheduling). */
  @property() label?: string;

  @state() private menuOpen = false;

  private get choices(): ChannelAvailability[] {
    // Channels the account lacks are not offered at all; ones this contact lacks are shown disabled.
    const accountLacks = new Set(['feature-off', 'not-in-country', 'not-form-lead', 'standard-tier']);
    return this.availability.filter((entry) => entry.available || !accountLacks.has(entry.reasonCode ?? ''));
  }

  private requestSend() {
    if (this.busy || !this.channel) return;
    this.dispatchEvent(new CustomEvent('send-request'));
  }

  private async toggleMenu() {
    this.menuOpen = !this.menuOpen;
    if (!this.menuOpen) return;
    await this.updateComplete;
    const items = this.items();
    (items.find((item) => item.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
  }

  private items(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
  }

  private choose(entry: ChannelAvailability) {
    if (!entry.available) return;
    this.menuOpen = false;
    this.dispatchEvent(new CustomEvent<SendableChannel>('channel-change', { detail: entry.channel }));
    this.renderRoot.querySelector<HTMLElement>('[part="channel-toggle"]')?.focus();
  }

  private onMenuKey(event: KeyboardEvent) {
    const items = this.items();
    const index = items.indexOf(event.composedPath()[0] as HTMLElement);
    if (event.key === 'Escape') {
      // Close only the menu: the dialog around it must not take this Escape as "close".
      event.preventDefault();
      event.stopPropagation();
      this.menuOpen = false;
      this.renderRoot.querySelector<HTMLElement>('[part="channel-toggle"]')?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    }
  }

  override render() {
    const words = this.strings.sendMessage;
    const current = this.channel ? words.channels[this.channel] : '';
    return html`<button type="button" class="button primary" part="send" aria-disabled=${!this.channel || this.busy ? 'true' : 'false'}
        aria-busy=${this.busy ? 'true' : 'false'} @click=${this.requestSend}>
        ${this.busy ? words.sending : this.label ?? words.send}</button>
      <button type="button" class="button primary" part="channel-toggle" aria-haspopup="menu"
        aria-expanded=${this.menuOpen ? 'true' : 'false'} aria-controls="channel-menu"
        aria-label=${`${words.channel}: ${current}`} ?disabled=${this.choices.length === 0}
        @click=${this.toggleMenu}>${current || words.channel} ▾</button>
      ${this.menuOpen ? html`<div id="channel-menu" role="menu" aria-label=${words.channel} part="channel-menu"
        @keydown=${this.onMenuKey}>
        ${this.choices.map((entry) => html`<button type="button" class="button" role="menuitemradio"
          aria-checked=${entry.channel === this.channel ? 'true' : 'false'}
          aria-disabled=${entry.available ? 'false' : 'true'} @click=${() => this.choose(entry)}>
          ${words.channels[entry.channel]}
          ${entry.available ? nothing : html`<span class="hint">— ${entry.reasonCode
            ? words.channelReasons[entry.reasonCode] : entry.reason}</span>`}
        </button>`)}
      </div>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-send-button': RpSendButton;
  }
}
