import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { fullName, type Contact, type Conversation } from '../../domain/index.js';
import { RpConversationStartedEvent } from '../../events/inbox.js';
import { format } from '../../i18n/strings.js';
import { ModalController } from '../shared/modal-controller.js';
import { RapportElement } from '../shared/rapport-element.js';
import { initialsOf } from './conversation-row.js';
import { newConversationStyles } from './rp-inbox-new.styles.js';
import '../../i18n/en/inbox.js';

/**
 * Seed 003's new conversation: search for a contact, choose one, and their
 * conversation opens — the one they already have, or a new one.
 *
 * @internal
 * @fires conversation-chosen - `detail` is the conversation to open.
 * @fires rp-conversation-started - A new conversation was started.
 */
@customElement('rp-inbox-new')
export class RpInboxNew extends RapportElement {
  static override styles = newConversationStyles;

  /** Whether the dialog is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private results?: Contact[];
  @state() private searching = false;
  @state() private search = '';
  @state() private problem = '';
  @query('dialog') private dialog?: HTMLDialogElement;
  private typing?: ReturnType<typeof setTimeout>;
  private asked = 0;
  private modal = new ModalController(this, {
    dialog: () => this.dialog,
    isDirty: () => false,
    onClosed: () => (this.open = false),
  });

  show(): void {
    this.open = true;
  }

  close(): void {
    this.modal.close('dismissed');
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('open')) return;
    if (this.open) {
      void this.modal.open().then(() => this.renderRoot.querySelector<HTMLInputElement>('input')?.focus());
      void this.find('');
    } else if (this.modal.isOpen) this.modal.close('dismissed');
  }

  private onInput(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => void this.find(value.trim()), 150);
  }

  private async find(search: string) {
    const backend = this.backend;
    if (!backend) return;
    const asked = ++this.asked;
    this.search = search;
    this.searching = true;
    try {
      const page = await backend.listContacts({ ...(search ? { search } : {}), limit: 20, sort: 'name' });
      if (asked === this.asked) this.results = page.items;
    } catch (error) {
      if (asked === this.asked) this.problem = this.describeError(error);
    } finally {
      if (asked === this.asked) this.searching = false;
    }
  }

  /** Their existing conversation, else a new one. */
  private async choose(contact: Contact) {
    const backend = this.backend;
    if (!backend) return;
    this.problem = '';
    try {
      const existing = await backend.listConversations({ contactId: contact.id, limit: 1 });
      let conversation: Conversation | undefined = existing.items[0];
      if (!conversation) {
        conversation = await backend.startConversation({ contactId: contact.id });
        this.dispatchEvent(new RpConversationStartedEvent({ conversation }));
      }
      this.modal.close('done');
      this.dispatchEvent(new CustomEvent('conversation-chosen', { detail: conversation }));
    } catch (error) {
      this.problem = format(this.strings.inbox.startError, { reason: this.describeError(error) });
    }
  }

  override render() {
    const { inbox: words, common } = this.strings;
    return html`<dialog part="new-dialog" aria-labelledby="new-title" @close=${() => (this.open = false)}>
      <header class="dialog-header">
        <h2 id="new-title">${words.newConversation}</h2>
        <button type="button" class="button" @click=${() => this.close()}>${common.close}</button>
      </header>
      <div class="dialog-body">
        <div class="field">
          <label for="find">${words.findContact}</label>
          <input id="find" type="search" class="input" aria-describedby="find-hint" autocomplete="off" @input=${this.onInput} />
          <span id="find-hint" class="hint">${words.findContactHint}</span>
        </div>
        ${this.problem ? html`<p class="alert" role="alert">${this.problem}</p>` : nothing}
        <p class="status" role="status">${this.searching ? words.searching
          : this.results?.length === 0 && this.search ? format(words.noContacts, { search: this.search }) : ''}</p>
        ${this.results?.length ? html`<ul class="results" aria-label=${words.contactResults} part="results">
          ${this.results.map((contact) => {
            const name = fullName(contact);
            const detail = contact.emails.primary ?? contact.phones.mobile?.number ?? '';
            return html`<li><button type="button" class="result" part="result" @click=${() => this.choose(contact)}>
              <span class="avatar" aria-hidden="true">${initialsOf(name)}</span>
              <span class="result-text"><span class="name">${name}</span>${detail ? html`<span class="hint">${detail}</span>` : nothing}</span>
            </button></li>`;
          })}
        </ul>` : nothing}
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-inbox-new': RpInboxNew;
  }
}
