import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { fullName, type Contact, type Staff } from '../../domain/index.js';
import { format } from '../../i18n/strings.js';
import { ModalController } from '../shared/modal-controller.js';
import { RapportElement } from '../shared/rapport-element.js';
import { actionStyles } from './rp-contacts-dialogs.styles.js';
import '../../i18n/en/contacts.js';
import '../../i18n/en/contactsDialogs.js';

/**
 * rp-contacts' Share Contact and Transfer Ownership dialogs (seed 002): search
 * the staff, select, then Share (and Confirm) or Transfer. Delete Contact's
 * confirmation is the same dialog in `delete` mode.
 *
 * @csspart dialog - The native dialog.
 *
 * @internal
 */
@customElement('rp-contacts-action')
export class RpContactsAction extends RapportElement {
  static override styles = actionStyles;

  /** Which action the dialog performs. */
  @property() mode: 'share' | 'transfer' | 'delete' = 'share';
  /** The contact acted on. */
  @property({ attribute: false }) contact?: Contact;
  /** Every staff member, to search and choose from. */
  @property({ attribute: false }) staff: Staff[] = [];
  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** Told each outcome in words, for rp-contacts' live region. */
  @property({ attribute: false }) announce?: (text: string) => void;

  @state() private filter = '';
  @state() private chosen = new Set<string>();
  @state() private confirming = false;
  @state() private busy = false;
  @state() private error = '';
  @query('dialog') private dialog?: HTMLDialogElement;

  private modal = new ModalController(this, {
    dialog: () => this.dialog,
    isDirty: () => false,
    onClosed: () => {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });

  protected override updated(changed: PropertyValues): void {
    if (!changed.has('open')) return;
    if (this.open && !this.modal.isOpen) {
      this.filter = '';
      this.chosen = new Set();
      this.confirming = this.mode === 'delete';
      this.error = '';
      void this.modal.open();
    } else if (!this.open && this.modal.isOpen) this.modal.close('dismissed');
  }

  private get candidates(): Staff[] {
    const needle = this.filter.trim().toLocaleLowerCase();
    return this.staff.filter((member) => member.id !== this.contact?.ownerId &&
      (!needle || member.name.toLocaleLowerCase().includes(needle)));
  }

  private choose(id: string, on: boolean): void {
    const chosen = this.mode === 'transfer' ? new Set<string>() : new Set(this.chosen);
    if (on) chosen.add(id);
    else chosen.delete(id);
    this.chosen = chosen;
    this.error = '';
  }

  private onPrimary(): void {
    if (this.mode !== 'delete' && this.chosen.size === 0) {
      this.error = this.strings.contacts.selectStaff;
      return;
    }
    if (this.mode === 'share' && !this.confirming) {
      this.confirming = true;
      return;
    }
    void this.perform();
  }

  private async perform(): Promise<void> {
    const backend = this.backend;
    const contact = this.contact;
    if (!backend || !contact || this.busy) return;
    const words = this.strings.contacts;
    this.busy = true;
    try {
      if (this.mode === 'share') await backend.shareContact(contact.id, [...this.chosen]);
      else if (this.mode === 'transfer') await backend.transferContact(contact.id, [...this.chosen][0]);
      else await backend.deleteContact(contact.id);
      this.announce?.({ share: words.shared, transfer: words.transferred, delete: words.deleted }[this.mode]);
      this.modal.close('done');
    } catch (error) {
      this.error = this.describeError(error);
      this.announce?.(this.error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const words = this.strings.contacts;
    const title = { share: words.shareTitle, transfer: words.transferTitle, delete: words.deleteTitle }[this.mode];
    const action = { share: this.confirming ? this.strings.common.confirm : words.share, transfer: words.transfer,
      delete: this.strings.common.delete }[this.mode];
    return html`<dialog part="dialog" aria-labelledby="action-title" @close=${() => this.modal.isOpen || (this.open = false)}>
      <header class="dialog-header">
        <h2 id="action-title">${title}</h2>
        <button type="button" class="button" @click=${() => this.modal.requestClose()}>${this.strings.common.close}</button>
      </header>
      <div class="dialog-body">
        ${this.confirming ? this.renderConfirmation() : this.renderStaffPicker()}
        ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
      </div>
      <footer class="dialog-footer">
        <button type="button" class="button" @click=${() => (this.mode === 'share' && this.confirming
          ? (this.confirming = false) : this.modal.requestClose())}>${this.strings.common.cancel}</button>
        <button type="button" class="button ${this.mode === 'delete' ? 'danger' : 'primary'}" ?disabled=${this.busy}
          @click=${this.onPrimary}>${action}</button>
      </footer>
    </dialog>`;
  }

  private renderConfirmation() {
    const words = this.strings.contacts;
    const name = this.contact ? fullName(this.contact) : '';
    if (this.mode === 'delete') return html`<p>${format(words.confirmDelete, { contact: name })}</p>`;
    const staff = this.staff.filter((member) => this.chosen.has(member.id)).map((member) => member.name).join(', ');
    return html`<p>${format(words.confirmShare, { contact: name, staff })}</p>`;
  }

  private renderStaffPicker() {
    const words = this.strings.contacts;
    const candidates = this.candidates;
    const type = this.mode === 'transfer' ? 'radio' : 'checkbox';
    return html`<div class="field">
        <label for="staff-search">${words.searchStaff}</label>
        <input id="staff-search" class="input" type="search" autocomplete="off" .value=${this.filter}
          @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
      </div>
      <fieldset class="staff-list">
        <legend class="visually-hidden">${words.searchStaff}</legend>
        ${candidates.length === 0 ? html`<p class="hint">${format(words.noStaffMatch, { query: this.filter })}</p>` : nothing}
        ${candidates.map((member) => html`<label class="staff">
          <input type=${type} name="staff" .checked=${this.chosen.has(member.id)}
            @change=${(e: Event) => this.choose(member.id, (e.target as HTMLInputElement).checked)} />
          ${member.name}</label>`)}
      </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contacts-action': RpContactsAction;
  }
}
