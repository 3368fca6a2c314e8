import type { Contact } from '../../domain/index.js';
import { compileSearch, contactNameKey, contactSearchTerms, searchKeys, searchProbes, type ContactSearchTerms } from '../rules/index.js';
import type { ContactSort } from '../adapter.js';
import { SortedOrder } from './sorted-order.js';

const SEP = '\u0000';
const LAST = '\uffff';
/** Past this many distinct words under one search, merging them costs more than sorting the hits. */
const MAX_MERGED_WORDS = 64;

type Indexed = { terms: ContactSearchTerms; nameKey: string };

/** Where a page starts: after this contact in name order. */
export type NamePosition = { k: string | number; id: string };

/**
 * The in-memory contact search index: every name word and email address of
 * every contact, kept as one sorted array of `key NUL nameKey NUL id` strings.
 * A search binary-searches to its prefix; within one word the contacts are
 * already in name order, so the first page in name order is a short merge of
 * a few runs, and costs the same for 100 contacts as for 100,000.
 */
export class ContactIndex {
  private entries: string[] = [];
  private sorted = true;
  private readonly indexed = new Map<string, Indexed>();
  private readonly orders = new Map<ContactSort, SortedOrder>();

  /** Adds or re-indexes one contact, keeping the entries and the cached orders sorted. */
  put(contact: Contact): void {
    for (const entry of this.add(contact)) {
      if (this.sorted) this.entries.splice(this.lowerBound(entry), 0, entry);
      else this.entries.push(entry);
    }
    for (const order of this.orders.values()) order.place(contact);
  }

  /**
   * Adds many contacts: the entries are sorted once at the next lookup, and
   * each cached order takes the batch as one sorted run.
   */
  putMany(contacts: Iterable<Contact>): void {
    const added: Contact[] = [];
    for (const contact of contacts) {
      this.entries.push(...this.add(contact));
      this.sorted = false;
      added.push(contact);
    }
    for (const order of this.orders.values()) order.addMany(added);
  }

  private add(contact: Contact): string[] {
    this.remove(contact.id);
    const known: Indexed = { terms: contactSearchTerms(contact), nameKey: contactNameKey(contact) };
    this.indexed.set(contact.id, known);
    return searchKeys(known.terms).map((key) => `${key}${SEP}${known.nameKey}${SEP}${contact.id}`);
  }

  remove(id: string): void {
    const known = this.indexed.get(id);
    if (!known) return;
    this.indexed.delete(id);
    this.ensureSorted();
    for (const key of searchKeys(known.terms)) {
      const entry = `${key}${SEP}${known.nameKey}${SEP}${id}`;
      const at = this.lowerBound(entry);
      if (this.entries[at] === entry) this.entries.splice(at, 1);
    }
    for (const order of this.orders.values()) order.remove(id);
  }

  /** Ids of the contacts matching `query` (see `matchesSearch`), in no particular order. */
  search(query: string): Set<string> {
    this.ensureSorted();
    const matches = compileSearch(query);
    const found = new Set<string>();
    for (const probe of searchProbes(query)) {
      const end = this.lowerBound(probe + LAST);
      for (let at = this.lowerBound(probe); at < end; at += 1) {
        const id = idOf(this.entries[at]!);
        if (!found.has(id) && matches(this.indexed.get(id)!.terms)) found.add(id);
      }
    }
    return found;
  }

  /** How many index entries can lead to `query`'s matches: two binary searches, no walk. */
  candidateCount(query: string): number {
    this.ensureSorted();
    return searchProbes(query).reduce((sum, probe) => sum + this.lowerBound(probe + LAST) - this.lowerBound(probe), 0);
  }

  /** A test of one contact id against `query`, with the query read once. */
  matcher(query: string): (id: string) => boolean {
    const matches = compileSearch(query);
    return (id) => {
      const known = this.indexed.get(id);
      return known !== undefined && matches(known.terms);
    };
  }

  /**
   * The first `limit` matches of `query` in name order after `after`, and whether
   * more follow — by merging the runs of each matching word, which are already in
   * name order. Undefined when the query spans too many words to merge; then
   * `search` and `sortIds` answer instead.
   */
  searchByName(query: string, options: { after?: NamePosition; limit: number; accept: (id: string) => boolean }):
    { ids: string[]; more: boolean } | undefined {
    this.ensureSorted();
    const runs: { at: number; end: number }[] = [];
    for (const probe of searchProbes(query)) {
      const end = this.lowerBound(probe + LAST);
      for (let at = this.lowerBound(probe); at < end;) {
        const key = keyOf(this.entries[at]!);
        const runEnd = this.lowerBound(`${key}${SEP}${LAST}`);
        const start = options.after ? this.lowerBound(`${key}${SEP}${options.after.k}${SEP}${options.after.id}${SEP}`) : at;
        if (start < runEnd) runs.push({ at: Math.max(start, at), end: runEnd });
        if (runs.length > MAX_MERGED_WORDS) return undefined;
        at = runEnd;
      }
    }
    const matches = this.matcher(query);
    const seen = new Set<string>();
    const ids: string[] = [];
    while (ids.length <= options.limit) {
      let next: { at: number; end: number } | undefined;
      for (const run of runs) {
        if (run.at < run.end && (!next || orderOf(this.entries[run.at]!) < orderOf(this.entries[next.at]!))) next = run;
      }
      if (!next) break;
      const id = idOf(this.entries[next.at]!);
      next.at += 1;
      if (seen.has(id)) continue;
      seen.add(id);
      if (matches(id) && options.accept(id)) ids.push(id);
    }
    return { ids: ids.slice(0, options.limit), more: ids.length > options.limit };
  }

  /** Every contact id in `sort` order (ties by id), kept in step with changes. */
  ordered(sort: ContactSort, contacts: ReadonlyMap<string, Contact>): string[] {
    return this.orderFor(sort, contacts).ids();
  }

  /**
   * Puts ids into `sort` order by their place in the cached order: one lookup
   * each and a numeric sort, with no sort key computed again.
   */
  sortIds(ids: Iterable<string>, sort: ContactSort, contacts: ReadonlyMap<string, Contact>): string[] {
    const order = this.orderFor(sort, contacts);
    const places = order.placeOf();
    const all = order.ids();
    const found: number[] = [];
    for (const id of ids) found.push(places.get(id)!);
    return Array.from(Float64Array.from(found).sort(), (place) => all[place]!);
  }

  private orderFor(sort: ContactSort, contacts: ReadonlyMap<string, Contact>): SortedOrder {
    let order = this.orders.get(sort);
    if (!order) this.orders.set(sort, (order = new SortedOrder(sort, contacts.values())));
    return order;
  }

  private ensureSorted(): void {
    if (this.sorted) return;
    this.entries.sort();
    this.sorted = true;
  }

  private lowerBound(value: string): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.entries[mid]! < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function keyOf(entry: string): string {
  return entry.slice(0, entry.indexOf(SEP));
}

/** `nameKey NUL id`: what orders entries within one word's run. */
function orderOf(entry: string): string {
  return entry.slice(entry.indexOf(SEP) + 1);
}

function idOf(entry: string): string {
  return entry.slice(entry.lastIndexOf(SEP) + 1);
}
