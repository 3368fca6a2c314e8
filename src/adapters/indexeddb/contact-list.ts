import type { Contact, Page } from '../../domain/index.js';
import type { ContactSort, ListContactsQuery } from '../adapter.js';
import {
  canSeeContact, checkLimit, decodeCursor, encodeCursor, invalid, isKeyPosition, matchesSearch, normalizeSearch, searchProbes,
  searchWords,
  type ContactSearchTerms, type KeyPosition,
} from '../rules/index.js';
import type { Ctx } from './context.js';
import type { ContactRow } from './schema.js';

const SORTS: readonly ContactSort[] = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];
const INDEX_FOR = { name: 'by-name', createdAt: 'by-created', updatedAt: 'by-updated' } as const;

/**
 * A search whose probes have at most this many hits in all is read whole and
 * sorted as asked (it is narrow). A broader one reads the search index in its
 * own order (by the matching word or address, then id) and stops after a page,
 * so its first page costs the same for 1,000 contacts as for 100,000.
 */
export const NARROW_SEARCH_HITS = 300;

/** Seed 002's list: contacts the user may see, in `sort` order (ties by id), a page after the cursor. */
export async function listContacts(ctx: Ctx, query: ListContactsQuery = {}): Promise<Page<Contact>> {
  const sort = query.sort ?? 'name';
  if (!SORTS.includes(sort)) invalid('sort', `Must be one of ${SORTS.join(', ')}`);
  const limit = checkLimit(query.limit, 'limit', 50, 500);
  if (query.search !== undefined && typeof query.search !== 'string') invalid('search', 'Must be text');
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isKeyPosition);
  const descending = sort.startsWith('-');
  const field = sort.replace(/^-/, '') as keyof typeof INDEX_FOR;
  const keyOf = (row: ContactRow): [string | number, string] => [field === 'name' ? row.name : field === 'createdAt' ? row.created : row.updated, row.id];
  const search = query.search?.trim() ? query.search : undefined;
  const visible = (row: ContactRow) => canSeeContact(row.contact, ctx.user);
  const wanted = (row: ContactRow) => visible(row) && (search === undefined || matchesSearch(termsOf(row), search));

  let rows: ContactRow[];
  const hits = search === undefined ? undefined : await narrowHits(ctx, search, NARROW_SEARCH_HITS);
  const sortPage = (candidates: ContactRow[]) => {
    const position = after && ([after.k, after.id] as [string | number, string]);
    return candidates
      .filter(wanted)
      .map((row) => ({ row, key: keyOf(row) }))
      .filter(({ key }) => !position || (descending ? compareKey(key, position) < 0 : compareKey(key, position) > 0))
      .sort((a, b) => (descending ? -1 : 1) * compareKey(a.key, b.key))
      .slice(0, limit + 1)
      .map(({ row }) => row);
  };
  if (hits) {
    rows = sortPage(hits);
  } else if (search !== undefined) {
    const found = await walkSearch(ctx, search, after, wanted, limit + 1);
    if (found) {
      const items = found.slice(0, limit);
      const last = items.at(-1);
      return {
        items: items.map(({ row }) => row.contact),
        ...(found.length > limit && last ? { nextCursor: encodeCursor({ k: last.key, id: last.row.id }) } : {}),
      };
    }
    rows = sortPage((await narrowHits(ctx, search, Infinity))!);
  } else {
    rows = await walk(ctx, INDEX_FOR[field], after, descending, wanted, limit + 1);
  }
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const position: KeyPosition | undefined = last && { k: keyOf(last)[0], id: last.id };
  return {
    items: items.map((row) => row.contact),
    ...(rows.length > limit && position ? { nextCursor: encodeCursor(position) } : {}),
  };
}

/** Name words and whole emails of a row, told apart the way `contactSearchTerms` makes them (only an email has "@"). */
export function termsOf(row: ContactRow): ContactSearchTerms {
  const keys = row.search ?? [];
  return { words: keys.filter((key) => !key.includes('@')), emails: keys.filter((key) => key.includes('@')) };
}

