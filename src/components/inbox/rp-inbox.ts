import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { canCommunicate, type Conversation } from '../../domain/index.js';
import { RpConversationOpenedEvent } from '../../events/inbox.js';
import '../contact-form/rp-contact-form.js';
import type { RpContactForm } from '../contact-form/rp-contact-form.js';
import '../contact-panel/rp-contact-panel.js';
import { ModalController } from '../shared/modal-controller.js';
import { RapportElement } from '../shared/rapport-element.js';
import './rp-inbox-conversation.js';
import type { RpInboxConversation } from './rp-inbox-conversation.js';
import './rp-inbox-list.js';
import type { RpInboxList } from './rp-inbox-list.js';
import './rp-inbox-new.js';
import type { RpInboxNew } from './rp-inbox-new.js';
import { inboxStyles } from './rp-inbox.styles.js';
import { SHORTCUTS, shortcutFor, type ShortcutAction } from './shortcuts.js';
import '../../i18n/en/inbox.js';

type Pane = 'list' | 'dialog' | 'panel';

/**
 * The Conversations Inbox (seed 003): the contacts panel (views, search, every
 * contact in a conversation, newest first, live), the dialog window with the
 * conversation's `rp-timeline` and an inline composer, the contact's quick
 * edit (`rp-contact-form`) and the slide-out `rp-contact-panel` with notes.
 * Three columns when wide; one at a time, with back buttons, when narrow.
 *
 * @fires rp-conversation-opened - A conversation was opened; `detail.conversation`.
 * @fires rp-conversation-started - A new conversation was started with a contact.
 * @fires rp-message-sent - A message was sent from the inline composer.
 * @csspart list-column - The contacts panel column.
 * @csspart dialog-column - The dialog window column.
 * @csspart panel-column - The contact panel column.
 * @csspart placeholder - The dialog window before a conversation is chosen.
 * @csspart help-button - The "?" keyboard shortcuts button.
 * @csspart help-dialog - The keyboard shortcuts dialog.
 * @cssproperty [--rp-inbox-height=40rem] - The inbox's height.
 * @cssproperty [--rp-inbox-list-width=20rem] - The contacts panel's width when wide.
 * @cssproperty [--rp-inbox-panel-width=22rem] - The contact panel's width when wide.
 * @cssproperty [--rp-inbox-narrow-below=48rem] - Informational: the layout turns to one column under 768 px of inbox width.
 */
@customElement('rp-inbox')
export class RpInbox extends RapportElement {
  static override styles = inboxStyles;

  /** The open conversation's id; set it to open one. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;
  /** One column at a time; set by the inbox from its own width. */
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private contactId?: string;
  @state() private panelOpen = false;
  @state() private pane: Pane = 'list';
  @state() private helpOpen = false;
  @query('rp-inbox-list') private list?: RpInboxList;
  @query('rp-inbox-conversation') private dialogWindow?: RpInboxConversation;
  @query('rp-inbox-new') private newConversation?: RpInboxNew;
  @query('rp-contact-form') private contactForm?: RpContactForm;
  @query('#help') private helpDialog?: HTMLDialogElement;

