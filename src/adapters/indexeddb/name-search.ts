import { canSeeContact, normalizeSearch, searchWords, type KeyPosition } from '../rules/index.js';
import type { Ctx } from './context.js';
import { TERM_SEP, type ContactRow } from './schema.js';

/** Past this many words under one search, merging their runs costs more than the other ways to answer. */
export const MAX_MERGED_RUNS = 12;
/** Past this many index entries read for one page (a rare match among many candidates), the merge gives up. */
export const MAX_MERGE_STEPS = 1500;

type Run = { cursor: NonNullable<Awaited<ReturnType<ReturnType<typeof termIndex>['openKeyCursor']>>>; nameKey: string };

const termIndex = (ctx: Ctx) => ctx.tx.objectStore('contacts').index('by-term');
export const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/**
 * The first `count` matches of `search` the user may see, in name order after
 * `after`, read from the `by-term` index: every match has an entry under a
 * word starting with the query's first word, and within one word the entries
 * are in name order, so the page is a merge of those words' runs, checked
 * from the keys alone, then `count` rows read. `undefined` when the query has
 * no word, spans more than `MAX_MERGED_RUNS` words, or its matches are too
 * rare among the entries read; the caller then answers another way.
 */
export async function searchByName(
  ctx: Ctx, search: string, after: KeyPosition | undefined, count: number,
): Promise<ContactRow[] | undefined> {
  const text = normalizeSearch(search);
  const wanted = searchWords(text);
  const first = wanted[0];
  if (!first) return undefined;
  const index = termIndex(ctx);
  const words: string[] = [];
  for (let scan = await index.openKeyCursor(prefixRange(first)); scan;) {
    const word = String(scan.key).slice(0, String(scan.key).indexOf(TERM_SEP));
    words.push(word);
    if (words.length > MAX_MERGED_RUNS) return undefined;
    // Every key of this word is `word NUL …`, so `word \u0001` is past them all.
    scan = await scan.continue(`${word}\u0001`);
  }
  const from = after === undefined ? '' : String(after.k);
  const opened = await Promise.all(
    words.map((word) => index.openKeyCursor(IDBKeyRange.bound(`${word}${TERM_SEP}${from}`, `${word}${TERM_SEP}\uffff`))),
  );
  const runs: Run[] = opened.flatMap((cursor) => (cursor ? [{ cursor, nameKey: nameKeyOf(cursor.key) }] : []));
  const nameMatches = (nameKey: string) => {
    const nameWords = searchWords(nameKey);
    return wanted.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
  };
  const store = ctx.tx.objectStore('contacts');
  const kept: ContactRow[] = [];
  const taken = new Set<string>();
  let steps = 0;
  let pending: string[] = [];
  const fetchPending = async () => {
    const rows = await Promise.all(pending.map((id) => store.get(id)));
    pending = [];
    for (const row of rows) if (row && canSeeContact(row.contact, ctx.user)) kept.push(row);
  };
  while (runs.length > 0 && kept.length < count) {
    // One name at a time across every run, so contacts of the same name come out by id.
    let nameKey = runs[0]!.nameKey;
    for (const run of runs) if (run.nameKey < nameKey) nameKey = run.nameKey;
    const nameOk = nameMatches(nameKey);
    const ids = new Set<string>();
    for (let at = runs.length - 1; at >= 0; at -= 1) {
      const run = runs[at]!;
      while (run.nameKey === nameKey) {
        const id = String(run.cursor.primaryKey);
        const email = emailOf(run.cursor.key);
        if ((nameOk || (email !== undefined && email.startsWith(text))) && !taken.has(id)) ids.add(id);
        steps += 1;
        const next = await run.cursor.continue();
        if (!next) {
          runs.splice(at, 1);
          break;
        }
        run.cursor = next;
        run.nameKey = nameKeyOf(next.key);
      }
    }
    if (steps > MAX_MERGE_STEPS) return undefined;
    for (const id of [...ids].sort()) {
      if (after && nameKey === after.k && id <= after.id) continue;
      taken.add(id);
      pending.push(id);
    }
    if (kept.length + pending.length >= count) await fetchPending();
  }
  await fetchPending();
  return kept.slice(0, count);
}

function nameKeyOf(key: IDBValidKey): string {
  const parts = String(key).split(TERM_SEP);
  return parts[1] ?? '';
}

function emailOf(key: IDBValidKey): string | undefined {
  return String(key).split(TERM_SEP)[2];
}
