import { normalizeSearch, searchWords, type KeyPosition } from '../rules/index.js';
import type { Ctx } from './context.js';
import { TERM_SEP } from './index-keys.js';
import type { ContactRow } from './schema.js';
import { KEPT_WORDS, MAX_MERGED_RUNS, TOO_MANY } from './word-cache.js';

/**
 * The first read of one of `sharing` runs (or blocks) that share a page of
 * `count` rows: its share and 1.5 standard deviations more, which spares most
 * runs a second read.
 */
export function firstBatch(count: number, sharing: number): number {
  const share = count / Math.max(1, sharing);
  return Math.min(count, Math.ceil(share + 1.5 * Math.sqrt(share)) + 1);
}
/** Past this many rows read for one page (rare matches among many candidates), the merge gives up. */
export const MAX_MERGE_READS = 400;

export const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

export type Position = { name: string; id: string };
type Run = {
  read: (last: Position | undefined, batch: number) => Promise<ContactRow[]>;
  rows: ContactRow[]; at: number; done: boolean; batch: number; last?: Position;
};

export const after = (row: ContactRow, position: Position | undefined) =>
  !position || row.name > position.name || (row.name === position.name && row.id > position.id);
export const before = (a: ContactRow, b: ContactRow) => a.name < b.name || (a.name === b.name && a.id < b.id);

/**
 * The words in `by-term` starting with `prefix` (as the `words` store lists
 * them); `undefined` past `MAX_MERGED_RUNS` of them. `guess` is what this
 * connection last knew of them (see `WordCache`): a caller that took it first
 * can load their runs while the terms stamp is checked; a word since gone only
 * adds an empty run.
 */
export async function termWords(ctx: Ctx, prefix: string, guess = ctx.settings.words.guess(prefix)): Promise<string[] | undefined> {
  const cache = ctx.settings.words;
  // With nothing known, the words are read at once, beside the stamp.
  const listing = guess === undefined ? listWords(ctx, prefix) : undefined;
  const stamp = await ctx.termsStamp();
  const known = cache.get(stamp, prefix);
  if (known !== undefined) return known === TOO_MANY ? undefined : known;
  const read = await (listing ?? listWords(ctx, prefix));
  if (read.all) cache.setAll(stamp, read.all);
  else cache.set(stamp, prefix, read.listed ?? TOO_MANY);
  const words = cache.get(stamp, prefix);
  return words === TOO_MANY ? undefined : words;
}

/**
 * Reads the `words` store in one request: all of it (`all`) while it holds
 * at most `KEPT_WORDS.max` words, so every later prefix is known at once;
 * else the words starting with `prefix` (`listed`, none past `MAX_MERGED_RUNS`).
 */
async function listWords(ctx: Ctx, prefix: string): Promise<{ all?: string[]; listed?: string[] }> {
  const store = ctx.tx.objectStore('words');
  const cache = ctx.settings.words;
  if (cache.keepsAll) {
    const all = (await store.getAllKeys(undefined, KEPT_WORDS.max + 1)) as string[];
    ctx.heardWords(all);
    if (all.length <= KEPT_WORDS.max) return { all };
    cache.overflow();
  }
  const words = (await store.getAllKeys(prefixRange(prefix), MAX_MERGED_RUNS)) as string[];
  ctx.heardWords(words);
  return words.length >= MAX_MERGED_RUNS ? {} : { listed: words };
}

/**
 * The words of a query that must each match a different name word: a word that
 * starts another one matches whatever that one matches, so it is dropped.
 */
export function distinctWords(search: string): string[] {
  const typed = [...new Set(searchWords(normalizeSearch(search)))];
  return typed.filter((word) => !typed.some((other) => other !== word && other.startsWith(word)));
}

/**
 * The first `count` rows `accept` keeps, in name order after `from`, where
 * every match has a name word starting with `first` (or, for text without a
 * space, an address whose first word does): a name key starting with it (the
 * `by-name` index, in name order) or an entry under a word starting with it
 * (the `by-term` index, in name order within each word), so the page is a
 * merge of those runs, read in small batches. `undefined` when `first` starts
 * more than `MAX_MERGED_RUNS` words, or the matches are too rare among the
 * rows read; the caller then answers another way.
 */
export async function searchByName(
  ctx: Ctx, first: string, from: KeyPosition | undefined, accept: (row: ContactRow) => boolean, count: number,
): Promise<ContactRow[] | undefined> {
  const index = ctx.tx.objectStore('contacts').index('by-term');
  const start: Position | undefined = from && { name: String(from.k), id: from.id };
  const byName = ctx.tx.objectStore('contacts').index('by-name');
  const load = async (run: Run) => {
    const rows = await run.read(run.last, run.batch);
    run.done = rows.length < run.batch;
    run.rows = rows.filter((row) => after(row, run.last));
    run.at = 0;
    const end = rows.at(-1);
    // A batch may lie wholly before the page's start (many contacts of one name); the next one then reads further.
    if (end && after(end, run.last)) run.last = { name: end.name, id: end.id };
    run.batch = Math.min(run.batch * 2, 500);
  };
  const runs: Run[] = [];
  const loads: Promise<void>[] = [];
  const open = (read: Run['read'], batch: number) => {
    const run: Run = { read, rows: [], at: 0, done: false, batch, last: start };
    runs.push(run);
    loads.push(load(run));
  };
  const openWord = (word: string, sharing: number) => open(
    (last, size) => index.getAll(IDBKeyRange.bound(`${word}${TERM_SEP}${last?.name ?? ''}`, `${word}${TERM_SEP}\uffff`), size),
    firstBatch(count, sharing),
  );
  const openNames = (sharing: number) => open((last, size) => {
    // A page that starts past this word's names has none of them left.
    if (last && last.name > `${first}\uffff`) return Promise.resolve([]);
    const lower: [string, string] | [string] = last && last.name >= first ? [last.name, last.id] : [first];
    return byName.getAll(IDBKeyRange.bound(lower, [`${first}\uffff`]), size);
  }, firstBatch(count, sharing));
  const heard = new Set<string>();
  // Each run's share counts the run of names too, as openNames' does.
  const hear = (words: string[]) => {
    const fresh = words.filter((word) => !heard.has(word));
    for (const word of fresh) {
      heard.add(word);
      openWord(word, fresh.length + 1);
    }
  };
  // Words known from before start loading at once, the names starting with the word next to them, each a share of the page.
  const guess = ctx.settings.words.guess(first);
  const guessed = guess !== undefined && guess !== TOO_MANY;
  if (guessed) {
    hear(guess);
    openNames(heard.size + 1);
  }
  const words = await termWords(ctx, first, guess);
  if (!words) {
    // Runs started from a guess are left to finish unread.
    void Promise.allSettled(loads);
    return undefined;
  }
  if (!guessed) openNames(words.length + 1);
  hear(words);
  await Promise.all(loads);
  const kept: ContactRow[] = [];
  const taken = new Set<string>();
  while (kept.length < count) {
    const empty = runs.filter((run) => run.at >= run.rows.length && !run.done);
    if (empty.length > 0) {
      await Promise.all(empty.map(load));
      continue;
    }
    let next: Run | undefined;
    for (const run of runs) if (run.at < run.rows.length && (!next || before(run.rows[run.at]!, next.rows[next.at]!))) next = run;
    if (!next) break;
    const row = next.rows[next.at]!;
    next.at += 1;
    if (taken.has(row.id)) continue;
    taken.add(row.id);
    if (taken.size > MAX_MERGE_READS + count) return undefined;
    if (accept(row)) kept.push(row);
  }
  return kept;
}
