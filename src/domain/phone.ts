/**
 * Phone rules. The quick checks here read only the stored shape and flags; the
 * full per-country check (valid ranges, MOBILE or FIXED_LINE) comes from
 * libphonenumber-js's `max` metadata, which is about 48 KB gzipped and so is only
 * ever loaded on demand by `loadPhoneRules()`.
 */
import type { Phone } from './schemas/index.js';
import { PHONE_KINDS, type PhoneKind } from './values.js';

/** The kinds of number libphonenumber tells apart, plus UNKNOWN when it cannot say. */
export const PHONE_TYPES = [
  'MOBILE', 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'VOIP',
  'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL', 'UNKNOWN',
] as const;
export type PhoneType = (typeof PHONE_TYPES)[number];

export const PHONE_PARSE_FAILURES = ['empty', 'not-a-number', 'no-country', 'too-short', 'too-long', 'invalid'] as const;
export type PhoneParseFailure = (typeof PHONE_PARSE_FAILURES)[number];

export const PHONE_PARSE_MESSAGES: Record<PhoneParseFailure, string> = {
  empty: 'Enter a phone number',
  'not-a-number': 'This is not a phone number',
  'no-country': 'Start with "+" and the country code, then the area code and number (e.g. +85212345678)',
  'too-short': 'This number is too short',
  'too-long': 'This number is too long',
  invalid: 'This number does not exist in its country',
};

export type ParsedPhone =
  | { ok: true; e164: string; type: PhoneType; landline: boolean; formatted: string; national: string; country?: string }
  | { ok: false; reason: PhoneParseFailure; message: string };

export interface PhoneRules {
  /**
   * Reads a number as a person types it: spaces, dashes, dots, brackets, a leading
   * "+" and country code, or a national number with `defaultCountry` (ISO alpha-2).
   */
  parse(input: string, defaultCountry?: string): ParsedPhone;
  /** For display: national form when `locale`'s region is the number's country, international otherwise. */
  formatPhone(e164: string, locale?: string): string;
}

const E164_SHAPE = /^\+[1-9]\d{6,14}$/;

/** The stored E.164 shape: "+", a country code and the number, 8 to 15 digits in all. */
export function isE164(value: string): boolean {
  return E164_SHAPE.test(value);
}

let loading: Promise<PhoneRules> | undefined;

/** Loads libphonenumber-js (max metadata) once and gives the rules that need it. */
export function loadPhoneRules(): Promise<PhoneRules> {
  loading ??= import('libphonenumber-js/max').then(makeRules, (error: unknown) => {
    loading = undefined; // a failed load (offline) may be retried
    throw error;
  });
  return loading;
}

/** `parse` after loading the rules, for a form field's one-off check. */
export async function checkPhone(input: string, defaultCountry?: string): Promise<ParsedPhone> {
  return (await loadPhoneRules()).parse(input, defaultCountry);
}

/** `formatPhone` after loading the rules. */
export async function formatPhone(e164: string, locale?: string): Promise<string> {
  return (await loadPhoneRules()).formatPhone(e164, locale);
}

type Lib = typeof import('libphonenumber-js/max');
type CountryCode = Parameters<Lib['parsePhoneNumberWithError']>[1] & string;

