import { common } from './en/common.js';
import type { en } from './en/index.js';

/** The shape every language's table has: English's, with string values. */
export type Strings = typeof en;

// English arrives a section at a time, with the elements that speak it, so a page
// with one element carries that element's words and no others; the words of a
// part loaded on use (a dialog, a tab) arrive with that part, into its element's section.
const english = { common } as Strings;
const tables = new Map<string, Strings>([['en', english]]);

/** Adds one section of the English table; each section's file calls it when loaded. */
export function registerEnglish<Section extends keyof Strings>(section: Section, words: Strings[Section]): void {
  english[section] = words;
}

/** Adds the words of a part loaded on use to its element's section, which may not be loaded yet. */
export function registerEnglishPart<Section extends keyof Strings>(section: Section, words: Partial<Strings[Section]>): void {
  english[section] = { ...english[section], ...words } as Strings[Section];
}

const loaders: Record<string, () => Promise<unknown>> = {
  // Spanish loads only when asked for, so English-only pages do not carry it.
  es: () => import('./es/index.js'),
};

/** Makes a language available, e.g. one a host app ships itself. */
export function registerStrings(locale: string, table: Strings): void {
  tables.set(locale, table);
}

/** The table for `locale` ("es-MX" falls back to "es", then to English). */
export function stringsFor(locale: string | undefined): Strings {
  if (!locale) return english;
  return tables.get(locale) ?? tables.get(locale.split('-')[0]) ?? english;
}

/** Loads a shipped language's table if it is not loaded yet; resolves when it is ready. */
export async function loadStrings(locale: string): Promise<Strings> {
  const base = locale.split('-')[0];
  if (!tables.has(locale) && !tables.has(base) && loaders[base]) await loaders[base]();
  return stringsFor(locale);
}

export { format } from '../domain/placeholders.js';
