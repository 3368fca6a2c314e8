import type { Contact } from '../../domain/index.js';
import { fullName } from '../../domain/index.js';
import { contactNameKey, contactSearchTerms, searchWords } from '../rules/index.js';

/**
 * The keys a contact row files in the contacts store's indexes, worked out
 * from the contact: what the schema's upgrade steps fill in and what every
 * write keeps up to date.
 */

/** Separates a term's parts; below every character a word or an address holds. */
export const TERM_SEP = '\u0000';
/** Starts an address's `by-term` key: below every character a word starts with, so no word's range holds one. */
export const MAIL_MARK = '\u0001';

/**
 * The words of `by-term` keys, each once, addresses left out: what the `words`
 * store lists. A word stays listed after its last contact is deleted or
 * renamed: a search then reads an empty run for it, which changes no result,
 * and since no word is ever taken out, a connection that knows a word is
 * listed never needs to write it again.
 */
export function wordsOfTerms(terms: readonly string[]): string[] {
  const words = new Set<string>();
  for (const term of terms) if (!term.startsWith(MAIL_MARK)) words.add(term.slice(0, term.indexOf(TERM_SEP)));
  return [...words];
}

/** The `by-term` keys of a contact's normalised addresses, so text that starts one reads `MAIL_MARK text` onwards. */
export function mailTerms(emails: readonly string[]): string[] {
  return emails.map((email) => `${MAIL_MARK}${email}`);
}

/** A `by-time` key: what the time is (`TIME`), the time, and the contact's id for ties. */
export type TimeKey = [kind: number, time: number, id: string];
/** Kinds of `by-time` keys: the creation time of a contact never changed (also its last change), or one of the two. */
export const TIME = { unchanged: 0, created: 1, updated: 2 } as const;

/**
 * The `by-time` keys of a contact: one when it is as created, since its
 * creation and last change are then one time; otherwise one of each. So the
 * `createdAt` order merges the `unchanged` and `created` ranges, and the
 * `updatedAt` order the `unchanged` and `updated` ones.
 */
export function contactTimes(contact: Pick<Contact, 'id' | 'createdAt' | 'updatedAt'>): TimeKey[] {
  const created = Date.parse(contact.createdAt);
  const updated = Date.parse(contact.updatedAt);
  if (created === updated) return [[TIME.unchanged, created, contact.id]];
  return [[TIME.created, created, contact.id], [TIME.updated, updated, contact.id]];
}

/**
 * The `by-term` index keys of a contact: `word NUL nameKey` for each word of
 * its name and the first word of each email address, except the word its name
 * key starts with (the `by-name` index already holds those contacts in name
 * order, under that word's prefix). Within one word the keys sort by name
 * (then id), so a search's first page in name order merges a few runs. An
 * address is filed under its first word because any text that starts an
 * address has its own first word starting that one.
 */
export function contactTerms(
  contact: Contact, nameKey = contactNameKey(contact), { words, emails } = contactSearchTerms(contact), leading = searchWords(nameKey)[0],
): string[] {
  const filed = [...words, ...emails.flatMap((email) => searchWords(email).slice(0, 1))];
  return [...new Set(filed)]
    .filter((word) => !isLeading(word, leading, nameKey))
    .map((word) => `${word}${TERM_SEP}${nameKey}`);
}

const isLeading = (word: string, leading: string | undefined, nameKey: string) => word === leading && nameKey.startsWith(word);

/**
 * The `by-pair` index keys of a contact: `word NUL nameKey` for each name word
 * filed in `by-term`, when there are two or more of them (a middle name, a
 * double first name, a last name of several words); none otherwise, so most
 * contacts cost this index nothing. A query's words that match two different
 * name words, none of them the word the name key starts with, can only match
 * these contacts.
 */
export function contactPairTerms(
  contact: Pick<Contact, 'firstName' | 'lastName'>, nameKey = contactNameKey(contact), words = searchWords(fullName(contact)),
  leading = searchWords(nameKey)[0],
): string[] {
  const filed = [...new Set(words)].filter((word) => !isLeading(word, leading, nameKey));
  return filed.length < 2 ? [] : filed.map((word) => `${word}${TERM_SEP}${nameKey}`);
}
