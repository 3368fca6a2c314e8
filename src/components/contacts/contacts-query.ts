import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ContactSort, RapportAdapter, RapportChange } from '../../adapters/adapter.js';
import { AdapterSubscription } from '../shared/adapter-subscription.js';
import type { Contact } from '../../domain/index.js';

const PAGE_SIZE = 100;
/** A burst of changes (an import) refreshes the list once, this long after the last of them. */
const REFRESH_QUIET_MS = 250;

export type ListState =
  | { status: 'pending' }
  | { status: 'error'; error: unknown }
  | { status: 'ready' };

/**
 * The list rp-contacts shows: the current search and sort, the pages loaded so
 * far, and more pages as the person scrolls.
 *
 * Search runs as the person types. It is debounced by the backend's own pace:
 * a query starts at once when none is running, and keystrokes made while one
 * runs collapse into a single query for the latest text. A local store answers
 * every keystroke; a slow remote one is never sent more than one query at a time.
 * Answers for text that has since changed are dropped, so results never go back
 * in time.
 */
export class ContactsQuery implements ReactiveController {
  items: Contact[] = [];
  state: ListState = { status: 'pending' };
  search = '';
  sort: ContactSort = 'name';
  /** The search text the shown items answer. */
  shownSearch = '';
  hasMore = false;
  loadingMore = false;

  private cursor?: string;
  private generation = 0;
  private inFlight = false;
  private queued = false;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private lastChangeAt = 0;
  private readonly subscription: AdapterSubscription;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly backend: () => RapportAdapter | undefined,
    /**
     * Called when the first page of a search other than the one shown arrives.
     * The list also loads again under the same search when contacts change (an
     * import, a delete); what the person did is the news then, not the results.
     */
    private readonly onNewSearch?: () => void,
  ) {
    host.addController(this);
    this.subscription = new AdapterSubscription(host, backend, (change) => this.onChange(change));
  }

  hostConnected(): void {
    this.connect();
  }

  hostDisconnected(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  /** Starts listening to the adapter in force (again when it changes) and loads the first page. */
  connect(): void {
    if (this.subscription.follow() && this.backend()) this.reload();
  }

  setSearch(text: string): void {
    this.search = text;
    this.reload();
  }

  setSort(sort: ContactSort): void {
    this.sort = sort;
    this.reload();
  }

  /** Loads the first page for the current search and sort, coalescing requests made meanwhile. */
  reload(): void {
    // This load sees every change made so far: a refresh waiting for them would repeat it
    // (after an import, that is a second sort of every contact).
    clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    if (this.inFlight) {
      this.queued = true;
      return;
    }
    void this.loadFirst();
  }

  private async loadFirst(): Promise<void> {
    const backend = this.backend();
    if (!backend) return;
    this.inFlight = true;
    const generation = ++this.generation;
    const search = this.search;
    const sort = this.sort;
    if (this.items.length === 0 && this.state.status !== 'ready') this.setState({ status: 'pending' });
    try {
      const page = await backend.listContacts({ search: search.trim() || undefined, sort, limit: PAGE_SIZE });
      if (!this.queued || search === this.search) {
        this.items = page.items;
        this.cursor = page.nextCursor;
        this.hasMore = Boolean(page.nextCursor);
        const isNewSearch = search.trim() !== this.shownSearch.trim();
        this.shownSearch = search;
        this.setState({ status: 'ready' });
        if (isNewSearch) this.onNewSearch?.();
      }
    } catch (error) {
      if (generation === this.generation) this.setState({ status: 'error', error });
    } finally {
      this.inFlight = false;
      if (this.queued) {
        this.queued = false;
        void this.loadFirst();
      }
    }
  }

  /** The next page, when the person scrolls near the end of what is loaded. */
  async loadMore(): Promise<void> {
    const backend = this.backend();
    if (!backend || !this.hasMore || this.loadingMore || this.inFlight) return;
    this.loadingMore = true;
    const generation = this.generation;
    try {
      const page = await backend.listContacts({
        search: this.shownSearch.trim() || undefined, sort: this.sort, limit: PAGE_SIZE, cursor: this.cursor,
      });
      if (generation !== this.generation) return;
      this.items = [...this.items, ...page.items];
      this.cursor = page.nextCursor;
      this.hasMore = Boolean(page.nextCursor);
    } catch (error) {
      if (generation === this.generation) this.setState({ status: 'error', error });
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }

  private onChange(change: RapportChange): void {
    if (change.type !== 'contact') return;
    if (change.action === 'deleted') {
      this.items = this.items.filter((contact) => contact.id !== change.contactId);
      this.host.requestUpdate();
      return;
    }
    // A created contact cannot be shown yet: only an update is looked up (an import creates 100,000).
    if (change.action === 'updated') {
      const at = this.items.findIndex((contact) => contact.id === change.contact.id);
      if (at !== -1) {
        this.items = this.items.with(at, change.contact);
        this.host.requestUpdate();
      }
    }
    // New contacts, or ones that may now sort or match differently: one refresh
    // after a burst (an import creates thousands in a row), not one per change;
    // and never under a person scrolled deep into the list, who would lose their place.
    if (this.items.length > PAGE_SIZE) return;
    // Re-arming a timer per change cost more than storing the contact during a 100,000-row import:
    // note the time, and let one timer wait out the rest of the quiet period.
    this.lastChangeAt = performance.now();
    this.refreshTimer ??= setTimeout(() => this.refreshWhenQuiet(), REFRESH_QUIET_MS);
  }

  private refreshWhenQuiet(): void {
    const quietFor = performance.now() - this.lastChangeAt;
    if (quietFor < REFRESH_QUIET_MS) {
      this.refreshTimer = setTimeout(() => this.refreshWhenQuiet(), REFRESH_QUIET_MS - quietFor);
      return;
    }
    this.refreshTimer = undefined;
    this.reload();
  }

  private setState(state: ListState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
