import type { Contact, ContactInput } from '../../domain/index.js';
import type { CsvFileProblem } from '../../domain/csv/index.js';

/** What the page sends the Import Contact worker: the file, and the contacts a row must not repeat. */
export type CsvWorkerRequest = { file: Blob; existing: Contact[] };

/**
 * A row as the page receives it. From the worker, every row's cells travel as
 * one string joined by NUL (which no accepted file contains): the page needs
 * them only for the error file, and 27 strings a row made receiving a
 * 100,000-row file cost more than storing it. Read on the page itself (no
 * worker), a row keeps its cells as an array.
 */
export type WireCsvRow = {
  rowNumber: number;
  input?: ContactInput;
  errors: string[];
  raw: string[] | string;
};

/** What the worker sends back, in this order: ready, then progress and rows, then done, refused or failed. */
export type CsvWorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; fraction: number }
  /**
   * The rows as JSON without their cells (parsing it took the page half the
   * time receiving the rows as objects did), and each row's cells joined by
   * NUL beside it, as plain strings: inside JSON every NUL would travel escaped.
   */
  | { type: 'rows'; json: string; cells: string[] }
  | { type: 'done'; header: string[]; delimiter: string }
  | { type: 'refused'; code: CsvFileProblem; message: string }
  | { type: 'failed'; message: string };

/** The rows of a `rows` reply, each with its cells back. */
export function rowsOf(reply: { json: string; cells: string[] }): WireCsvRow[] {
  const rows = JSON.parse(reply.json) as WireCsvRow[];
  rows.forEach((row, index) => (row.raw = reply.cells[index]!));
  return rows;
}

/** A row's cells, whichever way they travelled. */
export function cellsOf(row: WireCsvRow): string[] {
  return typeof row.raw === 'string' ? row.raw.split('\0') : row.raw;
}
