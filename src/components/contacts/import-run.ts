import type { RapportAdapter } from '../../adapters/adapter.js';
import type { Contact } from '../../domain/index.js';
import { parseContactsCsv, type FailedCsvRow } from '../../domain/csv/index.js';

export type ImportProgress = { phase: 'reading' | 'storing'; fraction: number; done: number; total: number };

export type ImportOutcome = {
  header: string[];
  delimiter: string;
  total: number;
  imported: number;
  /** Failed rows in file order, as given, with what is wrong with each. */
  failed: (FailedCsvRow & { rowNumber: number })[];
};

/** Each importContacts call aims to take about this long, so no task blocks input. */
const TARGET_CALL_MS = 25;
const FIRST_CHUNK = 500;
const MAX_CHUNK = 5_000;

/**
 * The whole Import Contact path: read the contacts already visible (so a row
 * repeating one by email or phone is reported, not doubled), parse and check
 * the file with seed 002's rules, then store the valid rows in chunks sized to
 * stay short, yielding between them. A failed row never blocks a valid one.
 */
export async function runImport(
  backend: RapportAdapter,
  file: Blob,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  const existing = await visibleContacts(backend, signal);
  const parsed = await parseContactsCsv(file, {
    existingContacts: existing,
    signal,
    onProgress: (fraction) => onProgress({ phase: 'reading', fraction, done: 0, total: 0 }),
  });
  const rows = parsed.rows;
  const valid = rows.filter((row) => row.input);
  const failedAt = new Map<number, FailedCsvRow & { rowNumber: number }>();
  for (const row of rows) if (!row.input) failedAt.set(row.rowNumber, { raw: row.raw, errors: row.errors, rowNumber: row.rowNumber });

  let imported = 0;
  let chunk = FIRST_CHUNK;
  for (let start = 0; start < valid.length; ) {
    signal?.throwIfAborted();
    const slice = valid.slice(start, start + chunk);
    const began = performance.now();
    const { results } = await backend.importContacts(slice.map((row) => row.input!));
    const took = performance.now() - began;
    results.forEach((result, index) => {
      if (result.ok) imported += 1;
      else {
        const row = slice[index];
        const issues = result.error.issues?.map((issue) => `${issue.field}: ${issue.message}`);
        failedAt.set(row.rowNumber, { raw: row.raw, errors: issues?.length ? issues : [result.error.message], rowNumber: row.rowNumber });
      }
    });
    start += slice.length;
    onProgress({ phase: 'storing', fraction: start / valid.length, done: start, total: valid.length });
    chunk = Math.max(50, Math.min(MAX_CHUNK, Math.round(slice.length * (TARGET_CALL_MS / Math.max(took, 1)))));
    await nextTask();
  }
  const failed = [...failedAt.values()].sort((a, b) => a.rowNumber - b.rowNumber);
  return { header: parsed.header, delimiter: parsed.delimiter, total: rows.length, imported, failed };
}

/** Every contact the user can see, page by page. */
export async function visibleContacts(backend: RapportAdapter, signal?: AbortSignal): Promise<Contact[]> {
  const all: Contact[] = [];
  let cursor: string | undefined;
  do {
    signal?.throwIfAborted();
    const page = await backend.listContacts({ cursor, limit: 500, sort: 'createdAt' });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}
