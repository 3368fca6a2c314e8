import type { Contact } from '../../domain/index.js';
import {
  compileSearch, contactNameKey, contactSearchKeys, contactSearchTerms, lowerBound, normalizeSearch, searchProbes, searchWords,
} from '../rules/index.js';
import type { ContactSort } from '../adapter.js';
import { contactSortKey, SortedOrder } from './sorted-order.js';
import { SortedStrings } from './sorted-strings.js';

const SEP = '\u0000';
const LAST = '\uffff';
/** Past this many distinct words under one search, merging them costs more than sorting the hits. */
const MAX_MERGED_WORDS = 64;
/** Up to this many entries under a search's probes, reading and sorting them all beats merging runs. */
const MAX_SORTED_HITS = 2_000;

/** The entries under one probe, and the test an entry there must pass (none: every one matches). */
type ProbeRange = { at: number; end: number; matches?: EntryTest };
type EntryTest = (entry: string) => boolean;

/** Where a page starts: after this contact in name order. */
export type NamePosition = { k: string | number; id: string };

/**
 * The in-memory contact search index: every name word and email address of
 * every contact, kept as one sorted array of `key NUL nameKey NUL id` strings.
 * A search binary-searches to its prefix; within one word the contacts are
 * already in name order, so the first page in name order is a short merge of
 * a few runs, and costs the same for 100 contacts as for 100,000.
 *
 * The entries are all it keeps per contact: anything else (a contact's search
 * terms, its name key) is worked out again from `contacts` when needed. At
 * 100,000 contacts, keeping them too cost more memory than the contacts did,
 * and building them a fifth of the time spent storing an import.
 */
export class ContactIndex {
  private readonly entries = new SortedStrings();
  private readonly orders = new Map<ContactSort, SortedOrder>();

  /** `contacts`: the store's contacts by id, which the index keeps in step with. */
  constructor(private readonly contacts: ReadonlyMap<string, Contact>) {}

  /** Adds one contact, or re-indexes it from how it was (`previous`), keeping the entries and the cached orders sorted. */
  put(contact: Contact, previous?: Contact): void {
    if (previous) this.remove(previous);
    this.entries.add(this.entriesOf(contact, contactNameKey(contact)));
    for (const order of this.orders.values()) order.place(contact);
  }

  /**
   * Adds many contacts not in the index yet (a new store's, an import's): the
   * entries are sorted in later (`SortedStrings`), and each cached order takes
   * the contacts as one sorted run.
   */
  putMany(contacts: Iterable<Contact>): void {
    const added: Contact[] = [];
    const nameKeys: string[] = [];
    const entries: string[] = [];
    for (const contact of contacts) {
      const nameKey = contactNameKey(contact);
      for (const entry of this.entriesOf(contact, nameKey)) entries.push(entry);
      added.push(contact);
      nameKeys.push(nameKey);
    }
    this.entries.addMany(entries);
    for (const [sort, order] of this.orders) order.addMany(added, isNameSort(sort) ? nameKeys : undefined);
  }

  /**
   * One entry per search key. Joined, not built with a template literal: that
   * makes a tree of string pieces V8 keeps as they are, three objects for every
   * entry, where a join makes one flat string.
   */
  private entriesOf(contact: Contact, nameKey: string): string[] {
    return contactSearchKeys(contact).map((key) => [key, nameKey, contact.id].join(SEP));
  }

  /** Takes a contact out, as it was when last put. */
  remove(contact: Contact): void {
    this.entries.remove(this.entriesOf(contact, contactNameKey(contact)));
    for (const order of this.orders.values()) order.remove(contact.id);
  }

  /** Ids of the contacts matching `query` (see `matchesSearch`), in no particular order. */
  search(query: string): Set<string> {
    const found = new Set<string>();
    const list = this.list;
    for (const range of this.probeRanges(query)) {
      for (let at = range.at; at < range.end; at += 1) {
        const entry = list[at]!;
        if (!range.matches || range.matches(entry)) found.add(idOf(entry));
      }
    }
    return found;
  }

  /** How many index entries can lead to `query`'s matches: two binary searches, no walk. */
  candidateCount(query: string): number {
    return searchProbes(query).reduce((sum, probe) => sum + this.lowerBound(probe + LAST) - this.lowerBound(probe), 0);
  }

  /** A test of one contact id against `query`, with the query read once. */
  matcher(query: string): (id: string) => boolean {
    const matches = compileSearch(query);
    return (id) => {
      const contact = this.contacts.get(id);
      return contact !== undefined && matches(contactSearchTerms(contact));
    };
  }

  /**
   * The first `limit` matches of `query` in name order after `after`, and
   * whether more follow. The entries under each probe are in name order within
   * each word, so a few hits are read and sorted, and more are merged run by
   * run, stopping at the page's end. Either way each hit comes as text ending
   * in its id. Undefined when the query spans too many words to merge; then
   * `search` and `sortIds` answer instead.
   */
  searchByName(query: string, options: { after?: NamePosition; limit: number; accept: (id: string) => boolean }):
    { ids: string[]; more: boolean } | undefined {
    const after = options.after ? `${options.after.k}${SEP}${options.after.id}` : undefined;
    const ranges = this.probeRanges(query);
    const hits = ranges.reduce((sum, range) => sum + range.end - range.at, 0);
    const pick = hits <= MAX_SORTED_HITS ? this.sortedHits(ranges, after) : this.mergedRuns(ranges, after);
    if (!pick) return undefined;
    const seen = new Set<string>();
    const ids: string[] = [];
    for (let entry = pick(); entry !== undefined && ids.length <= options.limit; entry = pick()) {
      const id = idOf(entry);
      if (seen.has(id)) continue;
      seen.add(id);
      if (options.accept(id)) ids.push(id);
    }
    return { ids: ids.slice(0, options.limit), more: ids.length > options.limit };
  }

