import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RapportChange } from '../../adapters/adapter.js';
import { isRapportError } from '../../adapters/errors.js';
import type { Channel, Contact, ContactPatch } from '../../domain/index.js';
import { RpContactUpdatedEvent } from '../../events/contact-panel.js';
import { baseStyles } from '../../styles/shared.js';
import '../notes/rp-notes.js';
import { AdapterSubscription } from '../shared/adapter-subscription.js';
import { RapportElement } from '../shared/rapport-element.js';
import { renderHeader } from './contact-header.js';
import { renderContactPiece } from './contact-pieces.js';
import { renderTabs, tabAfterKey, TABS, type TabName } from './contact-tabs.js';
import { panelStyles } from './rp-contact-panel.styles.js';
import './rp-contact-details.js';
import '../../i18n/en/contactPanel.js';

/**
 * The contact area beside a conversation (seed 004, with seed 002's details):
 * who the contact is and where they wrote from, their attributes edited in
 * place, Validated, CRM-managed attributes, VIP, custom attributes, and the
 * Contact, Notes, Activity, Sharing and Change Log tabs. Changes from other
 * agents appear live; an edit made on a stale version is refused and kept.
 *
 * @fires rp-contact-updated - A change made here was saved; `detail.contact` is the stored contact, `detail.patch` the change.
 * @fires rp-note-added - From the Notes tab (see `rp-notes`).
 * @fires rp-note-updated - From the Notes tab.
 * @fires rp-note-deleted - From the Notes tab.
 * @csspart header - The avatar, name, handle, channel logo, Validated badge and VIP button.
 * @csspart avatar - The picture, or the initials when there is none.
 * @csspart name - The contact's name.
 * @csspart handle - The social handle.
 * @csspart channel-logo - The logo of the channel the conversation came from.
 * @csspart validated-badge - Validated / Not validated.
 * @csspart tooltip - What the badge means, shown on hover and focus.
 * @csspart vip-button - The VIP toggle.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart tabpanel - Each tab's panel.
 * @csspart status - Loading, empty and error messages.
 * @cssproperty --rp-contact-panel-width - The panel's inline size (default 100%).
 * @cssproperty --rp-contact-panel-avatar-size - The avatar's size (default 3rem).
 */
@customElement('rp-contact-panel')
export class RpContactPanel extends RapportElement {
  static override styles = [baseStyles, panelStyles];

  /** The contact shown. */
  @property({ attribute: 'contact-id' }) contactId?: string;

  /** The channel the conversation came from; its logo is shown beside the name. */
  @property() channel?: Channel;

  /** The contact's profile picture URL; initials are shown when absent. */
  @property() picture?: string;

  @state() private contact?: Contact;
  @state() private tab: TabName = 'contact';
  @state() private revision = 0;
  @state() private vipBusy = false;
  @state() private vipRefused?: { wanted: boolean; message: string };

  constructor() {
    super();
    // Live changes from any view of the store reach this element while it is on the page.
    new AdapterSubscription(this, () => this.backend, (change) => this.onChange(change));
  }

  private loader = new Task(this, {
    task: async ([backend, contactId]) => {
      if (!backend || !contactId) return undefined;
      this.contact = await backend.getContact(contactId);
      return this.contact;
    },
    args: () => [this.backend, this.contactId] as const,
  });

  private onChange = (change: RapportChange) => {
    if (change.type !== 'contact') return;
    if (change.action === 'deleted') {
      if (change.contactId === this.contactId) void this.loader.run();
      return;
    }
    if (change.contact.id !== this.contactId) return;
    if (this.contact && change.contact.version < this.contact.version) return;
    this.contact = change.contact;
    this.revision += 1;
  };

  /** Saves one change on top of `version`; a conflict shows the current contact and is passed on so the edit is kept. */
  private save = async (patch: ContactPatch, version: number): Promise<Contact> => {
    try {
      const saved = await this.backend!.updateContact(this.contactId!, patch, { version });
      this.contact = saved;
      this.revision += 1;
      this.dispatchEvent(new RpContactUpdatedEvent({ contact: saved, patch }));
      return saved;
    } catch (error) {
      if (isRapportError(error, 'conflict') && error.details.current) this.contact = error.details.current as Contact;
      throw error;
    }
  };

  private async setVip(wanted: boolean) {
    const contact = this.contact!;
    this.vipBusy = true;
    this.vipRefused = undefined;
    try {
      await this.save({ vip: wanted }, contact.version);
    } catch (error) {
      const words = this.strings.contactPanel;
      this.vipRefused = { wanted, message: isRapportError(error, 'conflict') ? words.vipConflict : this.describeError(error) };
    } finally {
      this.vipBusy = false;
    }
  }

  private onTabKey = async (event: KeyboardEvent) => {
    const next = tabAfterKey(TABS, this.tab, event.key, getComputedStyle(this).direction === 'rtl');
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };

  private renderPanel(tab: TabName, contact: Contact) {
    if (tab !== this.tab) return nothing;
    const own = this.adapter;
    const locale = this.activeLocale;
    switch (tab) {
      case 'contact':
        return html`<rp-contact-details .contact=${contact} .save=${this.save} .adapter=${own} locale=${locale}></rp-contact-details>`;
      case 'notes':
        return html`<rp-notes contact-id=${contact.id} .adapter=${own} locale=${locale}></rp-notes>`;
      default:
        return renderContactPiece(tab, contact, own, locale, this.revision);
    }
  }

  private renderContact(contact: Contact) {
    const words = this.strings.contactPanel;
    return html`${renderHeader({
        contact, channel: this.channel, picture: this.picture, words, vipBusy: this.vipBusy,
        onVip: () => this.setVip(!contact.vip),
      })}
      ${this.vipRefused ? html`<div class="alert" role="alert" part="alert">${this.vipRefused.message}
        <button type="button" class="button" @click=${() => this.setVip(this.vipRefused!.wanted)}>${words.applyMine}</button>
      </div>` : nothing}
      ${renderTabs(this.tab, words.tabs, this.onTabKey, (tab) => (this.tab = tab))}
      ${TABS.map((tab) => html`<div role="tabpanel" id="panel-${tab}" part="tabpanel" aria-labelledby="tab-${tab}"
        tabindex="0" ?hidden=${tab !== this.tab}>${this.renderPanel(tab, contact)}</div>`)}`;
  }

  protected override render() {
    const words = this.strings.contactPanel;
    const common = this.strings.common;
    if (!this.backend) return html`<p class="status error" part="status" role="alert">${common.noAdapter}</p>`;
    if (!this.contactId) return html`<p class="status" part="status">${words.noContact}</p>`;
    return html`<section class="panel" part="panel" aria-label=${words.label}>${this.loader.render({
      initial: () => html`<p class="status" part="status">${common.loading}</p>`,
      pending: () => (this.contact && this.contact.id === this.contactId ? this.renderContact(this.contact)
        : html`<p class="status" part="status" role="status">${common.loading}</p>`),
      error: (error) => html`<div class="status error" part="status" role="alert">
        <p>${words.loadFailed} ${this.describeError(error)}</p>
        <button type="button" class="button" @click=${() => this.loader.run()}>${common.retry}</button></div>`,
      complete: () => (this.contact ? this.renderContact(this.contact) : nothing),
    })}</section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contact-panel': RpContactPanel;
  }
}
