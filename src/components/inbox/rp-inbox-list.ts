import '@lit-labs/virtualizer';
import type { LitVirtualizer, RangeChangedEvent } from '@lit-labs/virtualizer';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { CONVERSATION_VIEWS, type Conversation, type ConversationView } from '../../domain/index.js';
import { format } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import { AdapterSubscription } from '../shared/adapter-subscription.js';
import { keyById, renderPresent } from '../shared/virtual-rows.js';
import { ConversationList } from './conversation-list.js';
import { renderConversationRow } from './conversation-row.js';
import { listStyles } from './rp-inbox-list.styles.js';
import '../../i18n/en/inbox.js';

/**
 * The contacts panel of the inbox (seed 003): the views, the search, and every
 * contact in a conversation, newest activity first, virtualized and live.
 *
 * @internal
 * @fires conversation-select - A row was chosen; `detail` is the conversation.
 * @fires new-conversation - "Start a new conversation" was pressed.
 */
@customElement('rp-inbox-list')
export class RpInboxList extends RapportElement {
  static override styles = listStyles;

  /** The conversation shown in the dialog window. */
  @property({ attribute: false }) selectedId?: string;

  @state() private view: ConversationView = 'all';
  @state() private search = '';
  @query('lit-virtualizer') private virtualizer?: LitVirtualizer;

  /** The loaded conversations, in order; the inbox walks them for next/previous. */
  readonly list = new ConversationList(this, () => this.backend);
  private typing?: ReturnType<typeof setTimeout>;
  // Live changes from any view of the store reach this element while it is on the page.
  protected readonly liveChanges = new AdapterSubscription(this, () => this.backend, (change) => {
    if (this.list.apply(change)) this.requestUpdate();
  });

  private loader = new Task(this, {
    task: ([backend, view, search, userId], { signal }) =>
      backend ? this.list.load({ view, search, userId }, signal) : Promise.resolve([]),
    args: () => [this.backend, this.view, this.search, this.session?.user.id] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typing);
  }

  /** Scrolls the row of a conversation into view (after keyboard navigation). */
  reveal(id: string): void {
    const index = this.list.items.findIndex((c) => c.id === id);
    if (index >= 0) this.virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  /** Puts the caret in the search box. */
  focusSearch(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  }

  private onSearch(event: Event) {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => (this.search = value.trim()), 200);
  }

  private select(conversation: Conversation) {
    this.dispatchEvent(new CustomEvent('conversation-select', { detail: conversation }));
  }

  private onRange(event: RangeChangedEvent) {
    if (event.last >= this.list.items.length - 10) void this.list.more();
  }

  override render() {
    const { inbox: words, common } = this.strings;
    return html`<header class="panel-header" part="list-header">
        <h2 class="panel-title">${words.contactsPanel}</h2>
        <button type="button" class="button icon-button" part="new-conversation" aria-label=${words.newConversation}
          title=${words.newConversation} @click=${() => this.dispatchEvent(new CustomEvent('new-conversation'))}>+</button>
      </header>
      <div class="views" role="group" aria-label=${words.views} part="views">
        ${CONVERSATION_VIEWS.map((view) => html`<button type="button" class="button view" part="view"
          aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}
          >${words.viewNames[view]}</button>`)}
      </div>
      <input type="search" class="input search" part="search" aria-label=${words.search} placeholder=${words.search}
        @input=${this.onSearch} />
      ${this.loader.render({
        initial: () => html`<p class="status" role="status" part="state">${words.loading}</p>`,
        pending: () => html`<p class="status" role="status" part="state">${words.loading}</p>`,
        error: (error) => html`<div class="alert" role="alert" part="state">
          ${format(words.loadError, { reason: this.describeError(error) })}
          <button type="button" class="button" @click=${() => this.loader.run()}>${common.retry}</button></div>`,
        complete: () => this.renderList(),
      })}`;
  }

  private renderList() {
    const words = this.strings.inbox;
    const items = this.list.items;
    if (items.length === 0) {
      const text = this.search ? format(words.noMatch, { search: this.search })
        : this.view === 'all' ? words.empty : words.emptyView;
      return html`<p class="status empty" role="status" part="state">${text}</p>`;
    }
    const context = {
      words, formatters: this.formatters, selectedId: this.selectedId, onSelect: (c: Conversation) => this.select(c),
    };
    return html`<lit-virtualizer scroller tabindex="0" role="list" aria-label=${words.conversations} part="list"
        class="list" .items=${items} .keyFunction=${keyById}
        .renderItem=${renderPresent((c: Conversation) => {
          this.list.want(c);
          const contact = this.list.contacts.get(c.contactId);
          return renderConversationRow(c, contact, this.list.latest.get(c.id), context);
        })}
        @rangeChanged=${this.onRange}></lit-virtualizer>
      ${this.list.loadingMore ? html`<p class="status" role="status" part="state">${words.loadingMore}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-inbox-list': RpInboxList;
  }
}
