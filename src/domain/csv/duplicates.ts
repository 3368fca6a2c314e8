import { fullName, type Contact, type ContactInput } from '../schemas/contact.js';

/** Who already holds an email or a phone number: a saved contact, or an earlier row of the same file. */
type Holder = { contact: Contact; rowNumber?: undefined } | { contact?: undefined; rowNumber: number };

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

function emailsOf(record: Reachable): string[] {
  const emails = record.emails ?? {};
  return [emails.primary, emails.other].filter((email): email is string => !!email).map((email) => email.trim().toLowerCase());
}

function phonesOf(record: Reachable): string[] {
  const phones = record.phones ?? {};
  return [phones.mobile, phones.work, phones.home, phones.other]
    .map((phone) => phone?.number)
    .filter((number): number is string => !!number);
}

/** Builds the index once from the existing contacts; each row then costs a few Map lookups. */
export function buildContactIndex(contacts: Iterable<Contact>): ContactMatchIndex {
  const index: ContactMatchIndex = { byEmail: new Map(), byPhone: new Map() };
  for (const contact of contacts) {
    for (const email of emailsOf(contact)) if (!index.byEmail.has(email)) index.byEmail.set(email, { contact });
    for (const phone of phonesOf(contact)) if (!index.byPhone.has(phone)) index.byPhone.set(phone, { contact });
  }
  return index;
}

/**
 * The existing contact (or earlier row) that `input` repeats by email
 * (case-insensitive) or by any phone number, so an import reports it instead of
 * doubling it. Email is checked first: it names one person more surely.
 */
export function findExistingMatch(input: Reachable, index: ContactMatchIndex): DuplicateMatch | undefined {
  for (const email of emailsOf(input)) {
    const holder = index.byEmail.get(email);
    if (holder) return describe('email', email, holder);
  }
  for (const phone of phonesOf(input)) {
    const holder = index.byPhone.get(phone);
    if (holder) return describe('phone', phone, holder);
  }
  return undefined;
}

/** Adds a row that will be imported, so a later row of the same file that repeats it is caught. */
export function rememberRow(input: Reachable, rowNumber: number, index: ContactMatchIndex): void {
  for (const email of emailsOf(input)) if (!index.byEmail.has(email)) index.byEmail.set(email, { rowNumber });
  for (const phone of phonesOf(input)) if (!index.byPhone.has(phone)) index.byPhone.set(phone, { rowNumber });
}

function describe(by: 'email' | 'phone', value: string, holder: Holder): DuplicateMatch {
  if (holder.contact) {
    const name = fullName(holder.contact);
    return { by, value, contact: holder.contact, message: `Matches existing contact ${name} by ${by} ${value}` };
  }
  return { by, value, rowNumber: holder.rowNumber, message: `Matches row ${holder.rowNumber} of this file by ${by} ${value}` };
}
