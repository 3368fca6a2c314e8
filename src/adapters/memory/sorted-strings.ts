import { lowerBound, mergeSorted } from '../rules/index.js';

/** How long adding in bulk must pause (an import's batches come closer) before the batches are sorted in. */
const SORT_IN_AFTER_MS = 250;
/** The most strings sorted in in one task: 290,000 at once (a new store's 100,000 contacts) took 110 ms. */
const MAX_BATCH = 16_384;

/**
 * A list of strings kept in code unit order, as the search index keeps its
 * entries. One string is placed by binary search. Strings added in bulk wait
 * in their batch: sorting a 100,000-contact import's entries in at the first
 * search made that keystroke wait 150 ms. Once adding pauses, the batches are
 * sorted in one a task, a few milliseconds each; a read before then sorts in
 * whatever still waits.
 */
export class SortedStrings {
  private list: string[] = [];
  private waiting: string[][] = [];
  private timer?: ReturnType<typeof setTimeout>;

  /** Every string, in order. */
  sorted(): readonly string[] {
    if (this.waiting.length > 0) {
      this.sortIn(this.waiting.length === 1 ? this.waiting[0]! : this.waiting.flat());
      this.waiting = [];
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    return this.list;
  }

  /** How many batches wait to be sorted in. */
  get waitingBatches(): number {
    return this.waiting.length;
  }

  /** Adds a few strings. */
  add(strings: string[]): void {
    if (this.waiting.length > 0) this.waiting.push(strings);
    else for (const value of strings) this.list.splice(lowerBound(this.list, value), 0, value);
  }

  /** Adds many strings, sorted in later. */
  addMany(strings: string[]): void {
    if (strings.length === 0) return;
    if (strings.length <= MAX_BATCH) this.waiting.push(strings);
    else for (let start = 0; start < strings.length; start += MAX_BATCH) this.waiting.push(strings.slice(start, start + MAX_BATCH));
    this.sortInLater(SORT_IN_AFTER_MS);
  }

  /** Takes each of `strings` out, where it is in the list. */
  remove(strings: readonly string[]): void {
    this.sorted();
    for (const value of strings) {
      const at = lowerBound(this.list, value);
      if (this.list[at] === value) this.list.splice(at, 1);
    }
  }

  /** (Re)starts the wait before the next waiting batch is sorted in on its own. */
  private sortInLater(afterMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const batch = this.waiting.shift();
      if (batch) this.sortIn(batch);
      if (this.waiting.length > 0) this.sortInLater(0);
    }, afterMs);
  }

  /** Merges `added` (unsorted, none of them in the list yet) into the list. */
  private sortIn(added: string[]): void {
    added.sort();
    this.list = this.list.length === 0 ? added : mergeSorted(this.list, added);
  }
}
