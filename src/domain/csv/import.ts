import type { ContactInput } from '../schemas/contact.js';
import { matchHeader, type HeaderMatch } from './columns.js';
import { readContactRow } from './contact-row.js';
import { countLines, detectDelimiter, RecordSpans, sliceEnd, trimRecordEnd } from './csv-text.js';
import { buildContactIndex, checkRowDuplicates, type MatchableContact, type RowRepeat } from './duplicates.js';
import { CsvFileError, DEFAULT_MAX_BYTES, readCsvText } from './read-text.js';
import { yieldToEventLoop } from './yield.js';

/** One record of the file, numbered as a spreadsheet shows it (the header is row 1). */
export type ContactCsvRow = {
  rowNumber: number;
  /** The cells exactly as given, for ErrorDetail.csv. */
  raw: string[];
  /** Present when the row is valid and will be imported (unless unchecked: see `checkContacts`). */
  input?: ContactInput;
  /** Every problem with the row; empty when it is valid. */
  errors: string[];
  /**
   * Read unchecked, the earlier rows (also unchecked) this one shares an email
   * or number with: it is the first stored one's duplicate (`repeatMessage`).
   */
  repeats?: RowRepeat[];
};

export type ParsedContactsCsv = {
  header: string[];
  rows: ContactCsvRow[];
  delimiter: string;
  /** Headers that name no importable field, so a person can be told they were skipped. */
  ignoredColumns: string[];
  /**
   * The cells of these rows, read again from the file: a caller that passed
   * rows on without their cells (a worker sends only a contact) asks for the
   * few it needs later, for ErrorDetail.csv. No cells for a number that is no
   * row of the file, or a row whose cells came with its error.
   */
  cellsOfRows(rowNumbers: readonly number[]): string[][];
};

export type ParseContactsCsvOptions = {
  /** Called with 0–1 as the file is read, and with 1 at the end. */
  onProgress?: (fraction: number) => void;
  /** Default 20 MB. */
  maxBytes?: number;
  /** Default 200,000 records. */
  maxRows?: number;
  /** Rows repeating one of these by email or phone are failed as duplicates. */
  existingContacts?: Iterable<MatchableContact>;
  signal?: AbortSignal;
  /**
   * Takes the rows in batches as they are read, instead of in the result
   * (whose `rows` is then empty), so a caller can pass them on while reading
   * goes on. Batches start only once the file is known to hold no more than
   * `maxRows` records; a file refused as too long delivers none.
   */
  onRows?: (rows: ContactCsvRow[]) => void;
  /**
   * Default true: each row's contact is checked against the contact schema
   * here. False leaves that to the adapter that stores the rows, which checks
   * every contact it is given anyway: a row then fails here only for what the
   * file itself gets wrong (a date or country in the wrong form, a duplicate,
   * misread cells), carries its contact as read, and the caller tells the
   * adapter's reasons for the rest with `columnMessage`. A row repeating an
   * earlier row then cannot be told here either (that depends on whether the
   * earlier one is stored): it names the rows in `repeats`. Checking once
   * instead of twice is a large part of importing 100,000 rows.
   */
  checkContacts?: boolean;
};

export const DEFAULT_MAX_ROWS = 200_000;

/** Parsing takes the text in slices this long, and yields whenever a time slice is used up. */
const SLICE_CHARS = 256 * 1024;
const TIME_SLICE_MS = 30;
/** Reading the clock costs more than a short row: look at it every so many rows. */
const CLOCK_CHECK_ROWS = 256;
/** The first rows go out as soon as there are this many: whoever stores them is waiting, not busy. */
const FIRST_BATCH_ROWS = 100;
/** No real contact row is this long: a quote left open has swallowed the file. */
const MAX_RECORD_CHARS = 1024 * 1024;
export const QUOTE_MESSAGE =
  'Quotes do not match: a cell that starts with " must end with ", and a " inside it must be written as ""';

type PapaModule = typeof import('papaparse');

/**
 * Reads a contacts CSV with seed 002's rules. A bad row is that row's error and
 * never the file's; the whole file is refused (CsvFileError) only when it is
 * empty, not text, too large, or has no Last Name column.
 *
 * Runs on the main thread in slices, yielding between them, so 100,000 rows
 * never block input. papaparse's worker mode needs the script's own URL, which
 * a bundled, dynamically imported module does not have.
 */