function makeRules(lib: Lib): PhoneRules {
  const fail = (reason: PhoneParseFailure): ParsedPhone => ({ ok: false, reason, message: PHONE_PARSE_MESSAGES[reason] });

  // A parse takes tens of microseconds; a batch re-checked after a channel switch asks again for the same numbers.
  const remembered = new Map<string, ParsedPhone>();

  function parse(input: string, defaultCountry?: string): ParsedPhone {
    const key = `${defaultCountry ?? ''} ${input}`;
    let parsed = remembered.get(key);
    if (!parsed) {
      if (remembered.size >= 50_000) remembered.clear();
      remembered.set(key, (parsed = parseOnce(input, defaultCountry)));
    }
    return parsed;
  }

  function parseOnce(input: string, defaultCountry?: string): ParsedPhone {
    const text = input.trim();
    if (text === '') return fail('empty');
    if (!/\d/.test(text)) return fail('not-a-number');
    let number;
    try {
      const country = defaultCountry && /^[A-Za-z]{2}$/.test(defaultCountry) ? (defaultCountry.toUpperCase() as CountryCode) : undefined;
      number = lib.parsePhoneNumberWithError(text, country);
    } catch (error) {
      return fail(failureOf(error instanceof Error ? error.message : String(error)));
    }
    // With types in the metadata a number is valid exactly when it has a type, so the
    // validity check (which works the type out again) runs only when there is none.
    const type: PhoneType | undefined = number.getType();
    if (!type && !number.isValid()) return fail(lengthFailure(lib, number.number) ?? 'invalid');
    const parsed = number;
    // Formatting costs a third of a parse; a batch of thousands checks numbers it never shows.
    return {
      ok: true,
      e164: number.number,
      type: type ?? 'UNKNOWN',
      landline: type === 'FIXED_LINE',
      get formatted() {
        return parsed.formatInternational();
      },
      get national() {
        return parsed.formatNational();
      },
      country: number.country,
    };
  }

  function formatPhone(e164: string, locale?: string): string {
    const number = lib.parsePhoneNumberFromString(e164);
    if (!number) return e164;
    return regionOf(locale) === number.country ? number.formatNational() : number.formatInternational();
  }

  return { parse, formatPhone };
}

function failureOf(code: string): PhoneParseFailure {
  if (code === 'INVALID_COUNTRY') return 'no-country';
  if (code === 'TOO_SHORT') return 'too-short';
  if (code === 'TOO_LONG') return 'too-long';
  if (code === 'NOT_A_NUMBER') return 'not-a-number';
  return 'invalid';
}

function lengthFailure(lib: Lib, e164: string): PhoneParseFailure | undefined {
  const verdict = lib.validatePhoneNumberLength(e164);
  return verdict === 'TOO_SHORT' ? 'too-short' : verdict === 'TOO_LONG' ? 'too-long' : undefined;
}

function regionOf(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

/** Why a stored number cannot take a text; the words match batch exclusion reasons. */
export type PhoneProblem = 'invalid-phone' | 'blocked' | 'dnc-phone' | 'landline' | 'not-textable';

type ParseOnly = Pick<PhoneRules, 'parse'>;

/**
 * Checks one stored number for texting: E.164 shape, then the stored flags (a
 * mobile is textable unless flagged otherwise; any other kind only when flagged
 * `textable`), then, with loaded rules, valid for its country and not a fixed line.
 */
export function phoneProblem(kind: PhoneKind, phone: Phone, rules?: ParseOnly): PhoneProblem | undefined {
  if (!isE164(phone.number)) return 'invalid-phone';
  if (phone.blocked) return 'blocked';
  if (phone.dnc) return 'dnc-phone';
  if (phone.landline) return 'landline';
  if (kind === 'mobile' ? phone.textable === false : phone.textable !== true) return 'not-textable';
  // The stored flags first: parsing is the slow part, and a number they refuse needs none.
  const parsed = rules?.parse(phone.number);
  if (parsed && !parsed.ok) return 'invalid-phone';
  if (parsed?.ok && parsed.landline) return 'landline';
  return undefined;
}

export type TextablePhone =
  | { ok: true; kind: PhoneKind; number: string }
  | { ok: false; problem: 'no-phone' | PhoneProblem; kind?: PhoneKind; number?: string };

/**
 * The number a text goes to: the mobile, else the first other number that can
 * take one. When none can, the problem of the mobile (or of the first number
 * there is) says why, and `no-phone` means the contact has no number at all.
 */
export function textablePhone(phones: Partial<Record<PhoneKind, Phone>> | undefined, rules?: ParseOnly): TextablePhone {
  let first: TextablePhone | undefined;
  for (const kind of PHONE_KINDS) {
    const phone = phones?.[kind];
    if (!phone?.number) continue;
    const problem = phoneProblem(kind, phone, rules);
    if (!problem) return { ok: true, kind, number: normalised(phone.number, rules) };
    first ??= { ok: false, problem, kind, number: phone.number };
  }
  return first ?? { ok: false, problem: 'no-phone' };
}

function normalised(number: string, rules?: ParseOnly): string {
  const parsed = rules?.parse(number);
  return parsed?.ok ? parsed.e164 : number;
}
