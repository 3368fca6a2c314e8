import type { Contact, FieldChange, Staff } from '../../domain/index.js';
import { RapportError } from '../errors.js';
import { canSeeContact } from '../rules/index.js';
import type { MemoryStore } from './store.js';

/** Who is acting on which store: what every area of the MemoryAdapter works with. */
export type Scope = { store: MemoryStore; user: Staff };

/**
 * Records leave the store as copies, so a caller's edits never reach it. They
 * are plain data (objects, arrays, strings, numbers, booleans), which a direct
 * copy handles several times faster than `structuredClone`; anything else
 * (an attachment's Blob, say) is shared as it is.
 */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = clone((value as Record<string, unknown>)[key]);
  return copy as T;
}

/**
 * `fields` with a `contact` that is a copy of the stored one made when first
 * read (and settable, like any plain field): an import makes 100,000 results
 * and "created" changes that few read. Stored contacts are replaced, never
 * changed in place, so a late copy is the same as an early one.
 */
export function withContactCopy<T extends object>(fields: T, stored: Contact): T & { contact: Contact } {
  let copy: Contact | undefined;
  return {
    ...fields,
    get contact() { return (copy ??= clone(stored)); },
    set contact(value: Contact) { copy = value; },
  };
}

/** A contact the acting user may see; anything else is "not found", so nothing leaks. */
export function visibleContact({ store, user }: Scope, id: unknown): Contact {
  const contact = typeof id === 'string' ? store.contacts.get(id) : undefined;
  if (!contact || !canSeeContact(contact, user)) throw RapportError.notFound('Contact', String(id));
  return contact;
}

/** Appends one entry to a contact's change log. */
export function logChanges({ store, user }: Scope, contactId: string, changes: FieldChange[]): void {
  if (changes.length === 0) return;
  store.logFor(contactId).push({ id: store.newId('change'), contactId, at: store.nowIso(), actorId: user.id, changes });
}
