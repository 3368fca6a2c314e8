import { countryName } from '../countries.js';
import type { Contact } from '../schemas/contact.js';
import { csvLines } from './cells.js';
import { CONTACT_CSV_COLUMNS, customColumnHeader, EXPORT_ONLY_COLUMNS, type ContactCsvField } from './columns.js';
import { LANGUAGE_NAMES, LEVEL_WORDS, TYPE_WORDS, writeUsDate, writeYesNo } from './formats.js';

export type ContactsCsvOptions = {
  /** Staff names by id, for the Owner and Shared With columns; ids are written when a name is missing. */
  staffNames?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
};

/**
 * Contact.csv (seed 002's Download Contact): every contact with the importer's
 * own headers and words (dates as MM/DD/YYYY, language and country by name,
 * Lead/Primary), so the file imports back unchanged. Custom attributes get a
 * `Custom: <name>` column each; Validated, Dealership, Owner, Shared With,
 * Created and Updated follow for reading and are skipped on import. Phone
 * flags (textable, landline, DNC) and CRM bookkeeping stay out: they are the
 * system's findings about a number, not something a spreadsheet should set.
 *
 * Every cell is guarded against formula injection (see `guardFormula`).
 */
export function contactsToCsv(contacts: readonly Contact[], options: ContactsCsvOptions = {}): string {
  return [...contactsCsvPieces(contacts, options)].join('');
}

/**
 * `contactsToCsv`'s text in pieces of at most `rowsPerPiece` rows (the first
 * with the header), for a caller that lets the page breathe between them:
 * 100,000 contacts take over a second to write.
 */
export function* contactsCsvPieces(
  contacts: readonly Contact[],
  options: ContactsCsvOptions = {},
  rowsPerPiece = 2_000,
): Generator<string, void, undefined> {
  const names = new Set<string>();
  for (const contact of contacts) for (const name in contact.customAttributes) names.add(name);
  const customNames = [...names].sort((a, b) => a.localeCompare(b, 'en'));
  const staffName = staffNameReader(options.staffNames);
  const header = [
    ...CONTACT_CSV_COLUMNS.map((column) => column.header),
    ...customNames.map(customColumnHeader),
    ...EXPORT_ONLY_COLUMNS,
  ];
  const readers = CONTACT_CSV_COLUMNS.map((column) => fieldReader(column.field));
  const rowOf = (contact: Contact) => [
    ...readers.map((read) => read(contact)),
    ...customNames.map((name) => contact.customAttributes[name] ?? ''),
    writeYesNo(contact.validated),
    writeYesNo(contact.dealership),
    staffName(contact.ownerId),
    contact.sharedWith.map(staffName).join('; '),
    contact.createdAt,
    contact.updatedAt,
  ];
  // csvText's BOM and line ends, written piece by piece.
  let piece = csvLines([header]);
  for (let start = 0; start < contacts.length; start += rowsPerPiece) {
    piece += csvLines(contacts.slice(start, start + rowsPerPiece).map(rowOf));
    yield start === 0 ? `\uFEFF${piece}` : piece;
    piece = '';
  }
  if (contacts.length === 0) yield `\uFEFF${piece}`;
}

/** How one column's cell is read from a contact, worked out once per column rather than once per cell. */
function fieldReader(field: ContactCsvField): (contact: Contact) => string {
  switch (field) {
    case 'type':
      return (contact) => TYPE_WORDS[contact.type];
    case 'level':
      return (contact) => LEVEL_WORDS[contact.level];
    case 'birthDate':
      return (contact) => (contact.birthDate ? writeUsDate(contact.birthDate) : '');
    case 'language':
      return (contact) =>
        contact.language ? (LANGUAGE_NAMES[contact.language as keyof typeof LANGUAGE_NAMES] ?? contact.language) : '';
    case 'address.country':
      return (contact) => (contact.address.country ? countryName(contact.address.country, 'en') : '');
    case 'vip':
      return (contact) => writeYesNo(contact.vip);
    case 'phones.mobile':
    case 'phones.work':
    case 'phones.home':
    case 'phones.other': {
      const kind = field.slice('phones.'.length) as keyof Contact['phones'];
      return (contact) => contact.phones[kind]?.number ?? '';
    }
    default: {
      const [group, key] = field.split('.') as [keyof Contact, string | undefined];
      return (contact) => {
        const value = key === undefined ? contact[group] : (contact[group] as Record<string, unknown>)[key];
        return typeof value === 'string' ? value : '';
      };
    }
  }
}

function staffNameReader(names: ContactsCsvOptions['staffNames']): (id: string) => string {
  if (!names) return (id) => id;
  if (names instanceof Map) return (id) => names.get(id) ?? id;
  const record = names as Readonly<Record<string, string>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : id);
}
