import type { Contact } from '../../domain/index.js';
import { rowsOf, type CsvWorkerReply, type CsvWorkerRequest, type WireCsvRow } from './csv-worker-protocol.js';

export type ReadRowsOptions = {
  /** Rows in file order; a row's cells may be NUL-joined (see `cellsOf`). */
  onRows: (rows: WireCsvRow[]) => void;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
};

/**
 * Reads an uploaded contacts CSV with seed 002's rules for the file, handing
 * over the rows in batches as they are read. Each row's contact is left for
 * the adapter storing it to check (`checkContacts: false`), so it is checked
 * once. In a module worker when the page can start one, so the main thread
 * stays free for input and for storing; otherwise on the main thread in short
 * time slices. A refused file rejects with CsvFileError.
 */
export async function readRows(file: Blob, existing: Contact[], options: ReadRowsOptions): Promise<{ header: string[]; delimiter: string }> {
  const worker = startWorker();
  if (worker) {
    const answer = await inWorker(worker, file, existing, options);
    if (answer !== 'unavailable') return answer;
  }
  const { parseContactsCsv } = await import('../../domain/csv/index.js');
  const parsed = await parseContactsCsv(file, { existingContacts: existing, checkContacts: false, ...options });
  return { header: parsed.header, delimiter: parsed.delimiter };
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./csv-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/** The worker's answer, or 'unavailable' when its script could not be loaded (then the main thread reads). */
function inWorker(
  worker: Worker,
  file: Blob,
  existing: Contact[],
  { onRows, onProgress, signal }: ReadRowsOptions,
): Promise<{ header: string[]; delimiter: string } | 'unavailable'> {
  return new Promise((resolve, reject) => {
    let started = false;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort);
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      if (started) reject(new Error(event.message || 'The file could not be read'));
      else resolve('unavailable');
    });
    worker.addEventListener('message', async (event: MessageEvent<CsvWorkerReply>) => {
      const reply = event.data;
      switch (reply.type) {
        case 'ready':
          started = true;
          worker.postMessage({ file, existing } satisfies CsvWorkerRequest);
          return;
        case 'progress':
          onProgress(reply.fraction);
          return;
        case 'rows':
          onRows(rowsOf(reply));
          return;
        case 'done':
          finish();
          resolve({ header: reply.header, delimiter: reply.delimiter });
          return;
        case 'refused': {
          finish();
          const { CsvFileError } = await import('../../domain/csv/index.js');
          reject(new CsvFileError(reply.code, reply.message));
          return;
        }
        default:
          finish();
          reject(new Error(reply.message));
      }
    });
  });
}
