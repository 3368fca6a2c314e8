import type { Contact, Page } from '../../domain/index.js';
import type { ContactSort, ListContactsQuery } from '../adapter.js';
import {
  canSeeContact, checkLimit, decodeCursor, encodeCursor, invalid, isKeyPosition, matchesSearch, searchProbes,
  type ContactSearchTerms, type KeyPosition,
} from '../rules/index.js';
import type { Ctx } from './context.js';
import { BUCKET_LENGTH, type ContactRow } from './schema.js';

const SORTS: readonly ContactSort[] = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];
const INDEX_FOR = { name: 'by-name', createdAt: 'by-created', updatedAt: 'by-updated' } as const;

/**
 * A probe longer than a bucket with at most this many hits is read whole and
 * sorted (it is narrow); otherwise the search reads buckets in name order and
 * stops after a page. Either way a page reads a bounded number of rows.
 */
export const NARROW_SEARCH_HITS = 200;

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
  const hits = search === undefined ? undefined : await narrowHits(ctx, search, field !== 'name');
  if (hits) {
    const position = after && ([after.k, after.id] as [string | number, string]);
    rows = hits
      .filter(wanted)
      .map((row) => ({ row, key: keyOf(row) }))
      .filter(({ key }) => !position || (descending ? compareKey(key, position) < 0 : compareKey(key, position) > 0))
      .sort((a, b) => (descending ? -1 : 1) * compareKey(a.key, b.key))
      .slice(0, limit + 1)
      .map(({ row }) => row);
  } else if (search !== undefined) {
    rows = await walkBuckets(ctx, search, after, descending, wanted, limit + 1);
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

/**
 * Every row the search's probes can lead to, when they are few (or when the
 * list is not sorted by name, so buckets cannot give the order); `undefined`
 * when the search is broad and is better read bucket by bucket in name order.
 */
async function narrowHits(ctx: Ctx, search: string, whole: boolean): Promise<ContactRow[] | undefined> {
  const contacts = ctx.tx.objectStore('contacts');
  const probes = searchProbes(search);
  if (!whole) {
    if (probes.some((probe) => probe.length <= BUCKET_LENGTH)) return undefined;
    for (const probe of probes) {
      const keys = await contacts.index('by-search').getAllKeys(prefixRange(probe), NARROW_SEARCH_HITS + 1);
      if (keys.length > NARROW_SEARCH_HITS) return undefined;
    }
  }
  const found = new Map<string, ContactRow>();
  for (const probe of probes) {
    for (const row of await contacts.index('by-search').getAll(prefixRange(probe))) found.set(row.id, row);
  }
  return [...found.values()];
}

const prefixRange = (probe: string) => IDBKeyRange.bound(probe, `${probe}\uffff`);

/**
 * A broad search in name order: each probe's bucket (its first characters,
 * with the name) read from the cursor on, keeping the matching rows, then the
 * buckets merged. Each bucket holds every contact its probe can match.
 */
async function walkBuckets(
  ctx: Ctx, search: string, after: KeyPosition | undefined, descending: boolean, accept: (row: ContactRow) => boolean, count: number,
): Promise<ContactRow[]> {
  const index = ctx.tx.objectStore('contacts').index('by-bucket');
  const buckets = [...new Set(searchProbes(search).map((probe) => probe.slice(0, BUCKET_LENGTH)))];
  const found = new Map<string, ContactRow>();
  for (const bucket of buckets) {
    const beyond = (row: ContactRow) => !after || (descending ? compareKey([row.name, row.id], [after.k, after.id]) < 0 : compareKey([row.name, row.id], [after.k, after.id]) > 0);
    const low = !descending && after ? [bucket, after.k] : [bucket];
    const high = descending && after ? [bucket, after.k, []] : [bucket, []];
    const range = IDBKeyRange.bound(low, high);
    let kept = 0;
    if (descending) {
      let cursor = await index.openCursor(range, 'prev');
      while (cursor && kept < count) {
        if (beyond(cursor.value) && accept(cursor.value) && !found.has(cursor.value.id)) {
          found.set(cursor.value.id, cursor.value);
          kept += 1;
        }
        cursor = await cursor.continue();
      }
      continue;
    }
    let from = range;
    let batch = count;
    for (;;) {
      const rows = await index.getAll(from, batch);
      for (const row of rows) {
        if (kept < count && beyond(row) && accept(row) && !found.has(row.id)) {
          found.set(row.id, row);
          kept += 1;
        }
      }
      const last = rows.at(-1);
      if (kept >= count || rows.length < batch || !last) break;
      // Rows with the last name seen are read again and skipped by `beyond`/`found`; when one name fills a
      // whole batch, the next batch is bigger, so the walk always moves on.
      const stuck = rows[0]!.name === last.name;
      from = IDBKeyRange.bound([bucket, last.name], high);
      batch = stuck ? batch * 2 : Math.min(batch * 2, 1000);
    }
  }
  return [...found.values()]
    .sort((a, b) => (descending ? -1 : 1) * compareKey([a.name, a.id], [b.name, b.id]))
    .slice(0, count);
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
