import {
  CONTACT_EDITABLE_FIELDS, ContactSchema, type Contact, type ContactPatch, type FieldChange,
} from '../../domain/index.js';
import { RapportError } from '../errors.js';
import { parseInput } from './validate.js';

const editable = new Set<string>(CONTACT_EDITABLE_FIELDS);

/**
 * The contact a patch would produce, checked against the contact schema: a
 * field given as `null` is removed, a nested group (phones, address, …) is
 * replaced whole. Throws `validation` naming each bad field, and for any key a
 * patch may not touch (id, owner, sharing have their own calls).
 */
export function applyContactPatch(current: Contact, patch: ContactPatch): Contact {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) {
    throw RapportError.validation([{ field: '(input)', message: 'A patch must be an object of fields to change' }]);
  }
  const refused = Object.keys(patch).filter((key) => !editable.has(key));
  if (refused.length > 0) {
    throw RapportError.validation(
      refused.map((field) => ({ field, message: 'Cannot be changed by an update (ownership and sharing have their own actions)' })),
    );
  }
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    // `undefined` is "not given" (as spreads of optional form fields produce); only `null` removes.
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return parseInput(ContactSchema, next);
}

/**
 * Field-level differences between two versions of a contact, with dotted field
 * names (`phones.mobile.number`, `address.city`, `customAttributes.Bio`).
 * Arrays are compared whole. Bookkeeping fields are left out.
 */
export function diffContacts(before: Partial<Contact>, after: Partial<Contact>): FieldChange[] {
  const changes: FieldChange[] = [];
  diffValues('', withoutBookkeeping(before), withoutBookkeeping(after), changes);
  return changes;
}

/**
 * The change-log lines for a newly created contact: every field it was given,
 * as `diffContacts({}, contact)` lists them less the empty defaults (false, []).
 * Walked directly: the general diff (key sets, JSON comparison) cost more than
 * the rest of storing a 100,000-row import.
 */
export function creationChanges(contact: Contact): FieldChange[] {
  return creationLines(contact, '', []);
}

function creationLines(value: Record<string, unknown>, path: string, out: FieldChange[]): FieldChange[] {
  for (const key of Object.keys(value)) {
    if (!path && BOOKKEEPING.includes(key)) continue;
    const field = path ? `${path}.${key}` : key;
    const item = value[key];
    if (isPlainObject(item)) creationLines(item, field, out);
    else if (item !== undefined && !isEmptyDefault(item)) out.push({ field, to: item });
  }
  return out;
}

/**
 * Seed 004: a CRM-managed attribute is edited only where the CRM allows it.
 * Refuses with `permission` when a change touches a field whose `crmManaged`
 * entry says `editable: false`.
 */
export function assertCrmEditable(current: Contact, changes: readonly FieldChange[]): void {
  const locked = Object.entries(current.crmManaged).filter(([, rule]) => !rule.editable).map(([field]) => field);
  const blocked = changes.filter((change) =>
    locked.some((field) => change.field === field || change.field.startsWith(`${field}.`)),
  );
  if (blocked.length > 0) {
    const fields = [...new Set(blocked.map((change) => change.field))].join(', ');
    throw RapportError.permission(`${fields} ${blocked.length === 1 ? 'is' : 'are'} managed by the CRM and cannot be edited here`);
  }
}

const BOOKKEEPING = ['id', 'version', 'createdAt', 'updatedAt'];

function withoutBookkeeping(contact: Partial<Contact>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...contact };
  for (const key of BOOKKEEPING) delete copy[key];
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyDefault(value: unknown): boolean {
  return value === false || (Array.isArray(value) && value.length === 0);
}

function diffValues(path: string, before: unknown, after: unknown, out: FieldChange[]): void {
  if (isPlainObject(before) || isPlainObject(after)) {
    const from = isPlainObject(before) ? before : {};
    const to = isPlainObject(after) ? after : {};
    for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
      diffValues(path ? `${path}.${key}` : key, from[key], to[key], out);
    }
    return;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const change: FieldChange = { field: path };
  if (before !== undefined) change.from = before;
  if (after !== undefined) change.to = after;
  out.push(change);
}
