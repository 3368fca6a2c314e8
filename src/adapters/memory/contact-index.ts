import type { Contact } from '../../domain/index.js';
import { contactNameKey, contactSearchTerms, matchesSearch, searchKeys, searchProbes, type ContactSearchTerms } from '../rules/index.js';
import type { ContactSort } from '../adapter.js';

const SEP = '\u0000';

/**
 * The in-memory contact search index: every name word and email address of
 * every contact, kept as one sorted array of `key NUL id` strings. A search
 * binary-searches to the prefix and reads only the matching run, so it costs
 * the same for 100 contacts as for 100,000.
 */
export class ContactIndex {
  private entries: string[] = [];
  private sorted = true;
  private readonly terms = new Map<string, ContactSearchTerms>();
  private readonly orders = new Map<ContactSort, string[]>();

  /** Adds or re-indexes one contact. */
  put(contact: Contact): void {
    this.remove(contact.id);
    const terms = contactSearchTerms(contact);
    this.terms.set(contact.id, terms);
    for (const key of searchKeys(terms)) {
      const entry = `${key}${SEP}${contact.id}`;
      if (this.sorted) this.entries.splice(this.lowerBound(entry), 0, entry);
      else this.entries.push(entry);
    }
    this.orders.clear();
  }

  /** Adds many contacts at once, sorting once at the next lookup instead of once per contact. */
  putMany(contacts: Iterable<Contact>): void {
    for (const contact of contacts) {
      if (this.terms.has(contact.id)) {
        this.put(contact);
        continue;
      }
      const terms = contactSearchTerms(contact);
      this.terms.set(contact.id, terms);
      for (const key of searchKeys(terms)) this.entries.push(`${key}${SEP}${contact.id}`);
      this.sorted = false;
    }
    this.orders.clear();
  }

  remove(id: string): void {
    const terms = this.terms.get(id);
    if (!terms) return;
    this.terms.delete(id);
    this.ensureSorted();
    for (const key of searchKeys(terms)) {
      const entry = `${key}${SEP}${id}`;
      const at = this.lowerBound(entry);
      if (this.entries[at] === entry) this.entries.splice(at, 1);
    }
    this.orders.clear();
  }

  /** Ids of the contacts matching `query` (see `matchesSearch`), in no particular order. */
  search(query: string): Set<string> {
    this.ensureSorted();
    const found = new Set<string>();
    for (const probe of searchProbes(query)) {
      for (let at = this.lowerBound(probe); at < this.entries.length; at += 1) {
        const entry = this.entries[at]!;
        if (!entry.startsWith(probe)) break;
        const id = entry.slice(entry.indexOf(SEP) + 1);
        if (!found.has(id) && matchesSearch(this.terms.get(id)!, query)) found.add(id);
      }
    }
    return found;
  }

  /** Every contact id in `sort` order (ties by id), cached until the next change. */
  ordered(sort: ContactSort, contacts: ReadonlyMap<string, Contact>): string[] {
    let order = this.orders.get(sort);
    if (!order) {
      const keyed = [...contacts.values()].map((contact) => ({ id: contact.id, key: contactSortKey(sort, contact) }));
      const direction = sort.startsWith('-') ? -1 : 1;
      keyed.sort((a, b) => direction * compareKeys(a.key, a.id, b.key, b.id));
      order = keyed.map((item) => item.id);
      this.orders.set(sort, order);
    }
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

export function compareKeys(aKey: string | number, aId: string, bKey: string | number, bId: string): number {
  if (aKey < bKey) return -1;
  if (aKey > bKey) return 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/** The value a contact sorts by. */
export function contactSortKey(sort: ContactSort, contact: Contact): string | number {
  const field = sort.replace(/^-/, '');
  if (field === 'createdAt') return Date.parse(contact.createdAt);
  if (field === 'updatedAt') return Date.parse(contact.updatedAt);
  return contactNameKey(contact);
}
