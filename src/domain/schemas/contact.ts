import * as z from 'zod/mini';
import { isCountryCode } from '../countries.js';
import { CONTACT_LEVELS, CONTACT_TYPES, LANGUAGES } from '../values.js';
import { e164, email, id, isoDate, isoDateTime, line, requiredLine } from './common.js';

export const PhoneSchema = z.object({
  number: e164,
  textable: z.optional(z.boolean()),
  landline: z.optional(z.boolean()),
  blocked: z.optional(z.boolean()),
  dnc: z.optional(z.boolean()),
});
export type Phone = z.infer<typeof PhoneSchema>;

const phones = z.object({
  mobile: z.optional(PhoneSchema),
  work: z.optional(PhoneSchema),
  home: z.optional(PhoneSchema),
  other: z.optional(PhoneSchema),
});

const emails = z.object({ primary: z.optional(email), other: z.optional(email) });

const address = z.object({
  street: z.optional(line()),
  city: z.optional(line()),
  state: z.optional(line()),
  zip: z.optional(line(20)),
  country: z.optional(
    z.string().check(z.refine(isCountryCode, 'Must be a country from the ISO 3166 list (alpha-2 code)')),
  ),
});

const social = z.object({
  facebook: z.optional(line()),
  whatsapp: z.optional(line()),
  wechat: z.optional(line()),
  twitter: z.optional(line()),
  linkedin: z.optional(line()),
});

const crmField = z.object({ editable: z.boolean(), syncedAt: z.optional(isoDateTime) });

let todayCache = { from: 0, until: -1, date: '' };

/**
 * Today's date (UTC), YYYY-MM-DD. Kept for the rest of the UTC day: an import
 * checks 100,000 birth dates, and building a Date and its ISO text for each was
 * a measurable part of it. A clock set back (as tests do) is noticed.
 */
function today(): string {
  const now = Date.now();
  if (now < todayCache.from || now >= todayCache.until) {
    const from = now - (now % 86_400_000);
    todayCache = { from, until: from + 86_400_000, date: new Date(now).toISOString().slice(0, 10) };
  }
  return todayCache.date;
}

/** The fields a person or an import provides; everything but Last Name is optional. */
const profileShape = {
  type: z._default(z.enum(CONTACT_TYPES, 'Must be one of Lead, Prospect, Customer, Other'), 'lead'),
  level: z._default(z.enum(CONTACT_LEVELS, 'Must be one of Primary, Secondary, Tertiary'), 'primary'),
  firstName: z.optional(line(100)),
  lastName: requiredLine('Last Name', 100),
  company: z.optional(line()),
  jobTitle: z.optional(line()),
  department: z.optional(line()),
  birthDate: z.optional(
    isoDate.check(z.refine((value) => value <= today(), 'Must not be in the future')),
  ),
  language: z.optional(
    z.enum(LANGUAGES, 'Must be one of English, Italian, Thai, Simplified Chinese, Traditional Chinese'),
  ),
  group: z.optional(line()),
  phones: z._default(phones, {}),
  emails: z._default(emails, {}),
  address: z._default(address, {}),
  social: z._default(social, {}),
  vip: z._default(z.boolean(), false),
  validated: z._default(z.boolean(), false),
  dealership: z._default(z.boolean(), false),
  crmManaged: z._default(z.record(z.string(), crmField), {}),
  customAttributes: z._default(
    z.record(z.string().check(z.trim(), z.minLength(1, 'Attribute name is required'), z.maxLength(60)), z.string().check(z.maxLength(2000))),
    {},
  ),
  sharedWith: z._default(z.array(id), []),
};

export const ContactInputSchema = z.object({ ...profileShape, ownerId: z.optional(id) });
/** What a create or an import takes; defaults are filled by parsing. */
export type ContactInput = z.input<typeof ContactInputSchema>;

export const ContactSchema = z.object({
  ...profileShape,
  id,
  version: z.number().check(z.int(), z.positive()),
  ownerId: id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Contact = z.infer<typeof ContactSchema>;

/** The fields `updateContact` may change; ownership and sharing have their own calls. */
export const CONTACT_EDITABLE_FIELDS = [
  'type', 'level', 'firstName', 'lastName', 'company', 'jobTitle', 'department', 'birthDate', 'language',
  'group', 'phones', 'emails', 'address', 'social', 'vip', 'validated', 'dealership', 'crmManaged',
  'customAttributes',
] as const;
export type ContactEditableField = (typeof CONTACT_EDITABLE_FIELDS)[number];

/**
 * A change to a contact: the fields to set. A field given as `null` is removed.
 * Nested groups (phones, emails, address, social, custom attributes) are replaced whole.
 */
export type ContactPatch = { [K in ContactEditableField]?: Contact[K] | null };

export function fullName(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}
