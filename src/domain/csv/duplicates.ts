import { parseFast } from '../fast-parse.js';
import { e164, email as emailAddress } from '../schemas/common.js';
import { fullName, type Contact, type ContactInput } from '../schemas/contact.js';
import { PHONE_KINDS } from '../values.js';

/**
 * Who already holds an email or a phone number: a saved contact, a row whose
 * contact passed the schema (it will be stored), or the rows read without
 * checking their contacts (see `checkContacts`) that share it, in file order,
 * as one number or a list. Of those, at most one will be stored: each later
 * one repeats it if it is, which whoever stores them judges. (Rows used to keep
 * their contacts here, to be checked when a later row met them: that held every
 * contact of a 100,000-row file in the worker until the end.)
 */
type Holder = { contact: MatchableContact } | { rowNumber: number } | number | number[];

/** What a contact already there is matched by, and named by in the message. */
export type MatchableContact = Pick<Contact, 'id' | 'firstName' | 'lastName' | 'emails' | 'phones'>;

type By = 'email' | 'phone';

/** Emails (lower-cased) and E.164 numbers of the contacts already there, for Map lookups. */
export type ContactMatchIndex = { byEmail: Map<string, Holder>; byPhone: Map<string, Holder> };

export type DuplicateMatch = {
  by: By;
  /** The email or number both share. */
  value: string;
  /** The saved contact it matches, when it matches one. */
  contact?: MatchableContact;
  /** The earlier row of the same file it matches, when it matches one. */
  rowNumber?: number;
  message: string;
};

/**
 * An earlier row read unchecked that a row shares an email or number with:
 * the row is that one's duplicate if that one is stored, which only whoever
 * stores them learns (`repeatMessage` says so).
 */
export type RowRepeat = { rowNumber: number; by: By; value: string };

type Reachable = Pick<ContactInput, 'emails' | 'phones'>;

// A row's emails (lower-cased) then numbers, gathered into lists kept from row to
// row: this runs for every row of a 100,000-row file.
const rowValues: string[] = [];
const rowKinds: By[] = [];

function gather(record: Reachable): number {
  let count = 0;
  const { emails, phones } = record;
  if (emails?.primary) count = put(count, 'email', emails.primary.trim().toLowerCase());
  if (emails?.other) count = put(count, 'email', emails.other.trim().toLowerCase());
  for (const kind of phones ? PHONE_KINDS : []) {
    const number = phones![kind]?.number;
    if (number) count = put(count, 'phone', number);
  }
  return count;
}

function put(count: number, by: By, value: string): number {
  rowKinds[count] = by;
  rowValues[count] = value;
  return count + 1;
}

/** Builds the index once from the existing contacts; each row then costs a few Map lookups. */
export function buildContactIndex(contacts: Iterable<MatchableContact>): ContactMatchIndex {
  const index: ContactMatchIndex = { byEmail: new Map(), byPhone: new Map() };
  for (const contact of contacts) {
    const holder = { contact };
    for (let at = 0, count = gather(contact); at < count; at += 1) {
      const held = heldBy(index, rowKinds[at]!);
      if (!held.has(rowValues[at]!)) held.set(rowValues[at]!, holder);
    }
  }
  return index;
}

function heldBy(index: ContactMatchIndex, by: By): Map<string, Holder> {
  return by === 'email' ? index.byEmail : index.byPhone;
}

/**
 * Whether a contact can be stored with this email or number, asked only when
 * two rows share one. One that cannot (a mobile of "12345", an email of "n/a",
 * often the same on many rows) stands for no stored contact, so it matches
 * nothing. (For these two plain patterns, the fast parse declines exactly the
 * values zod refuses.)
 */
function storable(by: By, value: string): boolean {
  return parseFast(by === 'email' ? emailAddress : e164, value) !== undefined;
}

/**
 * What the index says of the row `gather` read last: the existing contact, or
 * earlier row whose contact passed the schema, that it repeats (emails first:
 * an email names one person more surely); else the earlier rows read unchecked
 * that it shares a value with, emails first, each in file order; else nothing.
 */
function lookUp(index: ContactMatchIndex, count: number): DuplicateMatch | RowRepeat[] | undefined {
  let repeats: RowRepeat[] | undefined;
  for (let at = 0; at < count; at += 1) {
    const by = rowKinds[at]!;
    const value = rowValues[at]!;
    const holder = heldBy(index, by).get(value);
    if (holder === undefined || !storable(by, value)) continue;
    if (typeof holder === 'number') (repeats ??= []).push({ rowNumber: holder, by, value });
    else if (Array.isArray(holder)) for (const rowNumber of holder) (repeats ??= []).push({ rowNumber, by, value });
    else if ('contact' in holder) {
      const message = `Matches existing contact ${fullName(holder.contact)} by ${by} ${value}`;
      return { by, value, contact: holder.contact, message };
    } else return { by, value, rowNumber: holder.rowNumber, message: repeatMessage({ by, value, rowNumber: holder.rowNumber }) };
  }
  return repeats;
}

/** Files the row `gather` read last under its values. */
function remember(index: ContactMatchIndex, count: number, rowNumber: number, checked: boolean): void {
  const holder = checked ? { rowNumber } : rowNumber;
  for (let at = 0; at < count; at += 1) {
    const by = rowKinds[at]!;
    const value = rowValues[at]!;
    const held = heldBy(index, by);
    const earlier = held.get(value);
    if (earlier === undefined) held.set(value, holder);
    // Unchecked rows sharing a value are all kept: which of them is stored is learnt later.
    else if (typeof earlier === 'number' && storable(by, value)) held.set(value, [earlier, rowNumber]);
    else if (Array.isArray(earlier) && storable(by, value)) earlier.push(rowNumber);
  }
}

/**
 * The existing contact, or earlier row whose contact passed the schema, that
 * `input` repeats by email (case-insensitive) or by any phone number, so an
 * import reports it instead of doubling it. Email is checked first: it names
 * one person more surely.
 */
export function findExistingMatch(input: Reachable, index: ContactMatchIndex): DuplicateMatch | undefined {
  const found = lookUp(index, gather(input));
  return Array.isArray(found) ? undefined : found;
}

/**
 * The import's check of one row, reading its emails and numbers once: the
 * contact or checked row it surely repeats (`findExistingMatch`), or else it
 * is filed under its values, so a later row repeating it is caught (`checked`:
 * its contact already passed the schema), and comes back with the earlier rows
 * read unchecked that it repeats if they are stored, when there are any.
 */
export function checkRowDuplicates(
  input: Reachable, rowNumber: number, index: ContactMatchIndex, checked: boolean,
): { match: DuplicateMatch; repeats?: undefined } | { match?: undefined; repeats?: RowRepeat[] } {
  const count = gather(input);
  const found = lookUp(index, count);
  if (found !== undefined && !Array.isArray(found)) return { match: found };
  remember(index, count, rowNumber, checked);
  return found ? { repeats: found } : NOTHING_REPEATED;
}
const NOTHING_REPEATED = Object.freeze({});

/** What a row that repeats an earlier row of the file is told. */
export function repeatMessage({ rowNumber, by, value }: RowRepeat): string {
  return `Matches row ${rowNumber} of this file by ${by} ${value}`;
}
