import * as z from 'zod/mini';

/** A non-empty id string. */
export const id = z.string().check(z.minLength(1, 'Must not be empty'));

/** An ISO 8601 date-time with an offset, e.g. 2026-11-24T09:30:00Z. */
export const isoDateTime = z.iso.datetime({ offset: true, error: 'Must be an ISO 8601 date and time' });

/** A calendar date, YYYY-MM-DD, that exists (no 31 February). */
export const isoDate = z.string().check(
  z.refine((value) => isRealDate(value), 'Must be a real date in YYYY-MM-DD form'),
);

function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Whether the day exists (no 31 February): counted, not read back from a Date, as an import checks 100,000 birth dates. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/**
 * E.164: "+", a country code and the number, 8 to 15 digits in all. The full
 * per-country check (and landline detection) is `checkPhone` in `domain/phone`,
 * loaded only where a form or an import needs it.
 */
export const e164 = z.string().check(
  z.regex(/^\+[1-9]\d{6,14}$/, 'Must start with "+" and the country code, then the number (e.g. +85212345678)'),
);

/** An email address in the usual form, name@domain.tld. */
export const email = z.string().check(
  z.regex(
    /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/,
    'Must be a valid email address (e.g. name@example.com)',
  ),
);

/** Text a person types into a one-line field: trimmed, at most `max` characters. */
export function line(max = 200) {
  return z.string().check(z.trim(), z.maxLength(max, `Must be at most ${max} characters`));
}

/** Like `line`, but must hold something once trimmed. */
export function requiredLine(label: string, max = 200) {
  return z.string({ error: `${label} is required` }).check(
    z.trim(),
    z.minLength(1, `${label} is required`),
    z.maxLength(max, `Must be at most ${max} characters`),
  );
}

/** Counts characters as a person sees them: an emoji is one, a surrogate pair is never split. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
