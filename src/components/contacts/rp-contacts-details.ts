import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { countryName, fullName, type Contact, type Staff } from '../../domain/index.js';
import { format } from '../../i18n/strings.js';
import '../contact-form/rp-contact-form.js';
import { renderContactPiece } from '../contact-panel/contact-pieces.js';
import { tabAfterKey } from '../contact-panel/contact-tabs.js';
import { ModalController } from '../shared/modal-controller.js';
import { RapportElement } from '../shared/rapport-element.js';
import { detailsStyles } from './rp-contacts-dialogs.styles.js';
import '../../i18n/en/contactForm.js';
import '../../i18n/en/contacts.js';
import '../../i18n/en/contactsDialogs.js';

const TABS = ['profile', 'activity', 'sharing', 'changeLog'] as const;
type Tab = (typeof TABS)[number];

/**
 * rp-contacts' View Contact (seed 002): Profile (with Edit), Activity (Inquiry
 * History, Engagement, Journey), Contact Sharing and the last five Change Log
 * entries, in a native dialog with tabs.
 *
 * @csspart dialog - The native dialog.
 *
 * @internal
 */
@customElement('rp-contacts-details')
export class RpContactsDetails extends RapportElement {
  static override styles = detailsStyles;

  /** The contact shown. */
  @property({ attribute: 'contact-id' }) contactId?: string;

  /** Every staff member, when the host has them already: Contact Sharing names them without asking again. */
  @property({ attribute: false }) staff?: readonly Staff[];
  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private tab: Tab = 'profile';
  @query('dialog') private dialog?: HTMLDialogElement;

  private modal = new ModalController(this, {
    dialog: () => this.dialog,
    isDirty: () => false,
    onClosed: () => {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });

  private data = new Task(this, {
    task: async ([id, open, backend]) => (id && open && backend ? backend.getContact(id) : undefined),
    args: () => [this.contactId, this.open, this.backend] as const,
  });

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('open')) return;
    if (this.open && !this.modal.isOpen) {
      this.tab = 'profile';
      void this.modal.open();
    } else if (!this.open && this.modal.isOpen) this.modal.close('dismissed');
  }

  private onTabKey(event: KeyboardEvent): void {
    const next = tabAfterKey(TABS, this.tab, event.key, getComputedStyle(this).direction === 'rtl');
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  override render() {
    const words = this.strings.contacts;
    const contact = this.data.value;
    return html`<dialog part="dialog" aria-labelledby="details-title" @close=${() => this.modal.isOpen || (this.open = false)}>
      <header class="dialog-header">
        <h2 id="details-title">${format(words.detailsTitle, { name: contact ? fullName(contact) : '' })}</h2>
        <button type="button" class="button" @click=${() => this.modal.requestClose()}>${this.strings.common.close}</button>
      </header>
      <div class="dialog-body">${this.data.render({
        pending: () => html`<p class="status">${this.strings.common.loading}</p>`,
        error: (error) => html`<p class="status error" role="alert">${this.describeError(error)}</p>
          <button type="button" class="button" @click=${() => void this.data.run()}>${this.strings.common.retry}</button>`,
        complete: (contact) => (contact ? this.renderTabs(contact) : nothing),
      })}</div>
    </dialog>
    <rp-contact-form .adapter=${this.backend} locale=${this.activeLocale} contact-id=${this.contactId ?? ''}
      @rp-contact-saved=${() => void this.data.run()}></rp-contact-form>`;
  }

  private renderTabs(contact: Contact) {
    const words = this.strings.contacts;
    return html`<div role="tablist" aria-label=${words.viewContact} @keydown=${this.onTabKey}>
        ${TABS.map((tab) => html`<button type="button" role="tab" id=${`tab-${tab}`} aria-controls="panel"
          aria-selected=${this.tab === tab ? 'true' : 'false'} tabindex=${this.tab === tab ? 0 : -1}
          @click=${() => (this.tab = tab)}>${words.tabs[tab]}</button>`)}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby=${`tab-${this.tab}`} tabindex="0">${this.renderTab(contact)}</div>`;
  }

  /** Activity, Contact Sharing and Change Log are the contact panel's own pieces, as rp-contact-panel shows them. */
  private renderTab(contact: Contact) {
    if (this.tab === 'profile') return this.renderProfile(contact);
    return renderContactPiece(this.tab, contact, this.backend, this.activeLocale, contact.version, this.staff);
  }

  private renderProfile(contact: Contact) {
    const f = this.strings.contactForm;
    const rows: [string, string | undefined][] = [
      [f.type, f.types[contact.type]], [f.level, f.levels[contact.level]], [f.firstName, contact.firstName],
      [f.lastName, contact.lastName], [f.company, contact.company], [f.jobTitle, contact.jobTitle],
      [f.department, contact.department], [f.birthDate, contact.birthDate],
      [f.language, contact.language && f.languages[contact.language]], [f.group, contact.group],
      [f.mobile, contact.phones.mobile?.number], [f.work, contact.phones.work?.number], [f.home, contact.phones.home?.number],
      [f.otherPhone, contact.phones.other?.number], [f.email, contact.emails.primary], [f.otherEmail, contact.emails.other],
      [f.street, contact.address.street], [f.city, contact.address.city], [f.state, contact.address.state],
      [f.zip, contact.address.zip], [f.country, contact.address.country && countryName(contact.address.country, this.activeLocale)],
      [f.facebook, contact.social.facebook], [f.whatsapp, contact.social.whatsapp], [f.wechat, contact.social.wechat],
      [f.twitter, contact.social.twitter], [f.linkedin, contact.social.linkedin],
      ...Object.entries(contact.customAttributes),
    ];
    return html`<dl class="profile">${rows.filter(([, value]) => value).map(([label, value]) =>
        html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
      <button type="button" class="button" @click=${() => this.renderRoot.querySelector('rp-contact-form')?.show()}>${this.strings.common.edit}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contacts-details': RpContactsDetails;
  }
}
