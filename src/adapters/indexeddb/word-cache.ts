/** Stands for "more words than a search merges" in a cached list. */
export const TOO_MANY = Symbol('too many words');
export type WordList = string[] | typeof TOO_MANY;
const MAX_LISTS = 2000;

/**
 * The words of `by-term` starting with a prefix, as found at one value of the
 * database's terms stamp (moved on by every commit that adds a word to the
 * `words` store, in any tab), so a search typed again, or typed on, starts
 * reading its words' runs at once instead of after the read that lists them.
 * A word whose contacts are all gone stays listed: its run is then empty,
 * which changes no result.
 */
export class WordCache {
  private stamp: number | undefined;
  private readonly lists = new Map<string, WordList>();

  /** The words starting with `prefix` at `stamp`, from its own list or a shorter prefix's; `undefined` when unknown. */
  get(stamp: number, prefix: string): WordList | undefined {
    if (stamp !== this.stamp) return undefined;
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

  set(stamp: number, prefix: string, words: WordList): void {
    // Lists are small, but a long session types many prefixes: past this many, start over.
    if (stamp !== this.stamp || this.lists.size >= MAX_LISTS) {
      this.lists.clear();
      this.stamp = stamp;
    }
    this.lists.set(prefix, words);
  }
}
