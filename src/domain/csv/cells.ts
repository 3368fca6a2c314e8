/**
 * Writing CSV cells safely, and undoing exactly what writing added.
 *
 * We write CSV with this small quoting function rather than papaparse's
 * `unparse`: export and ErrorDetail.csv then need no 7 KB dynamic import just to
 * join strings, and papaparse's `escapeFormulae` guards only the start of a
 * cell, while a spreadsheet also evaluates a line of a multi-line cell.
 */

/**
 * A spreadsheet runs a cell that starts with one of these as a formula
 * (OWASP "CSV injection"). Apostrophes already in front are counted in, so a
 * value that really starts with `'=` keeps its apostrophe through a round trip.
 */
const unsafeLineStart = /(^|\r\n|\n|\r)('*[=+\-@\t\r])/g;
const guardedLineStart = /(^|\r\n|\n|\r)'('*[=+\-@\t\r])/g;

/** Puts a `'` before every line of the cell that a spreadsheet would run as a formula. */
export function guardFormula(value: string): string {
  if (isMultiLine(value)) return value.replace(unsafeLineStart, "$1'$2");
  // One line is run only from its start: read without the pattern, as an export writes millions of cells.
  return runsFrom(value, 0) ? `'${value}` : value;
}

function isMultiLine(value: string): boolean {
  return value.includes('\n') || value.includes('\r');
}

/** Removes exactly the guard `guardFormula` adds, so `'+14155550100` reads back as `+14155550100`. */
export function unguardFormula(value: string): string {
  if (!value.includes("'")) return value;
  if (isMultiLine(value)) return value.replace(guardedLineStart, '$1$2');
  // One line can be guarded only at its start. Read without the pattern: every phone
  // number of an exported file is guarded, and a replace per cell was a tenth of reading one.
  return value.charCodeAt(0) === APOSTROPHE && runsFrom(value, 1) ? value.slice(1) : value;
}

/** Whether a one-line `value`, read from `at` on past any apostrophes, starts as a formula does. */
function runsFrom(value: string, at: number): boolean {
  while (value.charCodeAt(at) === APOSTROPHE) at += 1;
  return at < value.length && FORMULA_STARTS.includes(value.charAt(at));
}
const APOSTROPHE = 0x27;
/** What `unsafeLineStart` looks for after the apostrophes, a line break aside. */
const FORMULA_STARTS = '=+-@\t';

/** One cell, quoted when it holds the delimiter, a quote, a line break or edge spaces (RFC 4180). */
export function csvCell(value: string, delimiter = ','): string {
  if (value === '') return value;
  const safe = guardFormula(value);
  const needsQuotes = safe.includes('"') || safe.includes(delimiter) || isMultiLine(safe) ||
    isSpaceAt(safe, 0) || isSpaceAt(safe, safe.length - 1);
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Whether the character at `at` is one `\s` matches, read without a pattern when it is ASCII. */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(text.charAt(at));
}
const SPACE = /^\s$/;

/**
 * Whole CSV text: a BOM, so that Excel reads UTF-8 names such as "José" right,
 * and CRLF line ends, as RFC 4180 and Excel expect.
 */
export function csvText(rows: readonly (readonly string[])[], delimiter = ','): string {
  return `\uFEFF${csvLines(rows, delimiter)}`;
}

/** Rows as CSV lines, each ended with CRLF: `csvText` without its BOM, for a text written in pieces. */
export function csvLines(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((row) => `${row.map((cell) => csvCell(cell, delimiter)).join(delimiter)}\r\n`).join('');
}
