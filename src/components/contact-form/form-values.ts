import {
  ContactInputSchema, validate, type Contact, type ContactInput, type ContactPatch, type FieldIssue, type Phone,
} from '../../domain/index.js';
import type { PhoneRules } from '../../domain/phone.js';

/** Every input of the form, by the contact's dotted path (which is also how validation names a field). */
export const FORM_FIELDS = [
  'type', 'level', 'firstName', 'lastName', 'countryCode', 'phones.mobile', 'emails.primary',
  'company', 'jobTitle', 'department', 'birthDate', 'language', 'group',
  'phones.work', 'phones.home', 'phones.other', 'emails.other',
  'address.street', 'address.city', 'address.state', 'address.zip', 'address.country',
  'social.facebook', 'social.whatsapp', 'social.wechat', 'social.twitter', 'social.linkedin',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Record<FormField, string>;

export const PHONE_FIELDS = ['phones.mobile', 'phones.work', 'phones.home', 'phones.other'] as const;
const isPhoneField = (field: string): field is (typeof PHONE_FIELDS)[number] =>
  (PHONE_FIELDS as readonly string[]).includes(field);

/** A blank form: Lead and Primary, as seed 002 preselects them. */
export function emptyValues(countryCode = ''): FormValues {
  const values = Object.fromEntries(FORM_FIELDS.map((field) => [field, ''])) as FormValues;
  values.type = 'lead';
  values.level = 'primary';
  values.countryCode = countryCode;
  return values;
}

function read(contact: Contact, path: string): string {
  let value: unknown = contact;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  if (value && typeof value === 'object' && 'number' in value) return String((value as Phone).number);
  return value === undefined || value === null ? '' : String(value);
}

/** The form showing a stored contact's current values. */
export function valuesFromContact(contact: Contact, countryCode = ''): FormValues {
  const values = emptyValues(countryCode);
  for (const field of FORM_FIELDS) if (field !== 'countryCode') values[field] = read(contact, field);
  return values;
}

/** Whether the person typed anything beyond what the form started with. */
export function isDirty(values: FormValues, start: FormValues): boolean {
  return FORM_FIELDS.some((field) => field !== 'countryCode' && values[field] !== start[field]);
}

/**
 * The form as a ContactInput: phones read as typed (with the chosen country
 * code when they carry none) and stored E.164, then checked by the contact
 * schema. Gives every problem, each named by the form field it belongs to.
 */
export function toContactInput(
  values: FormValues, rules: PhoneRules, existing?: Contact,
): { ok: true; input: ContactInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const draft: Record<string, Record<string, unknown> | string> = { phones: {}, emails: {}, address: {}, social: {} };
  for (const field of FORM_FIELDS) {
    const text = values[field].trim();
    if (field === 'countryCode' || text === '') continue;
    const [group, key] = field.split('.');
    if (isPhoneField(field)) {
      const parsed = rules.parse(text, values.countryCode || undefined);
      if (!parsed.ok) issues.push({ field, message: parsed.message });
      else {
        // Keep the flags (textable, do-not-call…) of a number that did not change.
        const before = existing?.phones[key as keyof Contact['phones']];
        (draft.phones as Record<string, Phone>)[key] =
          before?.number === parsed.e164 ? before : { number: parsed.e164, landline: parsed.landline };
      }
    } else if (key) (draft[group] as Record<string, string>)[key] = text;
    else draft[field] = text;
  }
  const checked = validate(ContactInputSchema, draft);
  if (!checked.ok) for (const issue of checked.issues) issues.push({ field: formFieldOf(issue.field), message: issue.message });
  if (issues.length > 0 || !checked.ok) return { ok: false, issues };
  return { ok: true, input: checked.value };
}

/** "phones.mobile.number" → "phones.mobile": the input a schema issue belongs to. */
export function formFieldOf(path: string): string {
  const match = FORM_FIELDS.find((field) => path === field || path.startsWith(`${field}.`));
  return match ?? path;
}

const SCALARS = ['type', 'level', 'firstName', 'lastName', 'company', 'jobTitle', 'department', 'birthDate', 'language', 'group'] as const;

/** The change an edit makes: scalar fields set or removed, nested groups replaced whole. */
export function toPatch(input: ContactInput): ContactPatch {
  const patch: Record<string, unknown> = {};
  for (const field of SCALARS) patch[field] = (input as Record<string, unknown>)[field] ?? null;
  patch.phones = input.phones ?? {};
  patch.emails = input.emails ?? {};
  patch.address = input.address ?? {};
  patch.social = input.social ?? {};
  return patch as ContactPatch;
}

/** The form fields whose stored value differs between two versions of a contact. */
export function changedFields(before: Contact, after: Contact): { field: FormField; value: string }[] {
  return FORM_FIELDS.filter((field) => field !== 'countryCode' && read(before, field) !== read(after, field)).map(
    (field) => ({ field, value: read(after, field) }),
  );
}

/** The field messages once the person leaves a field: that field's own, judged afresh against the latest issues. */
export function errorsAfterLeaving(errors: ReadonlyMap<string, string>, field: FormField, issues: readonly FieldIssue[]) {
  const next = new Map(errors);
  const issue = issues.find((candidate) => candidate.field === field);
  if (issue) next.set(field, issue.message);
  else next.delete(field);
  // A new country code can make a typed mobile number valid.
  if (field === 'countryCode' && !issues.some((candidate) => candidate.field === 'phones.mobile')) next.delete('phones.mobile');
  return next;
}
