import type { Contact, Page } from '../../domain/index.js';
import type { ContactSort, ListContactsQuery } from '../adapter.js';
import {
  canSeeContact, checkLimit, decodeCursor, encodeCursor, invalid, isKeyPosition, matchesSearch, searchProbes,
  type ContactSearchTerms, type KeyPosition,
} from '../rules/index.js';
import type { Ctx } from './context.js';
import type { ContactRow } from './schema.js';

const SORTS: readonly ContactSort[] = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];
const INDEX_FOR = { name: 'by-name', createdAt: 'by-created', updatedAt: 'by-updated' } as const;

/**
 * Above this many hits for a search probe, the search walks the sorted index
 * and keeps the matching rows (they are dense enough to fill a page quickly);
 * at or below it, it reads just the hits and sorts them. Either way a page
 * reads a bounded number of rows, never the whole store.
 */
export const NARROW_SEARCH_HITS = 1500;

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

  const hits = search === undefined ? undefined : await narrowHits(ctx, search);
  let rows: ContactRow[];
  if (hits) {
    const position = after && ([after.k, after.id] as [string | number, string]);
    rows = hits
      .filter(wanted)
      .map((row) => ({ row, key: keyOf(row) }))
      .filter(({ key }) => !position || (descending ? compareKey(key, position) < 0 : compareKey(key, position) > 0))
      .sort((a, b) => (descending ? -1 : 1) * compareKey(a.key, b.key))
      .slice(0, limit + 1)
      .map(({ row }) => row);
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

/** Every row a probe of the search can lead to, when there are few enough; `undefined` when the search is broad. */
async function narrowHits(ctx: Ctx, search: string): Promise<ContactRow[] | undefined> {
  const index = ctx.tx.objectStore('contacts').index('by-search');
  const found = new Map<string, ContactRow>();
  for (const probe of searchProbes(search)) {
    const rows = await index.getAll(IDBKeyRange.bound(probe, `${probe}\uffff`), NARROW_SEARCH_HITS + 1);
    if (rows.length > NARROW_SEARCH_HITS) return undefined;
    for (const row of rows) found.set(row.id, row);
  }
  return [...found.values()];
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
