import { fullName, type Contact } from '../../domain/index.js';

/** Lower case with accents stripped, so "José" is found by "jose". */
export function normalizeSearch(text: string): string {
  // Plain ASCII has no accents to strip; an import indexes 100,000 names, most of them ASCII.
  if (ASCII.test(text)) return text.toLowerCase().trim();
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}
const ASCII = /^[\x00-\x7f]*$/;

/** The words of a normalised text: runs of letters and digits. */
export function searchWords(text: string): string[] {
  const normal = normalizeSearch(text);
  // Most names are one plain word: no split, no filter.
  if (ASCII_WORD.test(normal)) return [normal];
  // Lower-cased ASCII has no letters but a-z and no digits but 0-9: a plain split, without Unicode property lookups, at about half the cost.
  return normal.split(ASCII.test(normal) ? ASCII_WORD_BREAK : WORD_BREAK).filter(Boolean);
}
const ASCII_WORD = /^[a-z0-9]+$/;
const ASCII_WORD_BREAK = /[^a-z0-9]+/;
const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** What a contact can be found by: the words of its name and its whole email addresses. */
export type ContactSearchTerms = { words: string[]; emails: string[] };

export function contactSearchTerms(contact: Pick<Contact, 'firstName' | 'lastName' | 'emails'>): ContactSearchTerms {
  const emails = [contact.emails.primary, contact.emails.other].filter((value): value is string => !!value);
  return { words: searchWords(fullName(contact)), emails: emails.map(normalizeSearch) };
}

/**
 * Seed 002's search: by contact name or email address. Every word typed must
 * start a word of the name ("ana ro" finds Ana Rossi), or the whole text must
 * start an email address. An empty search matches everything.
 */
export function matchesSearch(terms: ContactSearchTerms, query: string): boolean {
  return compileSearch(query)(terms);
}

/** `matchesSearch` with the query read once, for testing many contacts against one query. */
export function compileSearch(query: string): (terms: ContactSearchTerms) => boolean {
  const text = normalizeSearch(query);
  if (text === '') return () => true;
  const wanted = searchWords(text);
  return (terms) =>
    terms.emails.some((address) => address.startsWith(text)) ||
    (wanted.length > 0 && wanted.every((word) => terms.words.some((nameWord) => nameWord.startsWith(word))));
}

export function matchesContactSearch(contact: Pick<Contact, 'firstName' | 'lastName' | 'emails'>, query: string): boolean {
  return matchesSearch(contactSearchTerms(contact), query);
}

/**
 * The index keys that can lead to a contact for a query: a store keeps them
 * sorted (or as an IndexedDB multi-entry index) and looks up `searchProbes`
 * by prefix, then confirms each hit with `matchesSearch`.
 */
export function searchKeys(terms: ContactSearchTerms): string[] {
  // A name has a few words: a plain loop, where spreading into a Set cost more than the rest of indexing.
  const keys: string[] = [];
  for (const key of terms.words) if (!keys.includes(key)) keys.push(key);
  for (const key of terms.emails) if (!keys.includes(key)) keys.push(key);
  return keys;
}

/**
 * `searchKeys(contactSearchTerms(contact))`, without building the terms: the
 * words of each name, then each address. A space between first and last name
 * is a word break either way, and most names are one word, which
 * `searchWords` gives without a split. An import indexes 100,000 contacts.
 */
export function contactSearchKeys(contact: Pick<Contact, 'firstName' | 'lastName' | 'emails'>): string[] {
  const keys: string[] = [];
  if (contact.firstName) for (const word of searchWords(contact.firstName)) addNew(keys, word);
  for (const word of searchWords(contact.lastName)) addNew(keys, word);
  if (contact.emails.primary) addNew(keys, normalizeSearch(contact.emails.primary));
  if (contact.emails.other) addNew(keys, normalizeSearch(contact.emails.other));
  return keys;
}

function addNew(keys: string[], key: string): void {
  if (!keys.includes(key)) keys.push(key);
}

/** The prefixes to look up in a `searchKeys` index: the whole text (for email) and its longest word. */
export function searchProbes(query: string): string[] {
  const text = normalizeSearch(query);
  if (text === '') return [];
  const longest = searchWords(text).sort((a, b) => b.length - a.length)[0];
  return longest && longest !== text ? [text, longest] : [text];
}

/** Seed order for names: last name, then first name, case and accents ignored. */
export function contactNameKey(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return `${normalizeSearch(contact.lastName)}\u0001${normalizeSearch(contact.firstName ?? '')}`;
}

/**
 * The first place in `sorted`, from `low` on, whose string does not sort
 * before `value`: code unit order, as `Array.prototype.sort` and IndexedDB's
 * keys sort strings. Both adapters' search indexes are sorted string lists.
 */
export function lowerBound(sorted: readonly string[], value: string, low = 0): number {
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `big` and `small`, both sorted, as one sorted list: each string of `small` is
 * placed by binary search and `big` is copied in blocks between them, so the
 * cost is mostly the copy. `distinct`: a string already in `big`, or repeated
 * in `small`, is kept once.
 */
export function mergeSorted(big: readonly string[], small: readonly string[], distinct = false): string[] {
  const merged: string[] = [];
  let from = 0;
  for (const value of small) {
    const to = lowerBound(big, value, from);
    while (from < to) merged.push(big[from++]!);
    if (distinct && (big[from] === value || merged.at(-1) === value)) continue;
    merged.push(value);
  }
  while (from < big.length) merged.push(big[from++]!);
  return merged;
}
