import type { ContactSort, RapportAdapter } from '../../adapters/adapter.js';
import type { Contact } from '../../domain/index.js';
import { columnMessage } from '../../domain/csv/contact-row.js';
import { repeatMessage } from '../../domain/csv/duplicates.js';
import { yieldToEventLoop } from '../../domain/csv/yield.js';
import type { FailedCsvRow } from '../../domain/csv/index.js';
import { cellsOf, type WireCsvRow } from './csv-worker-protocol.js';
import { readRows } from './read-rows.js';

export { prepareReader, releaseReader } from './read-rows.js';

export type ImportProgress = { phase: 'reading' | 'storing'; fraction: number; done: number; total: number };

export type ImportOutcome = {
  header: string[];
  delimiter: string;
  total: number;
  imported: number;
  /** Failed rows in file order, as given, with what is wrong with each. */
  failed: (FailedCsvRow & { rowNumber: number })[];
};

/**
 * Each importContacts call aims to take about a frame, so no task blocks input,
 * even with a garbage collection of the growing store (50–80 ms) falling in it.
 */
const TARGET_CALL_MS = 16;
/** Small: the first rows are stored by code not yet optimised, at several times the later cost per row. */
const FIRST_CHUNK = 100;
const MAX_CHUNK = 5_000;

/**
 * The whole Import Contact path: read the contacts already visible (so a row
 * repeating one by email or phone is reported, not doubled), read the file
 * with seed 002's rules (in a worker where the page allows one), and store the
 * rows it accepts while the rest of the file is still being read, in chunks
 * sized to stay short, yielding between them. The adapter checks each contact
 * as it stores it; a row it refuses fails with its reasons, under the file's
 * column names. A failed row never blocks a valid one.
 */
export async function runImport(
  backend: RapportAdapter,
  file: Blob,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  // Any order would do; the list's own (name) means an adapter that keeps each order it was
  // asked for keeps one up to date while storing the rows, not two.
  const existing = await visibleContacts(backend, signal, 'name');
  // Rows read and not yet stored, from `head` on. Stored rows are let go in bulk once they are
  // half the array, so a 100,000-row file's rows are not all held to the end, and taking a chunk
  // never shifts every row behind it.
  const waiting: WireCsvRow[] = [];
  let head = 0;
  const take = (count: number) => {
    // A row that may repeat a row of this chunk waits for the next: whether it does depends on that row being stored.
    let end = head + 1;
    while (end < Math.min(waiting.length, head + count) && !repeatsFrom(waiting[end]!, waiting[head]!.rowNumber)) end += 1;
    const taken = waiting.slice(head, end);
    head += taken.length;
    if (head * 2 >= waiting.length) {
      waiting.splice(0, head);
      head = 0;
    }
    return taken;
  };
  const failedAt = new Map<number, FailedCsvRow & { rowNumber: number }>();
  let total = 0;
  let readFraction = 0;
  let readingDone = false;
  let wake: (() => void) | undefined;

  // Rows the adapter refused whose cells stayed with the reader: read again at the end, for the error file.
  const cellsLeftBehind: number[] = [];
  const reader = readRows(file, existing, {
    signal,
    onProgress: (fraction) => {
      readFraction = fraction;
      if (!readingDone) onProgress({ phase: 'reading', fraction, done: 0, total: 0 });
    },
    onRows: (rows) => {
      total += rows.length;
      for (const row of rows) {
        if (row.input) waiting.push(row);
        else failedAt.set(row.rowNumber, { raw: cellsOf(row) ?? [], errors: row.errors, rowNumber: row.rowNumber });
      }
      wake?.();
    },
  });
  const reading = reader.done.finally(() => {
    readingDone = true;
    wake?.();
  });
  reading.catch(() => undefined); // awaited below, once storing has stopped

  try {
    const imported = await storeRows();
    const { header, delimiter } = await reading;
    const cells = await reader.cellsOf(cellsLeftBehind);
    cellsLeftBehind.forEach((rowNumber, index) => (failedAt.get(rowNumber)!.raw = cells[index]!));
    const failed = [...failedAt.values()].sort((a, b) => a.rowNumber - b.rowNumber);
    // Received in the task of the worker's answer: what the outcome sets off (the summary, the
    // list loading again) goes in a task of its own, or the two made one task of 100 ms.
    await yieldToEventLoop();
    return { header, delimiter, total, imported, failed };
  } finally {
    reader.close();
  }

  /** A row read and then refused (by the adapter, or as a stored row's duplicate), for the error file. */
  function failWith(row: WireCsvRow, errors: string[]): void {
    const raw = cellsOf(row);
    if (!raw) cellsLeftBehind.push(row.rowNumber);
    failedAt.set(row.rowNumber, { raw: raw ?? [], errors, rowNumber: row.rowNumber });
  }

  /** Stores the rows as they arrive until the file is read and every row is stored: how many were imported. */
  async function storeRows(): Promise<number> {
    let imported = 0;
    let stored = 0;
    let chunk = FIRST_CHUNK;
    for (;;) {
      signal?.throwIfAborted();
      if (head === waiting.length) {
        if (readingDone) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        // Woken inside the task that received the rows: store them in a task of their own.
        await yieldToEventLoop();
        continue;
      }
      const taken = take(chunk);
      // Every row before these is stored or failed by now: a row repeating a stored one fails as its duplicate.
      const slice = taken.filter((row) => {
        const repeated = row.repeats?.find((repeat) => !failedAt.has(repeat.rowNumber));
        if (repeated) failWith(row, [repeatMessage(repeated)]);
        return !repeated;
      });
      const began = performance.now();
      const { results } = await backend.importContacts(slice.map((row) => row.input!));
      const took = performance.now() - began;
      results.forEach((result, index) => {
        if (result.ok) imported += 1;
        else {
          const issues = result.error.issues?.map((issue) => columnMessage(issue.field, issue.message));
          failWith(slice[index]!, issues?.length ? issues : [result.error.message]);
        }
      });
      stored += taken.length;
      // Until the whole file is read, how many rows there are is not known: show reading's progress.
      const left = waiting.length - head;
      if (readingDone) onProgress({ phase: 'storing', fraction: stored / (stored + left), done: stored, total: stored + left });
      else onProgress({ phase: 'reading', fraction: readFraction, done: stored, total: 0 });
      chunk = Math.max(50, Math.min(MAX_CHUNK, Math.round(taken.length * (TARGET_CALL_MS / Math.max(took, 1)))));
      await yieldToEventLoop();
    }
    return imported;
  }
}

/**
 * Every contact the user can see, page by page, oldest first unless `sort`
 * says otherwise, each page in a task of its own: an adapter that answers at
 * once (MemoryAdapter) gave 100,000 contacts in one task of 200 ms.
 */
export async function visibleContacts(backend: RapportAdapter, signal?: AbortSignal, sort: ContactSort = 'createdAt'): Promise<Contact[]> {
  const all: Contact[] = [];
  let cursor: string | undefined;
  do {
    signal?.throwIfAborted();
    const page = await backend.listContacts({ cursor, limit: 500, sort });
    all.push(...page.items);
    cursor = page.nextCursor;
    if (cursor) await yieldToEventLoop();
  } while (cursor);
  return all;
}

/** Whether `row` may repeat a row numbered `from` or later. */
function repeatsFrom(row: WireCsvRow, from: number): boolean {
  return row.repeats !== undefined && row.repeats.some((repeat) => repeat.rowNumber >= from);
}
