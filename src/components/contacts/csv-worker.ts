/**
 * The Import Contact reader, run in a module worker so reading and checking
 * 100,000 rows never holds the page's main thread: it posts the rows in
 * batches as they are read, then the file's header, or why the file is refused.
 * It keeps the file until the page is done with it, to read again the cells of
 * the rows the page asks for.
 */
import { CsvFileError, parseContactsCsv, type ParsedContactsCsv } from '../../domain/csv/index.js';
import { unpackContacts, type PackedContacts } from './existing-contacts.js';
import { packRows, type CsvWorkerReply, type CsvWorkerRequest } from './csv-worker-protocol.js';

/**
 * The page takes each post in one task (receiving it, then unpacking it):
 * a slice's worth of rows, 2,000–4,000, made tasks of 100 ms and more when a
 * garbage collection fell in them.
 */
const ROWS_PER_POST = 1_000;

const post = (reply: CsvWorkerReply) => (self as unknown as Worker).postMessage(reply);

// Loaded while the worker waits for its file (it starts as the dialog opens), not after.
import('papaparse').catch(() => undefined);

let parsed: ParsedContactsCsv | undefined;

self.addEventListener('message', (event: MessageEvent<CsvWorkerRequest>) => {
  const request = event.data;
  if (request.type === 'read') void read(request.file, request.existing);
  else post({ type: 'cells', cells: parsed?.cellsOfRows(request.rowNumbers) ?? [] });
});

async function read(file: Blob, existing: PackedContacts): Promise<void> {
  try {
    parsed = await parseContactsCsv(file, {
      existingContacts: unpackContacts(existing),
      // The page stores the rows through its adapter, which checks each contact: checking here too doubled the work.
      checkContacts: false,
      onProgress: (fraction) => post({ type: 'progress', fraction }),
      onRows: (rows) => {
        for (let start = 0; start < rows.length; start += ROWS_PER_POST) {
          post({ type: 'rows', ...packRows(rows.slice(start, start + ROWS_PER_POST)) });
        }
      },
    });
    post({ type: 'done', header: parsed.header, delimiter: parsed.delimiter });
  } catch (error) {
    post(error instanceof CsvFileError
      ? { type: 'refused', code: error.code, message: error.message }
      : { type: 'failed', message: String((error as Error)?.message ?? error) });
  }
}
post({ type: 'ready' });
