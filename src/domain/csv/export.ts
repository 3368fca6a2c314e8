import { countryName } from '../countries.js';
import type { Contact } from '../schemas/contact.js';
import { csvText } from './cells.js';
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
  const customNames = [...new Set(contacts.flatMap((contact) => Object.keys(contact.customAttributes)))].sort(
    (a, b) => a.localeCompare(b, 'en'),
  );
  const staffName = staffNameReader(options.staffNames);
  const header = [
    ...CONTACT_CSV_COLUMNS.map((column) => column.header),
    ...customNames.map(customColumnHeader),
    ...EXPORT_ONLY_COLUMNS,
  ];
  const rows = contacts.map((contact) => [
    ...CONTACT_CSV_COLUMNS.map((column) => fieldText(contact, column.field)),
    ...customNames.map((name) => contact.customAttributes[name] ?? ''),
    writeYesNo(contact.validated),
    writeYesNo(contact.dealership),
    staffName(contact.ownerId),
    contact.sharedWith.map(staffName).join('; '),
    contact.createdAt,
    contact.updatedAt,
  ]);
  return csvText([header, ...rows]);
}

function fieldText(contact: Contact, field: ContactCsvField): string {
  switch (field) {
    case 'type':
      return TYPE_WORDS[contact.type];
    case 'level':
      return LEVEL_WORDS[contact.level];
    case 'birthDate':
      return contact.birthDate ? writeUsDate(contact.birthDate) : '';
    case 'language':
      return contact.language ? (LANGUAGE_NAMES[contact.language as keyof typeof LANGUAGE_NAMES] ?? contact.language) : '';
    case 'address.country':
      return contact.address.country ? countryName(contact.address.country, 'en') : '';
    case 'vip':
      return writeYesNo(contact.vip);
    case 'phones.mobile':
    case 'phones.work':
    case 'phones.home':
    case 'phones.other':
      return contact.phones[field.slice('phones.'.length) as keyof Contact['phones']]?.number ?? '';
    default: {
      const [group, key] = field.split('.');
      const value = key === undefined ? contact[group as keyof Contact] : (contact[group as keyof Contact] as Record<string, unknown>)[key];
      return typeof value === 'string' ? value : '';
    }
  }
}

function staffNameReader(names: ContactsCsvOptions['staffNames']): (id: string) => string {
  if (!names) return (id) => id;
  if (names instanceof Map) return (id) => names.get(id) ?? id;
  const record = names as Readonly<Record<string, string>>;
  return (id) => (Object.hasOwn(record, id) ? record[id] : id);
}