  private resizer = new ResizeObserver(([entry]) => {
    const narrow = (entry?.contentRect.width ?? 0) < 768;
    if (narrow !== this.narrow) this.narrow = narrow;
  });
  private help = new ModalController(this, {
    dialog: () => this.helpDialog,
    isDirty: () => false,
    onClosed: () => (this.helpOpen = false),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer.observe(this);
    this.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer.disconnect();
    this.removeEventListener('keydown', this.onKey);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('conversationId') && this.conversationId && this.pane === 'list') this.pane = 'dialog';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('helpOpen') && this.helpOpen) void this.help.open();
    if (changed.has('conversationId') && this.conversationId && !this.contactId) void this.findContact(this.conversationId);
  }

  private async findContact(id: string) {
    try {
      const conversation = await this.backend?.getConversation(id);
      if (conversation && this.conversationId === id) this.contactId = conversation.contactId;
    } catch {
      // The dialog window shows why the conversation cannot be loaded.
    }
  }

  /** Opens a conversation in the dialog window. */
  open(conversation: Conversation): void {
    this.conversationId = conversation.id;
    this.contactId = conversation.contactId;
    this.pane = 'dialog';
    this.dispatchEvent(new RpConversationOpenedEvent({ conversation }));
  }

  private onKey = (event: KeyboardEvent) => {
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    void this.run(action);
  };

  private async run(action: ShortcutAction) {
    if (action === 'help') {
      this.helpOpen = true;
      return;
    }
    if (action === 'composer') {
      if (!this.conversationId) return;
      this.pane = 'dialog';
      await this.updateComplete;
      await this.dialogWindow?.focusComposer();
      return;
    }
    const next = this.list?.list.neighbour(this.conversationId, action === 'next' ? 1 : -1);
    if (!next || next.id === this.conversationId) return;
    this.open(next);
    this.list?.reveal(next.id);
  }

  private togglePanel() {
    this.panelOpen = !(this.narrow ? this.pane === 'panel' : this.panelOpen);
    if (this.narrow) this.pane = this.panelOpen ? 'panel' : 'dialog';
  }

  override render() {
    const { common } = this.strings;
    if (!this.backend) return html`<p class="status" part="state">${common.noAdapter}</p>`;
    if (this.session && !canCommunicate(this.session.account)) return html`<p class="status" part="state">${common.standardTier}</p>`;
    const words = this.strings.inbox;
    const showPanel = this.narrow ? this.pane === 'panel' : this.panelOpen;
    return html`<section class="inbox" aria-label=${words.label} data-pane=${this.pane} ?data-panel=${showPanel}>
        <div class="column list-column" part="list-column" ?hidden=${this.narrow && this.pane !== 'list'}>
          <rp-inbox-list locale=${this.activeLocale} .adapter=${this.adapter} .selectedId=${this.conversationId}
            @conversation-select=${(e: CustomEvent<Conversation>) => this.open(e.detail)}
            @new-conversation=${() => this.newConversation?.show()}></rp-inbox-list>
          <button type="button" class="button help-button" part="help-button" aria-label=${words.shortcutsButton}
            title=${words.shortcutsButton} @click=${() => (this.helpOpen = true)}>?</button>
        </div>
        <div class="column dialog-column" part="dialog-column" aria-label=${words.dialogWindow} role="region"
          ?hidden=${this.narrow && this.pane !== 'dialog'}>
          ${this.conversationId ? html`<rp-inbox-conversation locale=${this.activeLocale} .adapter=${this.adapter}
              conversation-id=${this.conversationId} ?panel-open=${showPanel} ?narrow=${this.narrow}
              @back=${() => (this.pane = 'list')} @edit-contact=${() => this.contactForm?.show()}
              @toggle-panel=${this.togglePanel} @new-conversation=${() => this.newConversation?.show()}></rp-inbox-conversation>`
            : html`<p class="status placeholder" part="placeholder">${words.pickConversation}</p>`}
        </div>
        ${showPanel && this.contactId ? html`<aside class="column panel-column" part="panel-column" aria-label=${words.contactPanel}>
          ${this.narrow ? html`<button type="button" class="button back" @click=${() => (this.pane = 'dialog')}>← ${words.backToDialog}</button>` : nothing}
          <rp-contact-panel locale=${this.activeLocale} .adapter=${this.adapter} contact-id=${this.contactId}></rp-contact-panel>
        </aside>` : nothing}
      </section>
      <rp-inbox-new locale=${this.activeLocale} .adapter=${this.adapter}
        @conversation-chosen=${(e: CustomEvent<Conversation>) => this.open(e.detail)}></rp-inbox-new>
      ${this.contactId ? html`<rp-contact-form locale=${this.activeLocale} .adapter=${this.adapter}
        contact-id=${this.contactId}></rp-contact-form>` : nothing}
      ${this.renderHelp()}`;
  }

  private renderHelp() {
    const { inbox: words, common } = this.strings;
    return html`<dialog id="help" part="help-dialog" aria-labelledby="help-title" @close=${() => (this.helpOpen = false)}>
      <header class="dialog-header"><h2 id="help-title">${words.shortcuts}</h2></header>
      <div class="dialog-body">
        <dl class="shortcuts">
          ${SHORTCUTS.map((action) => html`<div><dt><kbd>${words.keys[action]}</kbd></dt><dd>${words.shortcutList[action]}</dd></div>`)}
        </dl>
      </div>
      <footer class="dialog-footer">
        <button type="button" class="button primary" @click=${() => this.help.close('dismissed')}>${common.close}</button>
      </footer>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-inbox': RpInbox;
  }
}