export async function parseContactsCsv(
  source: string | Blob,
  options: ParseContactsCsvOptions = {},
): Promise<ParsedContactsCsv> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const text = await readCsvText(source, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const papa = await loadPapa();
  const newline = text.includes('\n') ? '\n' : '\r';
  const headerStart = /^\s*/.exec(text)![0].lastIndexOf(newline) + 1;
  const headerEndAt = text.indexOf(newline, headerStart);
  const headerEnd = headerEndAt === -1 ? text.length : headerEndAt;
  const headerLine = text.slice(headerStart, headerEnd).replace(/\r$/, '');
  const delimiter = detectDelimiter(headerLine);
  const header = papa.parse<string[]>(headerLine, { delimiter, newline }).data[0] ?? [];
  const layout = readLayout(header);

  const index = buildContactIndex(options.existingContacts ?? []);
  let rows: ContactCsvRow[] = [];
  let taken = 0;
  let recordNumber = 1;
  const onRows = options.onRows;
  // Every record ends a line, so fewer lines than the limit means the limit cannot be reached.
  const streaming = onRows !== undefined && countLines(text, newline, maxRows + 2) <= maxRows + 1;
  const flush = () => {
    if (!onRows || rows.length === 0) return;
    onRows(rows);
    rows = [];
  };

  const spans = new RecordSpans();

  const takeRecord = (cells: string[], problem?: string, start = -1, end = -1) => {
    recordNumber += 1;
    trimRecordEnd(cells, newline);
    const isRow = !cells.every((cell) => cell.trim() === '');
    spans.add(isRow ? start : -1, end);
    if (!isRow) return;
    if (taken >= maxRows) {
      throw new CsvFileError(
        'too-many-rows',
        `The file has more than ${maxRows.toLocaleString('en')} records; split it into smaller files.`,
      );
    }
    taken += 1;
    rows.push(
      problem
        ? { rowNumber: recordNumber, raw: cells, errors: [problem] }
        : readRecord(cells, recordNumber, header.length, layout.matches, index, options.checkContacts ?? true),
    );
    if (streaming && taken === FIRST_BATCH_ROWS) flush();
  };

  let position = headerEnd + newline.length;
  let sliceChars = SLICE_CHARS;
  let sliceStartedAt = performance.now();
  while (position < text.length) {
    options.signal?.throwIfAborted();
    const end = sliceEnd(text, position + sliceChars, newline);
    const last = end >= text.length;
    let recordStart = position;
    let badQuotesAt: number | undefined;
    let outOfTime = false;
    let sinceClockCheck = 0;
    const parser: InstanceType<PapaModule['Parser']> = new papa.Parser({
      delimiter,
      newline,
      quoteChar: '"',
      step: (result: { data: string[][]; errors: unknown[]; meta: { cursor: number } }) => {
        if (result.errors.length > 0) {
          badQuotesAt = recordStart;
          parser.abort();
          return;
        }
        takeRecord(result.data[0], undefined, recordStart, result.meta.cursor);
        recordStart = result.meta.cursor;
        // The clock, not the slice size, ends a task: a busy or slow machine still gets its turns.
        sinceClockCheck += 1;
        if (sinceClockCheck === CLOCK_CHECK_ROWS) {
          sinceClockCheck = 0;
          if (performance.now() - sliceStartedAt > TIME_SLICE_MS) {
            outOfTime = true;
            parser.abort();
          }
        }
      },
    });
    parser.parse(text.slice(position, end), position, !last);
    if (badQuotesAt !== undefined) {
      position = skipBadRecord(text, badQuotesAt, newline, delimiter, takeRecord);
    } else if (outOfTime) {
      position = recordStart;
    } else if (last) {
      position = text.length;
    } else if (recordStart > position) {
      position = recordStart;
      sliceChars = SLICE_CHARS;
    } else if (end - position < MAX_RECORD_CHARS) {
      sliceChars *= 2; // one record (quoted line breaks) runs past the slice: take a longer one
    } else {
      position = skipBadRecord(text, position, newline, delimiter, takeRecord);
    }
    if (performance.now() - sliceStartedAt > TIME_SLICE_MS) {
      if (streaming) flush();
      options.onProgress?.(position / text.length);
      await yieldToEventLoop();
      sliceStartedAt = performance.now();
    }
  }
  if (taken === 0) {
    throw new CsvFileError('no-records', 'The file has a header row but no contacts below it.');
  }
  flush();
  options.onProgress?.(1);
  const parseRecords = (records: string) => papa.parse<string[]>(records, { delimiter, newline, quoteChar: '"' }).data;
  const cellsOfRows = (rowNumbers: readonly number[]) => {
    const texts = rowNumbers.map((rowNumber) => spans.textOf(text, rowNumber));
    const found = texts.filter((recordText) => recordText !== undefined);
    // Each is a whole record, so read together they are the same records: one parse, where a
    // parser per record took 60 ms for a 100,000-row file's few thousand refused rows.
    let records = parseRecords(found.map((recordText) => (recordText.endsWith(newline) ? recordText : recordText + newline)).join(''));
    if (records.length < found.length) records = found.map((recordText) => parseRecords(recordText)[0] ?? []);
    let next = 0;
    return texts.map((recordText) => {
      if (recordText === undefined) return [];
      const cells = records[next++]!;
      trimRecordEnd(cells, newline);
      return cells;
    });
  };
  return { header, rows, delimiter, ignoredColumns: layout.ignored, cellsOfRows };
}

