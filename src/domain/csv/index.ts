/**
 * CSV import and export of External Contacts (seed 002). Its own entry point:
 * the importer loads papaparse on first use, so nothing here should reach the
 * main `domain` index.
 */
export {
  CONTACT_CSV_COLUMNS,
  CUSTOM_COLUMN_PREFIX,
  ERROR_COLUMN,
  ERROR_COLUMN_AA,
  EXPORT_ONLY_COLUMNS,
  contactsCsvHeader,
  contactsCsvTemplate,
  customColumnHeader,
  matchHeader,
  type ContactCsvColumn,
  type ContactCsvField,
  type HeaderMatch,
} from './columns.js';
export { guardFormula, unguardFormula } from './cells.js';
export { CsvFileError, DEFAULT_MAX_BYTES, type CsvFileProblem } from './read-text.js';
export {
  DEFAULT_MAX_ROWS,
  parseContactsCsv,
  QUOTE_MESSAGE,
  type ContactCsvRow,
  type ParseContactsCsvOptions,
  type ParsedContactsCsv,
} from './import.js';
export { errorDetailCsv, type FailedCsvRow } from './error-file.js';
export { contactsCsvPieces, contactsToCsv, type ContactsCsvOptions } from './export.js';
export {
  buildContactIndex,
  findExistingMatch,
  repeatMessage,
  type ContactMatchIndex,
  type DuplicateMatch,
  type MatchableContact,
  type RowRepeat,
} from './duplicates.js';
