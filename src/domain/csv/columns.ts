import { csvText } from './cells.js';

/**
 * The columns of the contacts CSV (template, import, export, ErrorDetail.csv).
 *
 * Columns A–Z are seed 002's Advanced form in its order: 26 of them, so the
 * "Error" column of ErrorDetail.csv lands in column AA as the seed says. VIP
 * (seed 004) comes after them, then one `Custom: <name>` column per custom
 * attribute; ErrorDetail.csv inserts "Error" at AA and shifts those right
 * (see `errorColumnIndex`).
 *
 * `field` is the contact's dotted path, which is also how validation names a
 * field, so a schema issue finds its column.
 */
export const CONTACT_CSV_COLUMNS = [
  { field: 'type', header: 'Type', aliases: ['Contact Type'], sample: 'Lead' },
  { field: 'level', header: 'Level', aliases: ['Contact Level'], sample: 'Primary' },
  { field: 'firstName', header: 'First Name', aliases: [], sample: 'John' },
  { field: 'lastName', header: 'Last Name', aliases: ['Surname'], sample: 'Smith' },
  { field: 'company', header: 'Company', aliases: [], sample: 'Acme Trading Ltd' },
  { field: 'jobTitle', header: 'Job Title', aliases: [], sample: 'Purchasing Manager' },
  { field: 'department', header: 'Department', aliases: [], sample: 'Purchasing' },
  { field: 'birthDate', header: 'Birth Date', aliases: ['Birthdate', 'Date of Birth'], sample: '12/14/1980' },
  { field: 'language', header: 'Language', aliases: [], sample: 'English' },
  { field: 'group', header: 'Group', aliases: [], sample: 'Trade Show 2024' },
  { field: 'phones.mobile', header: 'Mobile', aliases: ['Mobile Phone', 'Mobile Number'], sample: '+85212345678' },
  { field: 'phones.work', header: 'Work Phone', aliases: ['Work'], sample: '+85223456789' },
  { field: 'phones.home', header: 'Home Phone', aliases: ['Home'], sample: '' },
  { field: 'phones.other', header: 'Other Phone', aliases: ['Other'], sample: '' },
  { field: 'emails.primary', header: 'Email', aliases: ['Email Address', 'E-mail'], sample: 'john.smith@example.com' },
  { field: 'emails.other', header: 'Other Email', aliases: [], sample: '' },
  { field: 'address.street', header: 'Street', aliases: ['Address'], sample: '1 Queen’s Road Central' },
  { field: 'address.city', header: 'City', aliases: [], sample: 'Hong Kong' },
  { field: 'address.state', header: 'State', aliases: ['Province', 'Region'], sample: '' },
  { field: 'address.zip', header: 'ZIP Code', aliases: ['ZIP', 'Postal Code', 'Postcode'], sample: '' },
  { field: 'address.country', header: 'Country', aliases: [], sample: 'Hong Kong' },
  { field: 'social.facebook', header: 'Facebook', aliases: [], sample: '' },
  { field: 'social.whatsapp', header: 'WhatsApp', aliases: [], sample: '+85212345678' },
  { field: 'social.wechat', header: 'WeChat', aliases: [], sample: '' },
  { field: 'social.twitter', header: 'Twitter', aliases: [], sample: '' },
  { field: 'social.linkedin', header: 'LinkedIn', aliases: [], sample: '' },
  { field: 'vip', header: 'VIP', aliases: [], sample: 'No' },
] as const;

export type ContactCsvColumn = (typeof CONTACT_CSV_COLUMNS)[number];
export type ContactCsvField = ContactCsvColumn['field'];

/** Columns Contact.csv carries for reading only; the importer recognises and skips them. */
export const EXPORT_ONLY_COLUMNS = ['Validated', 'Dealership', 'Owner', 'Shared With', 'Created', 'Updated'] as const;

/** The ErrorDetail.csv column that says what is wrong with a row; the importer ignores it. */
export const ERROR_COLUMN = 'Error';

/** Seed 002: "check the error details in column AA" — the 27th column, index 26. */
export const ERROR_COLUMN_AA = 26;

export const CUSTOM_COLUMN_PREFIX = 'Custom: ';

/** The header of a custom attribute's column, e.g. `Custom: Loyalty Tier`. */
export function customColumnHeader(name: string): string {
  return `${CUSTOM_COLUMN_PREFIX}${name}`;
}

/** What one header cell of an uploaded file means. */
export type HeaderMatch =
  | { kind: 'field'; column: ContactCsvColumn }
  | { kind: 'custom'; name: string }
  | { kind: 'error' }
  | { kind: 'export-only' }
  | { kind: 'unknown' };

/** "Last Name", "last name", "LAST_NAME" and "lastName" all read as "lastname". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const byName = new Map<string, ContactCsvColumn>();
for (const column of CONTACT_CSV_COLUMNS) {
  const lastSegment = column.field.split('.').pop() ?? column.field;
  // "primary" alone says nothing; every other field's last segment is its own name.
  const names: string[] = [column.header, ...column.aliases, column.field];
  if (lastSegment !== 'primary') names.push(lastSegment);
  for (const name of names) {
    const key = normaliseHeader(name);
    if (!byName.has(key)) byName.set(key, column);
  }
}
const exportOnly = new Set<string>(EXPORT_ONLY_COLUMNS.map(normaliseHeader));
const customPrefix = /^\s*custom\s*:\s*/i;

/** Reads one header cell, matching names case- and space-insensitively. */
export function matchHeader(header: string): HeaderMatch {
  const custom = customPrefix.exec(header);
  if (custom) {
    const name = header.slice(custom[0].length).trim();
    return name ? { kind: 'custom', name } : { kind: 'unknown' };
  }
  const key = normaliseHeader(header);
  const column = byName.get(key);
  if (column) return { kind: 'field', column };
  if (key === normaliseHeader(ERROR_COLUMN)) return { kind: 'error' };
  if (exportOnly.has(key)) return { kind: 'export-only' };
  return { kind: 'unknown' };
}

/** The header row of the template and of Contact.csv (before custom and export-only columns). */
export function contactsCsvHeader(): string[] {
  return CONTACT_CSV_COLUMNS.map((column) => column.header);
}

/**
 * The CSV template Import Contact offers: the header row and one sample record,
 * which seed 002 tells people to remove before adding theirs.
 */
export function contactsCsvTemplate(): string {
  return csvText([contactsCsvHeader(), CONTACT_CSV_COLUMNS.map((column) => column.sample)]);
}