  /**
   * Where `query`'s probes lead in the entries. Every entry under the whole
   * text matches (a name word or an address starting with it); one under a
   * single word of a longer text matches when every word starts a name word,
   * which `nameWordsTest` reads from the entry's name key without a lookup.
   */
  private probeRanges(query: string): ProbeRange[] {
    const text = normalizeSearch(query);
    const test = nameWordsTest(text);
    return searchProbes(query).map((probe) => ({
      at: this.lowerBound(probe), end: this.lowerBound(probe + LAST), matches: probe === text ? undefined : test,
    }));
  }

  /** A few hits: read them all, keep the matches after `after`, sort by name. */
  private sortedHits(ranges: ProbeRange[], after: string | undefined): () => string | undefined {
    const found: string[] = [];
    const list = this.list;
    for (const range of ranges) {
      for (let at = range.at; at < range.end; at += 1) {
        const entry = list[at]!;
        if (range.matches && !range.matches(entry)) continue;
        const order = orderOf(entry);
        if (after === undefined || order > after) found.push(order);
      }
    }
    found.sort();
    let next = 0;
    return () => found[next++];
  }

  /** Many hits: merge each word's run (already in name order) from `after` on, up to `MAX_MERGED_WORDS` runs. */
  private mergedRuns(ranges: ProbeRange[], after: string | undefined): (() => string | undefined) | undefined {
    const runs: { at: number; end: number; matches?: EntryTest }[] = [];
    const list = this.list;
    for (const range of ranges) {
      for (let at = range.at; at < range.end;) {
        const key = keyOf(list[at]!);
        const end = this.lowerBound(`${key}${SEP}${LAST}`);
        const start = after === undefined ? at : Math.max(at, this.lowerBound(`${key}${SEP}${after}${SEP}`));
        if (start < end) runs.push({ at: start, end, matches: range.matches });
        if (runs.length > MAX_MERGED_WORDS) return undefined;
        at = end;
      }
    }
    // Each run's next entry's `nameKey NUL id`, read once per step, and only when there are runs to choose from.
    const orders = runs.length > 1 ? runs.map((run) => orderOf(list[run.at]!)) : [];
    return () => {
      for (;;) {
        let next = -1;
        for (let at = 0; at < runs.length; at += 1) {
          if (runs[at]!.at < runs[at]!.end && (next < 0 || orders[at]! < orders[next]!)) next = at;
        }
        if (next < 0) return undefined;
        const run = runs[next]!;
        const entry = list[run.at]!;
        run.at += 1;
        if (runs.length > 1 && run.at < run.end) orders[next] = orderOf(list[run.at]!);
        if (!run.matches || run.matches(entry)) return entry;
      }
    };
  }

  /** Every contact id in `sort` order (ties by id), kept in step with changes. */
  ordered(sort: ContactSort): string[] {
    return this.orderFor(sort).ids();
  }

  /**
   * Puts ids into `sort` order by their place in the cached order: one lookup
   * each and a numeric sort, with no sort key computed again.
   */
  sortIds(ids: Iterable<string>, sort: ContactSort): string[] {
    const order = this.orderFor(sort);
    const places = order.placeOf();
    const all = order.ids();
    const found: number[] = [];
    for (const id of ids) found.push(places.get(id)!);
    return Array.from(Float64Array.from(found).sort(), (place) => all[place]!);
  }

  private orderFor(sort: ContactSort): SortedOrder {
    let order = this.orders.get(sort);
    if (!order) this.orders.set(sort, (order = new SortedOrder(sort, this.contacts.values(), (contact) => contactSortKey(sort, contact))));
    return order;
  }

  /** The entries in order, every one added so far sorted in. */
  private get list(): readonly string[] {
    return this.entries.sorted();
  }

  private lowerBound(value: string): number {
    return lowerBound(this.list, value);
  }
}

function isNameSort(sort: ContactSort): boolean {
  return sort === 'name' || sort === '-name';
}

function keyOf(entry: string): string {
  return entry.slice(0, entry.indexOf(SEP));
}

/**
 * A test of an entry's name key (`key NUL nameKey NUL id`) for every word of
 * `text` starting one of its words, as `matchesSearch`'s word rule reads the
 * name: a word is a run of letters and digits, so a typed word starts one
 * where it stands at the key's start or after any other character. Searching
 * the entry's text costs less than looking its contact up.
 */
function nameWordsTest(text: string): EntryTest {
  const words = searchWords(text);
  if (words.length === 0) return () => false;
  return (entry) => {
    const start = entry.indexOf(SEP) + 1;
    const end = entry.lastIndexOf(SEP);
    return words.every((word) => startsWordAt(entry, word, start, end));
  };
}

function startsWordAt(entry: string, word: string, start: number, end: number): boolean {
  for (let at = entry.indexOf(word, start); at !== -1 && at + word.length <= end; at = entry.indexOf(word, at + 1)) {
    if (at === start || !isLetterOrDigitBefore(entry, at)) return true;
  }
  return false;
}

function isLetterOrDigitBefore(text: string, at: number): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  const low = code >= 0xdc00 && code <= 0xdfff;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(low ? at - 2 : at - 1)!));
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** `nameKey NUL id`: what orders entries within one word's run. */
function orderOf(entry: string): string {
  return entry.slice(entry.indexOf(SEP) + 1);
}

function idOf(entry: string): string {
  return entry.slice(entry.lastIndexOf(SEP) + 1);
}
