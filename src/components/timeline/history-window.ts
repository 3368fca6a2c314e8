import type { RapportAdapter } from '../../adapters/adapter.js';
import type { Message } from '../../domain/schemas/message.js';

type LoadedPage = { items: Message[]; older?: string };

/** Pages held at most: a few hundred rows, whatever the history's length. */
const MAX_PAGES = 4;

/**
 * The part of a conversation's history held in memory: a few consecutive
 * pages, newest page first. Scrolling up loads the page before; past
 * `MAX_PAGES` the page at the other end is dropped, and its cursor kept so it
 * can be fetched again. Memory and the virtual list's height stay bounded
 * however long the history is (the virtualizer cannot scroll past ~8.2M px).
 */
export class HistoryWindow {
  /** Loaded pages, oldest first. */
  private pages: LoadedPage[] = [];
  /** `cursors[i]` fetches the i-th page counted from the newest (0 fetches the newest). */
  private cursors: (string | undefined)[] = [undefined];
  /** Index (from the newest) of the newest page held. */
  private newestIndex = 0;
  private flat: Message[] = [];

  constructor(
    private readonly adapter: RapportAdapter,
    private readonly conversationId: string,
    /** Read at each request, so a host may change it while the history is shown. */
    private readonly pageSize: () => number,
  ) {}

  /** Every message held, oldest first. A new array after each change. */
  get messages(): Message[] {
    return this.flat;
  }

  /** True when the oldest message of the conversation is held. */
  get atOldest(): boolean {
    return this.pages.length > 0 && this.pages[0].older === undefined;
  }

  /** True when the newest message of the conversation is held. */
  get atNewest(): boolean {
    return this.newestIndex === 0;
  }

  /** Holds the newest page alone. */
  async loadLatest(): Promise<void> {
    const page = await this.fetch(undefined);
    this.pages = [page];
    this.cursors = [undefined, page.older];
    this.newestIndex = 0;
    this.rebuild();
  }

  /** Adds the page before the oldest held (the view keeps its place by the rows' keys). */
  async loadOlder(): Promise<void> {
    const oldest = this.pages[0];
    if (!oldest || oldest.older === undefined) return;
    const index = this.newestIndex + this.pages.length;
    const page = await this.fetch(oldest.older);
    if (this.pages[0] !== oldest) return;
    this.cursors[index + 1] = page.older;
    this.pages.unshift(page);
    if (this.pages.length > MAX_PAGES) {
      this.pages.pop();
      this.newestIndex += 1;
    }
    this.rebuild();
  }

  /** Adds the page after the newest held. */
  async loadNewer(): Promise<void> {
    if (this.newestIndex === 0) return;
    const newest = this.pages[this.pages.length - 1];
    const page = await this.fetch(this.cursors[this.newestIndex - 1]);
    if (this.pages[this.pages.length - 1] !== newest) return;
    const held = new Set(this.flat.map((message) => message.id));
    page.items = page.items.filter((message) => !held.has(message.id));
    this.pages.push(page);
    this.newestIndex -= 1;
    if (this.pages.length > MAX_PAGES) this.pages.shift();
    this.rebuild();
  }

  /**
   * Applies a message created or changed elsewhere. Resolves to `added`,
   * `updated`, or `null` when it falls outside what is held.
   */
  apply(message: Message): 'added' | 'updated' | null {
    if (message.conversationId !== this.conversationId) return null;
    for (const page of this.pages) {
      const at = page.items.findIndex((held) => held.id === message.id);
      if (at >= 0) {
        page.items = page.items.with(at, message);
        this.rebuild();
        return 'updated';
      }
    }
    const newest = this.pages[this.pages.length - 1];
    if (!newest || !this.atNewest) return null;
    const oldestHeld = this.flat[0];
    if (oldestHeld && message.occurredAt < oldestHeld.occurredAt && !this.atOldest) return null;
    const items = [...newest.items, message];
    items.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
    newest.items = items;
    this.rebuild();
    return 'added';
  }

  private async fetch(before: string | undefined): Promise<LoadedPage> {
    const page = await this.adapter.listMessages(this.conversationId, { before, limit: this.pageSize() });
    return { items: page.items, older: page.nextCursor };
  }

  private rebuild(): void {
    this.flat = this.pages.flatMap((page) => page.items);
  }
}