async function loadPapa(): Promise<PapaModule> {
  const module = (await import('papaparse')) as PapaModule & { default?: PapaModule };
  return module.default ?? module;
}

/** What each column of this file means; a field named twice is read from its first column only. */
function readLayout(header: readonly string[]): { matches: HeaderMatch[]; ignored: string[] } {
  const seen = new Set<string>();
  const ignored: string[] = [];
  const matches = header.map((cell): HeaderMatch => {
    const match = matchHeader(cell);
    const key = match.kind === 'field' ? match.column.field : match.kind === 'custom' ? `custom:${match.name}` : '';
    if (key && seen.has(key)) {
      ignored.push(cell);
      return { kind: 'unknown' };
    }
    if (key) seen.add(key);
    if (match.kind === 'unknown' && cell.trim() !== '') ignored.push(cell);
    return match;
  });
  if (!seen.has('lastName')) {
    throw new CsvFileError(
      'no-last-name',
      'The file has no Last Name column. Use the header row of the CSV template (Last Name is mandatory).',
    );
  }
  return { matches, ignored };
}

function readRecord(
  cells: string[],
  rowNumber: number,
  columns: number,
  layout: readonly HeaderMatch[],
  index: ReturnType<typeof buildContactIndex>,
  checked: boolean,
): ContactCsvRow {
  // Strict: an unquoted comma shifts every cell after it, so any other count means misread cells.
  if (cells.length !== columns) {
    const error = `The row has ${cells.length} cells but the header has ${columns} columns`;
    return { rowNumber, raw: cells, errors: [error] };
  }
  const reading = readContactRow(cells, layout, { checked });
  if (!reading.input) return { rowNumber, raw: cells, errors: reading.errors };
  const { match, repeats } = checkRowDuplicates(reading.input, rowNumber, index, checked);
  if (match) return { rowNumber, raw: cells, errors: [match.message] };
  const row: ContactCsvRow = { rowNumber, raw: cells, input: reading.input, errors: [] };
  if (repeats) row.repeats = repeats;
  return row;
}

/**
 * A record whose quotes do not match would swallow the rest of the file, so it
 * ends at its own line: its cells are that line, and reading goes on after it.
 */
function skipBadRecord(
  text: string,
  start: number,
  newline: string,
  delimiter: string,
  takeRecord: (cells: string[], problem: string) => void,
): number {
  const lineEnd = text.indexOf(newline, start);
  const end = lineEnd === -1 ? text.length : lineEnd;
  takeRecord(text.slice(start, end).split(delimiter), QUOTE_MESSAGE);
  return lineEnd === -1 ? text.length : lineEnd + newline.length;
}
