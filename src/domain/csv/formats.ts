import type { ContactLevel, ContactType, Language } from '../values.js';

/**
 * How contact values are written in a CSV (seed 002's words) and read back.
 * Readers give `undefined` for a word they do not know, so the caller can pass
 * the text on unchanged and let the contact schema say what is allowed.
 */

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  it: 'Italian',
  th: 'Thai',
  'zh-Hans': 'Simplified Chinese',
  'zh-Hant': 'Traditional Chinese',
};

const languageByWord = new Map<string, Language>();
for (const [code, name] of Object.entries(LANGUAGE_NAMES) as [Language, string][]) {
  languageByWord.set(name.toLowerCase(), code);
  languageByWord.set(code.toLowerCase(), code);
}
languageByWord.set('chinese (simplified)', 'zh-Hans');
languageByWord.set('chinese (traditional)', 'zh-Hant');

export function readLanguage(text: string): Language | undefined {
  return languageByWord.get(text.trim().toLowerCase());
}

export const TYPE_WORDS: Record<ContactType, string> = {
  lead: 'Lead',
  prospect: 'Prospect',
  customer: 'Customer',
  other: 'Other',
};

/** Seed 002's template says "Others", its form says "Other": both mean `other`. */
export function readContactType(text: string): ContactType | undefined {
  const word = text.trim().toLowerCase();
  if (word === 'others') return 'other';
  return Object.hasOwn(TYPE_WORDS, word) ? (word as ContactType) : undefined;
}

export const LEVEL_WORDS: Record<ContactLevel, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  tertiary: 'Tertiary',
};

export function readContactLevel(text: string): ContactLevel | undefined {
  const word = text.trim().toLowerCase();
  return Object.hasOwn(LEVEL_WORDS, word) ? (word as ContactLevel) : undefined;
}

const yes = new Set(['yes', 'y', 'true', '1']);
const no = new Set(['no', 'n', 'false', '0']);

export function readYesNo(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return undefined;
}

export function writeYesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/**
 * Seed 002's birth date, MM/DD/YYYY (12/14/1980), as the stored YYYY-MM-DD.
 * Spreadsheets drop leading zeros (12/4/1980), so one-digit months and days are
 * read too. Gives undefined for any other form and for dates that do not exist.
 */
export function readUsDate(text: string): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** YYYY-MM-DD as MM/DD/YYYY. */
export function writeUsDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${month}/${day}/${year}`;
}

/**
 * A phone number as people type it ("+852 1234-5678", "+1 (415) 555.0100")
 * with the spacing taken out; whether the rest is E.164 is the schema's call.
 */
export function compactPhone(text: string): string {
  return text.replace(/[\s\-.()/]/g, '');
}
