import { isCalendarDate } from '../schemas/common.js';
import type { ContactLevel, ContactType, Language } from '../values.js';

/**
 * How contact values are written in a CSV (seed 002's words) and read back.
 * Readers give `undefined` for a word they do not know, so the caller can pass
 * the text on unchanged and let the contact schema say what is allowed.
 */

/**
 * A word reader that remembers its answers: a file's Type or Language column
 * repeats a few words 100,000 times, and trimming and lower-casing each again
 * cost more than looking it up. Only the first few hundred texts are kept.
 */
function remembering<T>(readWord: (text: string) => T | undefined): (text: string) => T | undefined {
  const known = new Map<string, T | undefined>();
  return (text) => {
    const remembered = known.get(text);
    if (remembered !== undefined || known.has(text)) return remembered;
    const value = readWord(text);
    if (known.size < 500) known.set(text, value);
    return value;
  };
}

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

export const readLanguage = remembering((text): Language | undefined => languageByWord.get(text.trim().toLowerCase()));

export const TYPE_WORDS: Record<ContactType, string> = {
  lead: 'Lead',
  prospect: 'Prospect',
  customer: 'Customer',
  other: 'Other',
};

/** Seed 002's template says "Others", its form says "Other": both mean `other`. */
export const readContactType = remembering((text): ContactType | undefined => {
  const word = text.trim().toLowerCase();
  if (word === 'others') return 'other';
  return Object.hasOwn(TYPE_WORDS, word) ? (word as ContactType) : undefined;
});

export const LEVEL_WORDS: Record<ContactLevel, string> = {
  primary: 'Primary',
  secondary: 'Secondary',
  tertiary: 'Tertiary',
};

export const readContactLevel = remembering((text): ContactLevel | undefined => {
  const word = text.trim().toLowerCase();
  return Object.hasOwn(LEVEL_WORDS, word) ? (word as ContactLevel) : undefined;
});

const yes = new Set(['yes', 'y', 'true', '1']);
const no = new Set(['no', 'n', 'false', '0']);

export const readYesNo = remembering((text): boolean | undefined => {
  const word = text.trim().toLowerCase();
  if (yes.has(word)) return true;
  if (no.has(word)) return false;
  return undefined;
});

export function writeYesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/**
 * Seed 002's birth date, MM/DD/YYYY (12/14/1980), as the stored YYYY-MM-DD.
 * Spreadsheets drop leading zeros (12/4/1980), so one-digit months and days are
 * read too. Gives undefined for any other form and for dates that do not exist.
 */
export function readUsDate(text: string): string | undefined {
  // Read digit by digit: a pattern's match and the numbers taken from it were most of the
  // cost of reading the birth dates of a 100,000-row file.
  const date = text.trim();
  const monthEnd = date.indexOf('/');
  const dayEnd = date.indexOf('/', monthEnd + 1);
  if (monthEnd < 1 || monthEnd > 2 || dayEnd - monthEnd < 2 || dayEnd - monthEnd > 3 || date.length - dayEnd !== 5) return undefined;
  const month = digitsValue(date, 0, monthEnd);
  const day = digitsValue(date, monthEnd + 1, dayEnd);
  const year = digitsValue(date, dayEnd + 1, date.length);
  // Years 0–99 are refused: a date so written is a two-digit year gone wrong, not a birth date.
  if (year < 100 || !isCalendarDate(year, month, day)) return undefined;
  return `${date.slice(dayEnd + 1)}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The number the digits from `start` to `end` write, or -1 if any is not a digit 0–9. */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let at = start; at < end; at += 1) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
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
