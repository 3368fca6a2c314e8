import { parseFast } from '../fast-parse.js';
import { e164, email as emailAddress } from '../schemas/common.js';
import { ContactInputSchema, fullName, type Contact, type ContactInput } from '../schemas/contact.js';
import { validate } from '../validation.js';
import { PHONE_KINDS } from '../values.js';

/**
 * Who already holds an email or a phone number: a saved contact, or an earlier
 * row of the same file. A row read without checking its contact (see
 * `checkContacts`) keeps it, to be checked if a later row meets it.
 */
type Holder =
  | { contact: Contact; rowNumber?: undefined }
  | { contact?: undefined; rowNumber: number; valid?: boolean; input?: Reachable };

/** Emails (lower-cased) and E.164 numbers of the contacts already there, for Map lookups. */
export type ContactMatchIndex = { byEmail: Map<string, Holder>; byPhone: Map<string, Holder> };

export type DuplicateMatch = {
  by: 'email' | 'phone';
  /** The email or number both share. */
  value: string;
  /** The saved contact it matches, when it matches one. */
  contact?: Contact;
  /** The earlier row of the same file it matches, when it matches one. */
  rowNumber?: number;
  message: string;
};

type Reachable = Pick<ContactInput, 'emails' | 'phones'>;

// Plain loops over the two emails and four phones: this runs once per imported row.
function forEachEmail(record: Reachable, visit: (email: string) => boolean | void): void {
  const emails = record.emails;
  if (!emails) return;
  if (emails.primary && visit(emails.primary.trim().toLowerCase())) return;
  if (emails.other) visit(emails.other.trim().toLowerCase());
}

function forEachPhone(record: Reachable, visit: (number: string) => boolean | void): void {
  const phones = record.phones;
  if (!phones) return;
  for (const kind of PHONE_KINDS) {
    const number = phones[kind]?.number;
    if (number && visit(number)) return;
  }
}

/** Builds the index once from the existing contacts; each row then costs a few Map lookups. */
export function buildContactIndex(contacts: Iterable<Contact>): ContactMatchIndex {
  const index: ContactMatchIndex = { byEmail: new Map(), byPhone: new Map() };
  for (const contact of contacts) remember(index, contact, { contact });
  return index;
}

function remember(index: ContactMatchIndex, record: Reachable, holder: Holder): void {
  forEachEmail(record, (email) => hold(index.byEmail, emailAddress, email, holder));
  forEachPhone(record, (phone) => hold(index.byPhone, e164, phone, holder));
}

/** Puts `holder` under `value`, unless one there before still holds it. */
function hold(held: Map<string, Holder>, schema: ValueSchema, value: string, holder: Holder): void {
  const earlier = held.get(value);
  if (earlier === undefined || (storable(schema, value) && !stands(earlier))) held.set(value, holder);
}

/**
 * Whether a contact can be stored with this email or number, asked only when
 * two rows share one. One that cannot (a mobile of "12345", an email of "n/a",
 * often the same on many rows) stands for no stored contact, so it matches
 * nothing; and asking it before `stands` spares a whole failed parse of the
 * earlier row's contact. (For these two plain patterns, the fast parse declines
 * exactly the values zod refuses.) Asked of every row instead, it cost a sixth
 * of the duplicate check.
 */
function storable(schema: ValueSchema, value: string): boolean {
  return parseFast(schema, value) !== undefined;
}
type ValueSchema = typeof e164 | typeof emailAddress;

/**
 * Whether a holder still holds its email or number: a saved contact always; an
 * earlier row only if its contact will be stored. A row that will be refused
 * must not block a later one (seed 002: a failed row never blocks a valid
 * one). Checked once, and only for a row a later one meets.
 */
function stands(holder: Holder | undefined): holder is Holder {
  if (!holder) return false;
  if (holder.contact) return true;
  if (holder.valid === undefined) {
    holder.valid = validate(ContactInputSchema, holder.input).ok;
    holder.input = undefined;
  }
  return holder.valid;
}

/**
 * The existing contact (or earlier row) that `input` repeats by email
 * (case-insensitive) or by any phone number, so an import reports it instead of
 * doubling it. Email is checked first: it names one person more surely.
 */
export function findExistingMatch(input: Reachable, index: ContactMatchIndex): DuplicateMatch | undefined {
  let match: DuplicateMatch | undefined;
  forEachEmail(input, (email) => {
    const holder = index.byEmail.get(email);
    if (holder && storable(emailAddress, email) && stands(holder)) match = describe('email', email, holder);
    return !!match;
  });
  if (match) return match;
  forEachPhone(input, (phone) => {
    const holder = index.byPhone.get(phone);
    if (holder && storable(e164, phone) && stands(holder)) match = describe('phone', phone, holder);
    return !!match;
  });
  return match;
}

/**
 * Adds a row that is to be imported, so a later row of the same file that
 * repeats it is caught. `checked` says its contact already passed the schema.
 */
export function rememberRow(input: Reachable, rowNumber: number, index: ContactMatchIndex, checked = true): void {
  remember(index, input, checked ? { rowNumber, valid: true } : { rowNumber, input });
}

function describe(by: 'email' | 'phone', value: string, holder: Holder): DuplicateMatch {
  if (holder.contact) {
    const name = fullName(holder.contact);
    return { by, value, contact: holder.contact, message: `Matches existing contact ${name} by ${by} ${value}` };
  }
  return { by, value, rowNumber: holder.rowNumber, message: `Matches row ${holder.rowNumber} of this file by ${by} ${value}` };
}
