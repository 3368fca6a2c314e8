import { expect } from '@open-wc/testing';
import { parseContactsCsv } from '../../domain/csv/index.js';
import { cellsOf, type WireCsvRow } from './csv-worker-protocol.js';
import { prepareReader, readRows, releaseReader } from './read-rows.js';

const CSV = [
  'Last Name,First Name,Email,Birth Date,Street',
  'Rossi,José,jose@example.com,,"Via Roma 1,\nscala B"',
  ',Cy,cy@example.com,,',
  'Lee,Ben,not-an-email,31/12/1990,',
  'Park,Jin,jin@example.com,12/31/1990,"=1+2"',
].join('\r\n');

async function readAll(text: string) {
  const rows: WireCsvRow[] = [];
  const reader = readRows(new File([text], 'contacts.csv'), [], { onRows: (batch) => rows.push(...batch), onProgress: () => undefined });
  return { reader, rows, answer: await reader.done };
}

describe('readRows', () => {
  it('reads the file in a worker: a failed row brings its cells, a row with a contact leaves them to be asked for', async () => {
    const { reader, rows, answer } = await readAll(CSV);
    try {
      expect(answer).to.deep.equal({ header: ['Last Name', 'First Name', 'Email', 'Birth Date', 'Street'], delimiter: ',' });
      expect(rows.map((row) => [row.rowNumber, row.input ? `contact ${row.input.lastName ?? '(no last name)'}` : row.errors[0]])).to.deep.equal([
        [2, 'contact Rossi'], [3, 'contact (no last name)'], [4, 'Birth Date: Must be a real date in MM/DD/YYYY form (e.g. 12/14/1980), not "31/12/1990"'], [5, 'contact Park'],
      ]);
      // Row 3 has no last name: the file's own forms are fine, so it goes on for the adapter to refuse.
      expect(rows.map((row) => cellsOf(row))).to.deep.equal([
        undefined, undefined, ['Lee', 'Ben', 'not-an-email', '31/12/1990', ''], undefined,
      ]);
      const expected = (await parseContactsCsv(CSV, { checkContacts: false })).rows;
      expect(await reader.cellsOf([3, 2, 5, 40])).to.deep.equal([expected[1]!.raw, expected[0]!.raw, expected[3]!.raw, []]);
      expect(await reader.cellsOf([5])).to.deep.equal([['Park', 'Jin', 'jin@example.com', '12/31/1990', '=1+2']]);
    } finally {
      reader.close();
    }
  });

  it('reads on the main thread, with the same rows, where no worker can start', async () => {
    const { rows: inWorker, reader: workerReader } = await readAll(CSV);
    workerReader.close();
    const { Worker } = globalThis;
    // A page whose policy refuses workers: constructing one throws.
    globalThis.Worker = class { constructor() { throw new DOMException('Refused by the page', 'SecurityError'); } } as unknown as typeof Worker;
    try {
      const { reader, rows } = await readAll(CSV);
      expect(rows.map((row) => [row.rowNumber, row.input, row.errors])).to.deep.equal(inWorker.map((row) => [row.rowNumber, row.input, row.errors]));
      // Read on the page, every row keeps its cells; asking again gives the same.
      expect(await reader.cellsOf([2])).to.deep.equal([cellsOf(rows[0]!)]);
      reader.close();
    } finally {
      globalThis.Worker = Worker;
    }
  });

  it('reads Windows-1252 and UTF-16 files in the worker as on the page', async () => {
    const latin = new Uint8Array([...new TextEncoder().encode('Last Name\r\nJos'), 0xe9, 0x0d, 0x0a]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'Last Name\tCity\r\nRossi\tMilano\r\n'].flatMap((char) => [char.charCodeAt(0), 0])]);
    for (const [bytes, expected] of [[latin, { lastName: 'José' }], [utf16, { lastName: 'Rossi', address: { city: 'Milano' } }]] as const) {
      const rows: WireCsvRow[] = [];
      const reader = readRows(new Blob([bytes]), [], { onRows: (batch) => rows.push(...batch), onProgress: () => undefined });
      await reader.done;
      reader.close();
      expect(rows.map((row) => row.input)).to.deep.equal([expected]);
    }
  });

  it('reads in a worker started before the file came, and in a fresh one once that is let go', async () => {
    const { rows: expected, reader: first } = await readAll(CSV);
    first.close();
    const { Worker } = globalThis;
    let started = 0;
    globalThis.Worker = class extends Worker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        started += 1;
      }
    };
    try {
      prepareReader();
      prepareReader();
      expect(started, 'one worker prepared, however often asked').to.equal(1);
      const prepared = await readAll(CSV);
      prepared.reader.close();
      expect(started, 'the file read in the prepared worker').to.equal(1);
      expect(prepared.rows).to.deep.equal(expected);
      prepareReader();
      releaseReader();
      const fresh = await readAll(CSV);
      fresh.reader.close();
      expect(started, 'a worker of its own once the prepared one is let go').to.equal(3);
      expect(fresh.rows).to.deep.equal(expected);
    } finally {
      globalThis.Worker = Worker;
    }
  });

  it('answers for cells no more once closed', async () => {
    const { reader } = await readAll(CSV);
    reader.close();
    let refusal: unknown;
    await reader.cellsOf([2]).catch((error: unknown) => (refusal = error));
    expect(String(refusal)).to.contain('closed');
  });

  it('stops reading when aborted', async () => {
    const abort = new AbortController();
    const reader = readRows(new File([CSV], 'contacts.csv'), [], { onRows: () => undefined, onProgress: () => undefined, signal: abort.signal });
    abort.abort(new Error('Stopped by the person'));
    let refusal: unknown;
    await reader.done.catch((error: unknown) => (refusal = error));
    expect(String(refusal)).to.contain('Stopped by the person');
  });
});
