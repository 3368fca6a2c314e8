import {
  CONTACT_LEVELS, CONTACT_TYPES, ContactSchema, LANGUAGES, validate,
  type Contact, type ContactPatch, type Phone,
} from '../../domain/index.js';

/** How a field is edited in place. */
export type FieldKind = 'text' | 'email' | 'phone' | 'url' | 'date' | 'select';

/** One editable attribute of the Contact tab, named by its dotted path in the contact. */
export type FieldSpec = { path: FieldPath; kind: FieldKind; options?: readonly string[] };

export type FieldPath =
  | 'emails.primary' | 'emails.other' | 'phones.mobile' | 'phones.work' | 'phones.home' | 'phones.other'
  | 'social.facebook' | 'social.whatsapp' | 'social.wechat' | 'social.twitter' | 'social.linkedin'
  | 'type' | 'level' | 'firstName' | 'lastName' | 'company' | 'jobTitle' | 'department' | 'birthDate'
  | 'language' | 'group' | 'address.street' | 'address.city' | 'address.state' | 'address.zip' | 'address.country';

/** Seed 004's common attributes: email, phone numbers, and the profile URLs. */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  { path: 'emails.primary', kind: 'email' },
  { path: 'emails.other', kind: 'email' },
  { path: 'phones.mobile', kind: 'phone' },
  { path: 'phones.work', kind: 'phone' },
  { path: 'phones.home', kind: 'phone' },
  { path: 'phones.other', kind: 'phone' },
  { path: 'social.facebook', kind: 'url' },
  { path: 'social.whatsapp', kind: 'text' },
  { path: 'social.wechat', kind: 'text' },
  { path: 'social.twitter', kind: 'url' },
  { path: 'social.linkedin', kind: 'url' },
];

/** The rest of the profile (seed 002's Personal Information and Contact Address). */
export const PROFILE_FIELDS: readonly FieldSpec[] = [
  { path: 'type', kind: 'select', options: CONTACT_TYPES },
  { path: 'level', kind: 'select', options: CONTACT_LEVELS },
  { path: 'firstName', kind: 'text' },
  { path: 'lastName', kind: 'text' },
  { path: 'company', kind: 'text' },
  { path: 'jobTitle', kind: 'text' },
  { path: 'department', kind: 'text' },
  { path: 'birthDate', kind: 'date' },
  { path: 'language', kind: 'select', options: LANGUAGES },
  { path: 'group', kind: 'text' },
  { path: 'address.street', kind: 'text' },
  { path: 'address.city', kind: 'text' },
  { path: 'address.state', kind: 'text' },
  { path: 'address.zip', kind: 'text' },
  { path: 'address.country', kind: 'text' },
];

type Group = 'emails' | 'phones' | 'social' | 'address';

function split(path: string): [Group, string] | [keyof Contact] {
  const [head, tail] = path.split('.');
  return tail === undefined ? [head as keyof Contact] : [head as Group, tail];
}

/** The stored value of a field as text (a phone's E.164 number), or '' when absent. */
export function readField(contact: Contact, path: string): string {
  const [head, tail] = split(path);
  if (tail === undefined) return String(contact[head] ?? '');
  const group = contact[head as Group] as Record<string, string | Phone | undefined>;
  const value = group[tail];
  return typeof value === 'object' ? value.number : (value ?? '');
}

/**
 * The patch that sets one field to `value` ('' removes it) on top of `contact`.
 * Groups are replaced whole (the adapter's rule), so the rest of the group is
 * copied from `contact` — the version the change is applied to.
 */
export function patchFor(contact: Contact, path: string, value: string): ContactPatch {
  const [head, tail] = split(path);
  const text = value.trim();
  if (tail === undefined) return { [head]: text === '' ? null : text } as ContactPatch;
  const group: Record<string, unknown> = { ...(contact[head as Group] as Record<string, unknown>) };
  if (text === '') delete group[tail];
  else if (head === 'phones') group[tail] = { ...(group[tail] as Phone | undefined), number: text };
  else group[tail] = text;
  return { [head]: group } as ContactPatch;
}

/** Checks a patched contact with the domain schema; the first problem with the field, if any. */
export function fieldProblem(contact: Contact, patch: ContactPatch, path: string): string | undefined {
  const next: Record<string, unknown> = { ...contact };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  const checked = validate(ContactSchema, next);
  if (checked.ok) return undefined;
  return checked.issues.find((issue) => issue.field === path || issue.field.startsWith(`${path}.`))?.message;
}

/**
 * The CRM rule for a field: its own entry, else its group's (`emails` covers
 * `emails.primary`), else any entry inside it (`phones.mobile.number`).
 */
export function crmRule(contact: Contact, path: string): Contact['crmManaged'][string] | undefined {
  const rules = contact.crmManaged;
  if (rules[path]) return rules[path];
  const head = path.split('.')[0];
  if (head !== path && rules[head]) return rules[head];
  const inner = Object.keys(rules).find((key) => key.startsWith(`${path}.`));
  return inner ? rules[inner] : undefined;
}

/** A social value as a link to open, when it is a web address. */
export function asUrl(value: string): string | undefined {
  return /^https?:\/\/\S+$/i.test(value) ? value : undefined;
}

/** Up to two initials for an avatar without a picture. */
export function initials(contact: Pick<Contact, 'firstName' | 'lastName'>): string {
  const first = (text?: string) => (text ? [...text.trim()][0] ?? '' : '');
  return (first(contact.firstName) + first(contact.lastName)).toUpperCase();
}
