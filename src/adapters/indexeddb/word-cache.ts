import { lowerBound, mergeSorted } from '../rules/index.js';

/** Stands for "more words than a search merges" in a cached list. */
export const TOO_MANY = Symbol('too many words');
export type WordList = string[] | typeof TOO_MANY;
/** Past this many words under one search, merging their runs costs more than the other ways to answer. */
export const MAX_MERGED_RUNS = 16;
const MAX_LISTS = 2000;
/**
 * Up to `max` words, a connection keeps the whole `words` store (under 2 MB at
 * 50,000); past it, a list per prefix. A test lowers it to take that road.
 */
export const KEPT_WORDS = { max: 50_000 };

/**
 * The words of `by-term` starting with a prefix, as found at one value of the
 * database's terms stamp (moved on by every commit that adds a word to the
 * `words` store, in any tab), so a search typed again, or typed on, starts
 * reading its words' runs at once instead of after the read that lists them.
 * While the store holds at most `KEPT_WORDS.max`, it is kept whole, read once,
 * and every prefix's words come from it; this connection's own commits add to
 * it as they add words, so only another tab's new words make it read again.
 * A word whose contacts are all gone stays listed: its run is then empty,
 * which changes no result.
 */
export class WordCache {
  private stamp: number | undefined;
  private readonly lists = new Map<string, WordList>();
  /** Every word of the store at `stamp`, sorted, when it was read whole. */
  private all: string[] | undefined;
  private overflowed = false;

  /** The words starting with `prefix` at `stamp`, from the whole store or a prefix's list; `undefined` when unknown. */
  get(stamp: number, prefix: string): WordList | undefined {
    if (stamp !== this.stamp) return undefined;
    if (this.all) return wordsStarting(this.all, prefix);
    const own = this.lists.get(prefix);
    if (own !== undefined) return own;
    for (let length = prefix.length - 1; length > 0; length -= 1) {
      const shorter = this.lists.get(prefix.slice(0, length));
      if (shorter === TOO_MANY) return undefined;
      if (shorter) return shorter.filter((word) => word.startsWith(prefix));
    }
    return undefined;
  }

  /** The words starting with `prefix` as last known, whatever the stamp is now; `undefined` when unknown. */
  guess(prefix: string): WordList | undefined {
    return this.stamp === undefined ? undefined : this.get(this.stamp, prefix);
  }

  /** Whether reading the whole store is worth it: no word is ever taken out, so once it held too many, it always will. */
  get keepsAll(): boolean {
    return !this.overflowed;
  }

  /** The store holds more than `KEPT_WORDS.max`: from now on, lists by prefix only. */
  overflow(): void {
    this.overflowed = true;
  }

  set(stamp: number, prefix: string, words: WordList): void {
    // Lists are small, but a long session types many prefixes: past this many, start over.
    if (stamp !== this.stamp || this.lists.size >= MAX_LISTS) this.restart(stamp);
    this.lists.set(prefix, words);
  }

  /** The whole store as read at `stamp`, in key order. */
  setAll(stamp: number, words: readonly string[]): void {
    this.restart(stamp);
    this.all = [...words];
  }

  /**
   * Words this connection's own commit added to the store, moving the stamp
   * from `from` to `to`: writes are serialised, so the store at `to` is the
   * store at `from` with these words, and what is kept stays exact.
   */
  added(from: number, to: number, words: readonly string[]): void {
    if (this.stamp !== from) return;
    const all = this.all;
    // Lists by prefix are read again as they are needed.
    this.restart(to);
    if (!all) return;
    // One pass, not a sorted insert a word: a commit of an import adds a thousand words.
    // The default sort compares code units, as `<` and IndexedDB's keys do.
    const merged = mergeSorted(all, [...words].sort(), true);
    if (merged.length <= KEPT_WORDS.max) this.all = merged;
    else this.overflow();
  }

  private restart(stamp: number): void {
    this.lists.clear();
    this.all = undefined;
    this.stamp = stamp;
  }
}

/** The words of a sorted list starting with `prefix`: `TOO_MANY` from `MAX_MERGED_RUNS` of them on. */
function wordsStarting(sorted: readonly string[], prefix: string): WordList {
  const from = lowerBound(sorted, prefix);
  const to = lowerBound(sorted, `${prefix}\uffff`, from);
  return to - from >= MAX_MERGED_RUNS ? TOO_MANY : sorted.slice(from, to);
}
