import type { Contact, Page } from '../../domain/index.js';
import type { ContactSort, ListContactsQuery } from '../adapter.js';
import {
  canSeeContact, checkLimit, contactSearchTerms, decodeCursor, encodeCursor, invalid, isKeyPosition, matchesSearch, searchWords,
  type ContactSearchTerms, type KeyPosition,
} from '../rules/index.js';
import { distinctWords, MAX_MERGE_READS, prefixRange, searchByName } from './name-search.js';
import { searchByWordPairs } from './pair-search.js';
import type { Ctx } from './context.js';
import type { ContactRow } from './schema.js';
import { compareKey, sortValue, walk, type SortField } from './sorted-walk.js';

const SORTS: readonly ContactSort[] = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];

/**
 * A search that `searchByName` cannot answer, with at most this many index
 * entries in its narrowest range, is read whole and sorted as asked. A broader
 * one walks the sort's index, keeping matches, and stops after a page.
 */
export const COLLECT_SEARCH_HITS = 5000;

/** Seed 002's list: contacts the user may see, in `sort` order (ties by id), a page after the cursor. */
export async function listContacts(ctx: Ctx, query: ListContactsQuery = {}): Promise<Page<Contact>> {
  const sort = query.sort ?? 'name';
  if (!SORTS.includes(sort)) invalid('sort', `Must be one of ${SORTS.join(', ')}`);
  const limit = checkLimit(query.limit, 'limit', 50, 500);
  if (query.search !== undefined && typeof query.search !== 'string') invalid('search', 'Must be text');
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isKeyPosition);
  const descending = sort.startsWith('-');
  const field = sort.replace(/^-/, '') as SortField;
  const keyOf = (row: ContactRow): [string | number, string] => [sortValue(row, field), row.id];
  const search = query.search?.trim() ? query.search : undefined;
  const visible = (row: ContactRow) => canSeeContact(row.contact, ctx.user);
  const wanted = (row: ContactRow) => visible(row) && (search === undefined || matchesSearch(termsOf(row), search));

  let rows: ContactRow[];
  // No checked email address holds a space: with one, every match has each word in its name, and any word's runs hold them all.
  const spaced = search !== undefined && /\s/.test(search.trim());
  const words = search === undefined ? [] : distinctWords(search);
  // With a space any word will do, and the longest starts the fewest; without one, an address match is filed under the first.
  const leading = spaced ? [...words].sort((a, b) => b.length - a.length)[0] : searchWords(search ?? '')[0];
  const paired = search !== undefined && sort === 'name' ? await searchByWordPairs(ctx, search, after, wanted, limit + 1) : undefined;
  let narrowest = !paired && spaced && words.length > 1 ? await candidateRange(ctx, search!) : undefined;
  const small = narrowest !== undefined && narrowest.count <= MAX_MERGE_READS;
  const named = paired ?? (!small && leading && sort === 'name' ? await searchByName(ctx, leading, after, wanted, limit + 1) : undefined);
  if (named) {
    rows = named;
  } else if (search !== undefined && (narrowest ??= await candidateRange(ctx, search)) && narrowest.count <= COLLECT_SEARCH_HITS) {
    const position = after && ([after.k, after.id] as [string | number, string]);
    rows = (await candidates(ctx, narrowest.word))
      .filter(wanted)
      .map((row) => ({ row, key: keyOf(row) }))
      .filter(({ key }) => !position || (descending ? compareKey(key, position) < 0 : compareKey(key, position) > 0))
      .sort((a, b) => (descending ? -1 : 1) * compareKey(a.key, b.key))
      .slice(0, limit + 1)
      .map(({ row }) => row);
  } else {
    // A broad search (or none) reads the sort's own index and stops after a page: matches are common there.
    rows = await walk(ctx, field, after, descending, wanted, limit + 1);
  }
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const position: KeyPosition | undefined = last && { k: keyOf(last)[0], id: last.id };
  return {
    items: items.map((row) => row.contact),
    ...(rows.length > limit && position ? { nextCursor: encodeCursor(position) } : {}),
  };
}

/** Name words and whole emails of a row. */
export function termsOf(row: ContactRow): ContactSearchTerms {
  return contactSearchTerms(row.contact);
}

/**
 * The word whose candidates hold every match, and how many they are: the
 * query's first word (an address match is filed there), or, for text with a
 * space (which no checked email address holds), its rarest word. A word's
 * candidates are the name keys starting with it (`by-name`) and its entries
 * in `by-term`. `undefined` with no word.
 */
async function candidateRange(ctx: Ctx, search: string): Promise<{ word: string; count: number } | undefined> {
  const words = searchWords(search);
  if (words.length === 0) return undefined;
  const usable = /\s/.test(search.trim()) ? distinctWords(search) : words.slice(0, 1);
  const store = ctx.tx.objectStore('contacts');
  const counted = await Promise.all(usable.map(async (word) => {
    const [terms, names] = await Promise.all([store.index('by-term').count(prefixRange(word)), store.index('by-name').count(nameRange(word))]);
    return { word, count: terms + names };
  }));
  return counted.reduce((best, next) => (next.count < best.count ? next : best));
}

const nameRange = (word: string) => IDBKeyRange.bound([word], [`${word}\uffff`]);

/** Every candidate row of `word` (each once); the caller checks which match. */
async function candidates(ctx: Ctx, word: string): Promise<ContactRow[]> {
  const store = ctx.tx.objectStore('contacts');
  const [terms, names] = await Promise.all([store.index('by-term').getAll(prefixRange(word)), store.index('by-name').getAll(nameRange(word))]);
  return [...new Map([...terms, ...names].map((row) => [row.id, row])).values()];
}
