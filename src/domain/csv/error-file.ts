import { csvText, unguardFormula } from './cells.js';
import { ERROR_COLUMN, ERROR_COLUMN_AA, matchHeader } from './columns.js';

export type FailedCsvRow = { raw: readonly string[]; errors: readonly string[] };

/**
 * ErrorDetail.csv (seed 002): the header and the failed rows exactly as they
 * were uploaded, plus an "Error" column saying everything wrong with each row.
 *
 * "Error" goes in column AA, as the seed tells people to look there: with the
 * template's 26 seed columns it simply follows them, and VIP or custom columns
 * move one to the right. A file with fewer columns gets it last. A re-uploaded
 * ErrorDetail.csv keeps its Error column, rewritten. The importer ignores the
 * column, so fixing the cells and uploading the file imports just these rows.
 *
 * Cells are written as the importer read them: a cell that was already guarded
 * against formulas keeps its one guard, and a dangerous one gains it.
 */
export function errorDetailCsv(
  header: readonly string[],
  failedRows: readonly FailedCsvRow[],
  options: { delimiter?: string } = {},
): string {
  const existing = header.findIndex((cell) => matchHeader(cell).kind === 'error');
  const errorIndex = existing !== -1 ? existing : Math.min(ERROR_COLUMN_AA, header.length);
  const withError = (cells: readonly string[], error: string): string[] => {
    const row = cells.map(unguardFormula);
    while (row.length < errorIndex) row.push('');
    if (existing !== -1) row[errorIndex] = error;
    else row.splice(errorIndex, 0, error);
    return row;
  };
  const rows = [withError(header, ERROR_COLUMN), ...failedRows.map((row) => withError(row.raw, row.errors.join('; ')))];
  return csvText(rows, options.delimiter);
}
