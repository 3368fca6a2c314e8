import type { Contact } from '../../domain/index.js';
import type { ContactCsvRow, CsvFileProblem } from '../../domain/csv/index.js';

/** What the page sends the Import Contact worker: the file, and the contacts a row must not repeat. */
export type CsvWorkerRequest = { file: Blob; existing: Contact[] };

/** What the worker sends back, in this order: ready, then progress and rows, then done, refused or failed. */
export type CsvWorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; fraction: number }
  | { type: 'rows'; rows: ContactCsvRow[] }
  | { type: 'done'; header: string[]; delimiter: string }
  | { type: 'refused'; code: CsvFileProblem; message: string }
  | { type: 'failed'; message: string };
