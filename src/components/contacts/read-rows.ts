import type { Contact } from '../../domain/index.js';
import { rowsOf, type CsvWorkerReply, type CsvWorkerRequest, type WireCsvRow } from './csv-worker-protocol.js';
import { packContacts } from './existing-contacts.js';

export type ReadRowsOptions = {
  /** Rows in file order; a row's cells may be NUL-joined or left behind (see `cellsOf`). */
  onRows: (rows: WireCsvRow[]) => void;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
};

/** A file being read: rows go to `onRows` until `done`. */
export type RowReader = {
  /** The file's header and delimiter, once every row is handed over; rejects with CsvFileError for a refused file. */
  done: Promise<{ header: string[]; delimiter: string }>;
  /** The cells of rows handed over without them, read again from the file (once `done`); [] for a number that is no record. */
  cellsOf(rowNumbers: number[]): Promise<string[][]>;
  /** Lets go of the file (and the worker reading it). */
  close(): void;
};

/** The file once read: what `done` gives, and the reader's own cellsOf and close. */
type Read = Awaited<RowReader['done']> & Pick<RowReader, 'cellsOf' | 'close'>;

/**
 * Reads an uploaded contacts CSV with seed 002's rules for the file, handing
 * over the rows in batches as they are read. Each row's contact is left for
 * the adapter storing it to check (`checkContacts: false`), so it is checked
 * once. In a module worker when the page can start one, so the main thread
 * stays free for input and for storing; otherwise on the main thread in short
 * time slices. A refused file rejects with CsvFileError.
 */
export function readRows(file: Blob, existing: Contact[], options: ReadRowsOptions): RowReader {
  // Closing stops a reading still under way, as aborting does.
  const closing = new AbortController();
  const signal = closing.signal;
  const outer = options.signal;
  if (outer?.aborted) closing.abort(outer.reason);
  else outer?.addEventListener('abort', () => closing.abort(outer.reason), { once: true, signal });
  const read = (async (): Promise<Read> => {
    const booting = takeWorker();
    if (booting && (await booting.ready)) return inWorker(booting.worker, file, existing, { ...options, signal });
    const { parseContactsCsv } = await import('../../domain/csv/index.js');
    const parsed = await parseContactsCsv(file, { existingContacts: existing, checkContacts: false, ...options, signal });
    return {
      header: parsed.header,
      delimiter: parsed.delimiter,
      cellsOf: async (rowNumbers) => parsed.cellsOfRows(rowNumbers),
      close: () => undefined,
    };
  })();
  return {
    done: read.then(({ header, delimiter }) => ({ header, delimiter })),
    cellsOf: async (rowNumbers) => {
      signal.throwIfAborted();
      return rowNumbers.length === 0 ? [] : (await read).cellsOf(rowNumbers);
    },
    close: () => {
      closing.abort(new DOMException('The file is closed', 'AbortError'));
      read.then((answer) => answer.close(), () => undefined);
    },
  };
}

/** A reading worker and whether it started: its script loaded and said it is ready. */
type BootingWorker = { worker: Worker; ready: Promise<boolean> };

/** A worker started ahead of the file (see `prepareReader`), for the next `readRows`. */
let spare: BootingWorker | undefined;

/**
 * Starts a reading worker before there is a file to read, for a page that
 * knows one is coming (the Import Contact dialog, as it opens): loading the
 * worker's script was a tenth of the time to the first rows stored.
 */
export function prepareReader(): void {
  spare ??= bootWorker();
}

/** Lets a prepared worker go unused (the dialog closed without a file). */
export function releaseReader(): void {
  spare?.worker.terminate();
  spare = undefined;
}

function takeWorker(): BootingWorker | undefined {
  const taken = spare ?? bootWorker();
  spare = undefined;
  return taken;
}

function bootWorker(): BootingWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./csv-worker.js', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  const ready = new Promise<boolean>((resolve) => {
    const onMessage = (event: MessageEvent<CsvWorkerReply>) => {
      if (event.data.type !== 'ready') return;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      resolve(true);
    };
    // A script that cannot load (a page whose policy refuses it): the page reads instead.
    const onError = (event: Event) => {
      event.preventDefault();
      worker.terminate();
      resolve(false);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError, { once: true });
  });
  return { worker, ready };
}

/**
 * A started worker's answer once the file is read. The worker keeps the file
 * until closed, to answer for cells.
 */
function inWorker(
  worker: Worker,
  file: Blob,
  existing: Contact[],
  { onRows, onProgress, signal }: ReadRowsOptions,
): Promise<Read> {
  return new Promise((resolve, reject) => {
    const send = (request: CsvWorkerRequest) => worker.postMessage(request);
    // Answers for cells come in the order asked.
    const askingForCells: { resolve: (cells: string[][]) => void; reject: (reason: unknown) => void }[] = [];
    let failure: unknown;
    /** Ends the worker: whatever waits on it (the reading, cells asked for) fails with `reason`. */
    const stop = (reason: unknown) => {
      if (failure !== undefined) return;
      failure = reason;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      for (const asking of askingForCells.splice(0)) asking.reject(reason);
      reject(reason); // no effect once the file is read
    };
    const onAbort = () => stop(signal!.reason);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);

    worker.addEventListener('error', (event) => {
      event.preventDefault();
      stop(new Error(event.message || 'The file could not be read'));
    });
    worker.addEventListener('message', async (event: MessageEvent<CsvWorkerReply>) => {
      const reply = event.data;
      switch (reply.type) {
        case 'progress':
          onProgress(reply.fraction);
          return;
        case 'rows':
          onRows(rowsOf(reply));
          return;
        case 'done':
          resolve({
            header: reply.header,
            delimiter: reply.delimiter,
            cellsOf: (rowNumbers) => new Promise((resolveCells, rejectCells) => {
              if (failure !== undefined) return rejectCells(failure);
              askingForCells.push({ resolve: resolveCells, reject: rejectCells });
              send({ type: 'cells', rowNumbers });
            }),
            close: () => stop(new Error('The file is closed')),
          });
          return;
        case 'cells':
          askingForCells.shift()?.resolve(reply.cells);
          return;
        case 'ready': // seen while booting
          return;
        case 'refused': {
          const { CsvFileError } = await import('../../domain/csv/index.js');
          stop(new CsvFileError(reply.code, reply.message));
          return;
        }
        default:
          stop(new Error(reply.message));
      }
    });
    send({ type: 'read', file, existing: packContacts(existing) });
  });
}
