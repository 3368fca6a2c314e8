import { countryCodeFromName } from '../countries.js';
import { ContactInputSchema, type ContactInput } from '../schemas/contact.js';
import { validate } from '../validation.js';
import { unguardFormula } from './cells.js';
import { customColumnHeader, CONTACT_CSV_COLUMNS, type ContactCsvField, type HeaderMatch } from './columns.js';
import { compactPhone, readContactLevel, readContactType, readLanguage, readUsDate, readYesNo } from './formats.js';

/** What one row of cells says: the contact it describes, or every problem with it. */
export type ContactRowReading = { input?: ContactInput; errors: string[] };

/** The contact as read so far; groups appear only when a cell fills them (the schema's defaults are cheaper). */
type Draft = Record<string, unknown>;

function group(draft: Draft, name: string): Record<string, unknown> {
  return ((draft[name] as Record<string, unknown> | undefined) ??= {});
}

const headerByField = new Map<string, string>(CONTACT_CSV_COLUMNS.map((column) => [column.field, column.header]));

/**
 * Reads one row into a ContactInput with seed 002's rules, then validates it
 * with the contact schema, so most messages are the domain's own (unless
 * `checked` is false: see `ParseContactsCsvOptions.checkContacts`). The CSV has
 * its own forms for dates, countries and yes/no; those messages are written
 * here because they must name the form the file uses (MM/DD/YYYY, a country
 * name), not the stored one (YYYY-MM-DD, an ISO code).
 */
export function readContactRow(
  cells: readonly string[],
  layout: readonly HeaderMatch[],
  { checked = true }: { checked?: boolean } = {},
): ContactRowReading {
  const draft: Draft = {};
  const errors: string[] = [];
  for (let index = 0; index < layout.length; index += 1) {
    const match = layout[index];
    if (match.kind !== 'field' && match.kind !== 'custom') continue;
    const cell = cells[index];
    if (!cell) continue;
    const text = unguardFormula(cell).trim();
    if (text === '') continue;
    if (match.kind === 'custom') group(draft, 'customAttributes')[match.name] = text;
    else {
      const problem = setField(draft, match.column.field, text);
      if (problem) errors.push(`${match.column.header}: ${problem}`);
    }
  }
  // Unchecked, a row the file's own forms accept goes on as read; the adapter storing it checks it.
  if (!checked && errors.length === 0) return { input: draft as ContactInput, errors };
  const result = validate(ContactInputSchema, draft);
  if (result.ok && errors.length === 0) return { input: result.value, errors };
  if (!result.ok) for (const issue of result.issues) errors.push(columnMessage(issue.field, issue.message));
  return { errors };
}

/** Puts one cell's text where the contact keeps it; gives a message when the form is wrong. */
function setField(draft: Draft, field: ContactCsvField, text: string): string | undefined {
  switch (field) {
    case 'type':
      draft.type = readContactType(text) ?? text;
      return undefined;
    case 'level':
      draft.level = readContactLevel(text) ?? text;
      return undefined;
    case 'language':
      draft.language = readLanguage(text) ?? text;
      return undefined;
    case 'birthDate': {
      const isoDate = readUsDate(text);
      if (!isoDate) return `Must be a real date in MM/DD/YYYY form (e.g. 12/14/1980), not "${text}"`;
      draft.birthDate = isoDate;
      return undefined;
    }
    case 'address.country': {
      const code = countryCode(text);
      if (!code) return `"${text}" is not a country name from the ISO 3166 list`;
      group(draft, 'address').country = code;
      return undefined;
    }
    case 'vip': {
      const vip = readYesNo(text);
      if (vip === undefined) return `Must be Yes or No, not "${text}"`;
      draft.vip = vip;
      return undefined;
    }
    case 'phones.mobile':
    case 'phones.work':
    case 'phones.home':
    case 'phones.other':
      group(draft, 'phones')[field.slice('phones.'.length)] = { number: compactPhone(text) };
      return undefined;
    default: {
      const dot = field.indexOf('.');
      if (dot === -1) draft[field] = text;
      else group(draft, field.slice(0, dot))[field.slice(dot + 1)] = text;
      return undefined;
    }
  }
}

// A file names the same few countries again and again; reading a name is the costly part.
const countryCodes = new Map<string, string | undefined>();
function countryCode(name: string): string | undefined {
  if (countryCodes.has(name)) return countryCodes.get(name);
  const code = countryCodeFromName(name);
  if (countryCodes.size < 2000) countryCodes.set(name, code);
  return code;
}

/**
 * A problem with a contact's field as the import tells it, under the column's
 * header: "phones.mobile.number" + message → "Mobile: message". A message that
 * names its column stays as it is; a field with no column keeps its own name.
 */
export function columnMessage(field: string, message: string): string {
  const header = columnHeaderOf(field);
  if (!header) return field === '(input)' ? message : `${field}: ${message}`;
  return message.startsWith(header) ? message : `${header}: ${message}`;
}

function columnHeaderOf(field: string): string | undefined {
  if (field.startsWith('customAttributes.')) return customColumnHeader(field.slice('customAttributes.'.length));
  const parts = field.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const header = headerByField.get(parts.slice(0, length).join('.'));
    if (header) return header;
  }
  return undefined;
}