/** Every row the search's probes can lead to, when they are few; `undefined` when the search is broad. */
async function narrowHits(ctx: Ctx, search: string, most: number): Promise<ContactRow[] | undefined> {
  const index = ctx.tx.objectStore('contacts').index('by-search');
  const probes = searchProbes(search);
  let hits = 0;
  for (const probe of probes) {
    if (most === Infinity) break;
    hits += (await index.getAllKeys(prefixRange(probe), most + 1)).length;
    if (hits > most) return undefined;
  }
  const found = new Map<string, ContactRow>();
  for (const probe of probes) for (const row of await index.getAll(prefixRange(probe))) found.set(row.id, row);
  return [...found.values()];
}

const prefixRange = (probe: string) => IDBKeyRange.bound(probe, `${probe}\uffff`);

/**
 * A broad search: the search index read from the cursor on over the prefix of
 * the query's first word (every match has a key there: a name word starting
 * with it, or an email starting with the whole query), each contact counted at
 * its first key in that range only, stopping once `count` match. `undefined`
 * when the query does not start with a word (it is then read whole).
 */
async function walkSearch(
  ctx: Ctx, search: string, after: KeyPosition | undefined, accept: (row: ContactRow) => boolean, count: number,
): Promise<{ row: ContactRow; key: string }[] | undefined> {
  const text = normalizeSearch(search);
  const first = searchWords(text)[0];
  if (!first || !text.startsWith(first)) return undefined;
  const upper = `${first}\uffff`;
  const index = ctx.tx.objectStore('contacts').index('by-search');
  const kept: { row: ContactRow; key: string }[] = [];
  let cursor = await index.openCursor(IDBKeyRange.bound(after ? String(after.k) : first, upper));
  if (cursor && after && cursor.key === after.k) cursor = await cursor.continuePrimaryKey(String(after.k), after.id);
  while (cursor && kept.length < count) {
    const row = cursor.value;
    const key = cursor.key as string;
    const firstKey = (row.search ?? []).filter((candidate) => candidate >= first && candidate <= upper).sort()[0];
    const passed = after && key === after.k && row.id <= after.id;
    if (!passed && key === firstKey && accept(row)) kept.push({ row, key });
    cursor = await cursor.continue();
  }
  return kept;
}

/**
 * Reads a sorted index from just after `after`, keeping rows `accept` likes,
 * until `count` are kept: in growing batches going up, by cursor going down.
 */
async function walk(
  ctx: Ctx,
  indexName: (typeof INDEX_FOR)[keyof typeof INDEX_FOR],
  after: KeyPosition | undefined,
  descending: boolean,
  accept: (row: ContactRow) => boolean,
  count: number,
): Promise<ContactRow[]> {
  const index = ctx.tx.objectStore('contacts').index(indexName);
  const kept: ContactRow[] = [];
  const from = after && ([after.k, after.id] as never);
  if (descending) {
    let cursor = await index.openCursor(from && IDBKeyRange.upperBound(from, true), 'prev');
    while (cursor && kept.length < count) {
      if (accept(cursor.value)) kept.push(cursor.value);
      cursor = await cursor.continue();
    }
    return kept;
  }
  let range: IDBKeyRange | undefined = from && IDBKeyRange.lowerBound(from, true);
  let batch = count;
  for (;;) {
    const rows = await index.getAll(range, batch);
    for (const row of rows) {
      if (accept(row)) kept.push(row);
      if (kept.length === count) return kept;
    }
    const last = rows.at(-1);
    if (rows.length < batch || !last) return kept;
    const key = indexName === 'by-name' ? last.name : indexName === 'by-created' ? last.created : last.updated;
    range = IDBKeyRange.lowerBound([key, last.id], true);
    batch = Math.min(batch * 2, 2000);
  }
}

function compareKey(a: [string | number, string], b: [string | number, string]): number {
  if (a[0] < b[0]) return -1;
  if (a[0] > b[0]) return 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}
