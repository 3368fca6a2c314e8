import { normalizeSearch, type KeyPosition } from '../rules/index.js';
import type { Ctx } from './context.js';
import { after, before, distinctWords, firstBatch, prefixRange, termWords, type Position } from './name-search.js';
import { MAIL_MARK, TERM_SEP } from './index-keys.js';
import type { ContactRow } from './schema.js';

/** Past this many rows read from one range for a page, the caller answers another way. */
const MAX_RANGE_READS = 2000;

/**
 * The first `count` rows `accept` keeps, in name order after `from`, for text
 * of two or more words. Addresses that start with the text are read from
 * their `by-term` keys (none hold a space, so text with one skips them). Drop each
 * word that starts another (it matches whatever that one matches); the rest
 * match distinct name words. So a match either has its name key start with
 * one word and another word's entry in `by-term` — the block of that entry's
 * run whose name key starts with the first word, contiguous because entries
 * are `word NUL nameKey` — or has two matched words filed in `by-term`, which
 * puts it in the sparse `by-pair` index. Only those blocks are read.
 * `undefined` when a query word starts too many words, or a block is too big.
 */
export async function searchByWordPairs(
  ctx: Ctx, search: string, from: KeyPosition | undefined, accept: (row: ContactRow) => boolean, count: number,
): Promise<ContactRow[] | undefined> {
  const words = distinctWords(search);
  if (words.length < 2) return undefined;
  const start: Position | undefined = from && { name: String(from.k), id: from.id };
  const listing = Promise.all(words.map((word) => termWords(ctx, word)));
  const store = ctx.tx.objectStore('contacts');
  const text = normalizeSearch(search);
  // A transaction answers in order: asked after the terms stamp, these load while the stamp's answer comes back.
  const direct = Promise.all([
    store.index('by-pair').getAll(prefixRange(words[0]!), MAX_RANGE_READS),
    /\s/.test(text) ? [] : store.index('by-term').getAll(prefixRange(`${MAIL_MARK}${text}`), MAX_RANGE_READS),
  ]);
  const filed = await listing;
  if (filed.some((list) => list === undefined)) {
    void direct.catch(() => undefined);
    return undefined;
  }
  const blocks: Block[] = [];
  words.forEach((leading, i) => {
    const lower = start && start.name > leading ? start.name : leading;
    if (lower > `${leading}\uffff`) return;
    filed.forEach((list, j) => {
      if (i !== j) for (const term of list!) blocks.push({ term, lower, upper: `${leading}\uffff`, rows: [], more: true, batch: 0 });
    });
  });
  // Blocks share the page: each first reads its share (see firstBatch), then twice as much each time.
  const terms = store.index('by-term');
  const read = async (block: Block) => {
    block.batch = block.batch === 0 ? firstBatch(count, blocks.length) : block.batch * 2;
    // Going on from the last name read takes its ties again; the rows are told apart by id below.
    const from = block.rows.at(-1)?.name ?? block.lower;
    const rows = await terms.getAll(IDBKeyRange.bound(`${block.term}${TERM_SEP}${from}`, `${block.term}${TERM_SEP}${block.upper}`), block.batch);
    block.more = rows.length === block.batch;
    block.rows.push(...rows);
  };
  const [[pairs, mails]] = await Promise.all([direct, ...blocks.map(read)]);
  if (pairs.length === MAX_RANGE_READS || mails.length === MAX_RANGE_READS) return undefined;
  for (;;) {
    const rows = [...new Map([...pairs, ...mails, ...blocks.flatMap((block) => block.rows)].map((row) => [row.id, row])).values()]
      .filter((row) => after(row, start))
      .sort((a, b) => (before(a, b) ? -1 : 1));
    const kept: ContactRow[] = [];
    for (const row of rows) if (kept.length < count && accept(row)) kept.push(row);
    // A block cut short may hold rows before the page's end; read it further.
    const end = kept.length === count ? kept.at(-1) : undefined;
    const short = blocks.filter((block) => block.more && (!end || before(block.rows.at(-1)!, end)));
    if (short.length === 0) return kept;
    if (short.some((block) => block.rows.length >= MAX_RANGE_READS)) return undefined;
    await Promise.all(short.map(read));
  }
}

/** A block of one word's run: its entries whose name keys lie from `lower` to `upper`, read `batch` rows at a time. */
type Block = { term: string; lower: string; upper: string; rows: ContactRow[]; more: boolean; batch: number };

