import type { ReactiveControllerHost } from 'lit';
import type { RapportAdapter, RapportChange } from '../../adapters/adapter.js';
import type { Contact, Conversation, ConversationView, Message } from '../../domain/index.js';

/** How many conversations one request asks for; more load as the person scrolls. */
export const PAGE_SIZE = 100;

export type ListQuery = { view: ConversationView; search: string; userId?: string };

/** The adapter's order: newest activity first, a conversation with no message last, then by id. */
export function newestFirst(a: Conversation, b: Conversation): number {
  const time = (c: Conversation) => (c.lastMessageAt ? Date.parse(c.lastMessageAt) : 0);
  return time(b) - time(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The contacts panel's data: the loaded pages of conversations in the
 * adapter's order, plus each row's contact and latest message, fetched only
 * for rows that are on screen. Live changes reorder it in place, so a
 * conversation that just got a message moves to the top without a reload.
 */
export class ConversationList {
  items: Conversation[] = [];
  nextCursor?: string;
  loadingMore = false;
  readonly contacts = new Map<string, Contact>();
  readonly latest = new Map<string, Message | null>();
  private wanted = new Set<string>();
  private query?: ListQuery;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost, private readonly backend: () => RapportAdapter | undefined) {}

  /** The first page for a view and search; earlier pages and details of another query are dropped. */
  async load(query: ListQuery, signal?: AbortSignal): Promise<Conversation[]> {
    const backend = this.backend();
    if (!backend) return [];
    const generation = ++this.generation;
    const page = await backend.listConversations({ view: query.view, search: query.search || undefined, limit: PAGE_SIZE });
    signal?.throwIfAborted();
    if (generation !== this.generation) return this.items;
    this.query = query;
    this.items = page.items;
    this.nextCursor = page.nextCursor;
    return this.items;
  }

  /** The next page, when there is one and none is loading. */
  async more(): Promise<void> {
    const backend = this.backend();
    const query = this.query;
    if (!backend || !query || !this.nextCursor || this.loadingMore) return;
    const generation = this.generation;
    this.loadingMore = true;
    this.host.requestUpdate();
    try {
      const page = await backend.listConversations({
        view: query.view, search: query.search || undefined, cursor: this.nextCursor, limit: PAGE_SIZE,
      });
      if (generation !== this.generation) return;
      const known = new Set(this.items.map((c) => c.id));
      this.items = [...this.items, ...page.items.filter((c) => !known.has(c.id))];
      this.nextCursor = page.nextCursor;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  /** Asks for the contact and latest message of rows about to be shown; one batch per frame. */
  want(conversation: Conversation): void {
    if (this.latest.has(conversation.id) && this.contacts.has(conversation.contactId)) return;
    if (this.wanted.size === 0) queueMicrotask(() => void this.fetchWanted());
    this.wanted.add(conversation.id);
  }

  private async fetchWanted(): Promise<void> {
    const backend = this.backend();
    const ids = [...this.wanted];
    this.wanted.clear();
    if (!backend) return;
    await Promise.all(ids.map(async (id) => {
      const conversation = this.items.find((c) => c.id === id);
      if (!conversation) return;
      const [contact, page] = await Promise.all([
        this.contacts.get(conversation.contactId) ?? backend.getContact(conversation.contactId).catch(() => undefined),
        this.latest.has(id) ? undefined : backend.listMessages(id, { limit: 1 }).catch(() => undefined),
      ]);
      if (contact) this.contacts.set(contact.id, contact);
      if (page) this.latest.set(id, page.items.at(-1) ?? null);
    }));
    this.host.requestUpdate();
  }

  /** Applies a live change; true when the list or a row changed. */
  apply(change: RapportChange): boolean {
    if (change.type === 'conversation') return this.place(change.conversation);
    if (change.type === 'contact' && change.action !== 'deleted') {
      if (!this.contacts.has(change.contact.id)) return false;
      this.contacts.set(change.contact.id, change.contact);
      return true;
    }
    if (change.type === 'message') {
      const { message } = change;
      const current = this.latest.get(message.conversationId);
      if (message.status === 'scheduled' || message.status === 'canceled') return false;
      if (current === undefined && !this.items.some((c) => c.id === message.conversationId)) return false;
      const newer = !current || current.id === message.id || Date.parse(message.occurredAt) >= Date.parse(current.occurredAt);
      if (newer) this.latest.set(message.conversationId, message);
      return newer;
    }
    return false;
  }

  private place(conversation: Conversation): boolean {
    const query = this.query;
    if (!query) return false;
    const index = this.items.findIndex((c) => c.id === conversation.id);
    if (index < 0) {
      // A search is the adapter's to answer; a new row only joins a plain view it belongs to.
      if (query.search) return false;
      if (query.view === 'mine' && conversation.assigneeId !== query.userId) return false;
      if (query.view === 'unread' && conversation.unreadCount === 0) return false;
      const last = this.items.at(-1);
      // Older than every loaded row while more pages remain: it arrives with its page.
      if (this.nextCursor && last && newestFirst(conversation, last) > 0) return false;
    }
    // Binary insertion: a message arriving among thousands of rows costs a few comparisons, not a sort.
    const rest = index < 0 ? [...this.items] : [...this.items.slice(0, index), ...this.items.slice(index + 1)];
    let low = 0;
    let high = rest.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (newestFirst(rest[mid]!, conversation) <= 0) low = mid + 1;
      else high = mid;
    }
    rest.splice(low, 0, conversation);
    this.items = rest;
    return true;
  }

  /** The conversation `step` rows away from `id` (the first one when `id` is not listed). */
  neighbour(id: string | undefined, step: 1 | -1): Conversation | undefined {
    const index = this.items.findIndex((c) => c.id === id);
    if (index < 0) return this.items[0];
    return this.items[Math.min(Math.max(index + step, 0), this.items.length - 1)];
  }
}
