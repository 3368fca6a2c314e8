import { compareKeys, type KeyPosition } from '../rules/index.js';
import type { Ctx } from './context.js';
import { TIME } from './index-keys.js';
import type { ContactRow } from './schema.js';

export type SortField = 'name' | 'createdAt' | 'updatedAt';

/** A row's sort key in `field` order; ties go by id. */
export function sortValue(row: ContactRow, field: SortField): string | number {
  if (field === 'name') return row.name;
  const times = row.times!;
  // An unchanged contact's one key holds both times; a changed one's creation comes first, its last change second.
  return field === 'createdAt' ? times[0]![1] : times[times.length - 1]![1];
}

/** `compareKeys` for `[key, id]` pairs, the form index keys take. */
export function compareKey(a: [string | number, string], b: [string | number, string]): number {
  return compareKeys(a[0], a[1], b[0], b[1]);
}

type Pull = () => Promise<ContactRow | undefined>;

/**
 * Reads the contacts in `field` order from just after `after`, keeping rows
 * `accept` likes, until `count` are kept. Name order is the `by-name` index;
 * a date order merges two ranges of `by-time` (see `contactTimes`).
 */
export async function walk(
  ctx: Ctx, field: SortField, after: KeyPosition | undefined, descending: boolean, accept: (row: ContactRow) => boolean, count: number,
): Promise<ContactRow[]> {
  const store = ctx.tx.objectStore('contacts');
  const from = after && ([after.k, after.id] as [string | number, string]);
  const pulls: Pull[] = [];
  if (field === 'name') {
    const range = from && (descending ? IDBKeyRange.upperBound(from, true) : IDBKeyRange.lowerBound(from, true));
    pulls.push(reader(store.index('by-name') as never, range, descending, count, (row) => [row.name, row.id]));
  } else {
    for (const kind of [TIME.unchanged, field === 'createdAt' ? TIME.created : TIME.updated]) {
      const position = from ? [kind, ...from] : undefined;
      const range = descending
        ? IDBKeyRange.bound([kind, -Infinity], position ?? [kind, Infinity], false, !!position)
        : IDBKeyRange.bound(position ?? [kind, -Infinity], [kind, Infinity], !!position, false);
      pulls.push(reader(store.index('by-time') as never, range, descending, count, (row) => [kind, sortValue(row, field), row.id]));
    }
  }
  const heads = await Promise.all(pulls.map((pull) => pull()));
  const kept: ContactRow[] = [];
  const order = (row: ContactRow): [string | number, string] => [sortValue(row, field), row.id];
  while (kept.length < count) {
    let next = -1;
    heads.forEach((row, n) => {
      if (!row) return;
      const best = heads[next];
      if (!best || (descending ? -1 : 1) * compareKey(order(row), order(best)) < 0) next = n;
    });
    if (next < 0) break;
    const row = heads[next]!;
    if (accept(row) && kept.push(row) === count) break;
    heads[next] = await pulls[next]!();
  }
  return kept;
}

type Index = {
  getAll(range: IDBKeyRange | undefined, count: number): Promise<ContactRow[]>;
  openCursor(range: IDBKeyRange | undefined, direction: IDBCursorDirection): Promise<{ value: ContactRow; continue(): Promise<unknown> } | null>;
};

/** One index range's rows in order: in growing batches going up, by cursor going down. */
function reader(
  index: Index, range: IDBKeyRange | undefined, descending: boolean, first: number, keyOf: (row: ContactRow) => IDBValidKey,
): Pull {
  if (descending) {
    let cursor: Awaited<ReturnType<Index['openCursor']>> | undefined;
    let started = false;
    return async () => {
      cursor = started ? ((await cursor?.continue()) as typeof cursor) : await index.openCursor(range, 'prev');
      started = true;
      return cursor?.value;
    };
  }
  let rows: ContactRow[] = [];
  let at = 0;
  let done = false;
  let batch = first;
  let lower = range;
  return async () => {
    if (at === rows.length && !done) {
      rows = await index.getAll(lower, batch);
      at = 0;
      done = rows.length < batch;
      const last = rows.at(-1);
      if (last) {
        lower = range?.upper === undefined
          ? IDBKeyRange.lowerBound(keyOf(last), true)
          : IDBKeyRange.bound(keyOf(last), range.upper, true, range.upperOpen);
      }
      batch = Math.min(batch * 2, 2000);
    }
    return rows[at++];
  };
}
