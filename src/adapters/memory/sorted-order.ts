import type { Contact } from '../../domain/index.js';
import { compareKeys, contactNameKey } from '../rules/index.js';
import type { ContactSort } from '../adapter.js';

type Key = string | number;
/** Ids in order with each one's sort key beside it, so placing a contact never computes a key again. */
type Run = { ids: string[]; keys: Key[] };

/**
 * Every contact id in one sort's order (ties by id), kept in step with changes
 * instead of sorted again. A single change is placed by binary search. A bulk
 * import adds each batch as a sorted run of its own, merged into the order
 * when it is next read; sorting the whole order again at the end of a
 * 100,000-row import was a quarter-second task.
 */
export class SortedOrder {
  private order: Run;
  private pending: Run[] = [];
  private readonly direction: 1 | -1;
  private places?: Map<string, number>;

  /** `keyOf` gives a contact's sort key (`contactSortKey`, or one already worked out). */
  constructor(sort: ContactSort, contacts: Iterable<Contact>, private readonly keyOf: (contact: Contact) => Key) {
    this.direction = sort.startsWith('-') ? -1 : 1;
    this.order = this.runOf(contacts);
  }

  /** The ids in order. */
  ids(): string[] {
    this.settle();
    return this.order.ids;
  }

  /** Each id's place in `ids()`. */
  placeOf(): Map<string, number> {
    this.places ??= new Map(this.ids().map((id, place) => [id, place]));
    return this.places;
  }

  /** Places one contact (not in the order) where it belongs. */
  place(contact: Contact): void {
    this.settle();
    const key = this.keyOf(contact);
    const { ids, keys } = this.order;
    const at = this.lowerBound(this.order, 0, key, contact.id);
    ids.splice(at, 0, contact.id);
    keys.splice(at, 0, key);
    this.places = undefined;
  }

  /**
   * Adds contacts not in the order as a sorted run, merged in when the order is
   * next read. The runs waiting are kept like a binary counter: a run merges
   * with the one before it while that one is not twice its size, so over an
   * import each contact is merged a few times in small steps, and reading the
   * order finds only a few runs to merge. `keys`, when given, are the
   * contacts' sort keys, one each, already worked out.
   */
  addMany(contacts: readonly Contact[], keys?: readonly Key[]): void {
    if (contacts.length === 0) return;
    this.pending.push(this.runOf(contacts, keys));
    while (this.pending.length > 1 && this.pending.at(-2)!.ids.length <= 2 * this.pending.at(-1)!.ids.length) {
      const last = this.pending.pop()!;
      this.pending.push(this.merge(this.pending.pop()!, last));
    }
    this.places = undefined;
  }

  remove(id: string): void {
    this.settle();
    const at = this.order.ids.indexOf(id);
    if (at < 0) return;
    this.order.ids.splice(at, 1);
    this.order.keys.splice(at, 1);
    this.places = undefined;
  }

  /** `keys`: each contact's sort key, when already worked out. */
  private runOf(contacts: Iterable<Contact>, keys?: readonly Key[]): Run {
    const keyed = Array.from(contacts, (contact, at) => ({ id: contact.id, key: keys ? keys[at]! : this.keyOf(contact) }));
    keyed.sort((a, b) => this.direction * compareKeys(a.key, a.id, b.key, b.id));
    return { ids: keyed.map((item) => item.id), keys: keyed.map((item) => item.key) };
  }

  /** Merges the waiting runs, smallest first, then into the order. */
  private settle(): void {
    if (this.pending.length === 0) return;
    let merged = this.pending.pop()!;
    while (this.pending.length > 0) merged = this.merge(this.pending.pop()!, merged);
    this.order = this.merge(this.order, merged);
  }

  private merge(a: Run, b: Run): Run {
    const [big, small] = a.ids.length >= b.ids.length ? [a, b] : [b, a];
    return small.ids.length * 8 > big.ids.length ? this.mergeStepwise(big, small) : this.mergeByBlocks(big, small);
  }

  /** Two runs of like size: one pass, one comparison a contact. */
  private mergeStepwise(a: Run, b: Run): Run {
    const merged = emptyRun(a.ids.length + b.ids.length);
    let i = 0;
    let j = 0;
    let at = 0;
    while (i < a.ids.length && j < b.ids.length) {
      if (this.direction * compareKeys(a.keys[i]!, a.ids[i]!, b.keys[j]!, b.ids[j]!) <= 0) {
        at = copyInto(merged, at, a, i, i + 1);
        i += 1;
      } else {
        at = copyInto(merged, at, b, j, j + 1);
        j += 1;
      }
    }
    at = copyInto(merged, at, a, i, a.ids.length);
    copyInto(merged, at, b, j, b.ids.length);
    return merged;
  }

  /**
   * A small run into a big one (a batch into the whole order, as a list shown
   * during an import asks for it again and again): each of the small run's
   * contacts is placed by binary search and the big run is copied between
   * them, so the cost is the copy, not a comparison per contact.
   */
  private mergeByBlocks(big: Run, small: Run): Run {
    const merged = emptyRun(big.ids.length + small.ids.length);
    let from = 0;
    let at = 0;
    for (let j = 0; j < small.ids.length; j += 1) {
      const to = this.lowerBound(big, from, small.keys[j]!, small.ids[j]!);
      at = copyInto(merged, copyInto(merged, at, big, from, to), small, j, j + 1);
      from = to;
    }
    copyInto(merged, at, big, from, big.ids.length);
    return merged;
  }

  /** The first place in `run`, from `low` on, whose contact does not sort before (`key`, `id`). */
  private lowerBound(run: Run, low: number, key: Key, id: string): number {
    let high = run.ids.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.direction * compareKeys(run.keys[mid]!, run.ids[mid]!, key, id) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** A run of `length` places, filled by `copyInto`: merging into arrays made to size, not grown push by push, halved the time to merge. */
function emptyRun(length: number): Run {
  return { ids: new Array<string>(length), keys: new Array<Key>(length) };
}

/** Copies `from`'s places `start` to `end` into `to` from `at` on; gives the place after them. */
function copyInto(to: Run, at: number, from: Run, start: number, end: number): number {
  for (let place = start; place < end; place += 1, at += 1) {
    to.ids[at] = from.ids[place]!;
    to.keys[at] = from.keys[place]!;
  }
  return at;
}

/** The value a contact sorts by. */
export function contactSortKey(sort: ContactSort, contact: Contact): Key {
  const field = sort.replace(/^-/, '');
  if (field === 'createdAt') return Date.parse(contact.createdAt);
  if (field === 'updatedAt') return Date.parse(contact.updatedAt);
  return contactNameKey(contact);
}
