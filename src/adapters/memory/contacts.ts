import {
  type Contact, type ContactInput, type ContactPatch, type ChangeLogEntry,
} from '../../domain/index.js';
import type { ContactSort, ImportResult, ListContactsQuery } from '../adapter.js';
import { plainError, RapportError, validationFailure } from '../errors.js';
import {
  applyContactPatch, assertCanManageContact, assertCrmEditable, canSeeContact, checkLimit, checkNewContact, checkVersion, compareKeys, creationChanges,
  decodeCursor, diffContacts, encodeCursor, invalid, isKeyPosition, nextVersion, prepareContact, withOwner, withSharing,
  type PreparedContact,
} from '../rules/index.js';
import type { NamePosition } from './contact-index.js';
import { contactSortKey } from './sorted-order.js';
import { clone, logChanges, visibleContact, withContactCopy, type Scope } from './scope.js';

const SORTS: readonly ContactSort[] = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'];

export function listContacts(scope: Scope, query: ListContactsQuery = {}) {
  const { store, user } = scope;
  const sort = query.sort ?? 'name';
  if (!SORTS.includes(sort)) invalid('sort', `Must be one of ${SORTS.join(', ')}`);
  const limit = checkLimit(query.limit, 'limit', 50, 500);
  if (query.search !== undefined && typeof query.search !== 'string') invalid('search', 'Must be text');

  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isKeyPosition);
  const visible = (id: string) => canSeeContact(store.contacts.get(id)!, user);
  const search = query.search?.trim() ? query.search : undefined;
  const page = (search && sort === 'name' && store.contactIndex.searchByName(search, { after, limit, accept: visible })) ||
    pageInOrder(store, { sort, search, after, limit, accept: visible });
  const items = page.ids.map((id) => store.contacts.get(id)!);
  const more = page.more;
  const last = items.at(-1);
  return {
    items: clone(items),
    ...(more && last ? { nextCursor: encodeCursor({ k: contactSortKey(sort, last), id: last.id }) } : {}),
  };
}

/** A page of ids from the cached `sort` order, filtered by `search` and `accept`. */
function pageInOrder(
  store: Scope['store'],
  options: { sort: ContactSort; search?: string; after?: NamePosition; limit: number; accept: (id: string) => boolean },
): { ids: string[]; more: boolean } {
  const { sort, search, after, limit, accept } = options;
  const index = store.contactIndex;
  let order = index.ordered(sort);
  let wanted = accept;
  if (search) {
    // A very broad search ("a") walks the sorted order, where a page fills after a short walk;
    // any other reads its hits from the index and puts them in order by place.
    if (index.candidateCount(search) * 4 > order.length) {
      const matches = index.matcher(search);
      wanted = (id) => matches(id) && accept(id);
    } else {
      order = index.sortIds(index.search(search), sort);
    }
  }
  let at = 0;
  if (after) {
    const direction = sort.startsWith('-') ? -1 : 1;
    let high = order.length;
    while (at < high) {
      const mid = (at + high) >>> 1;
      const id = order[mid]!;
      if (direction * compareKeys(contactSortKey(sort, store.contacts.get(id)!), id, after.k, after.id) > 0) high = mid;
      else at = mid + 1;
    }
  }
  const ids: string[] = [];
  for (; at < order.length && ids.length <= limit; at += 1) if (wanted(order[at]!)) ids.push(order[at]!);
  return { ids: ids.slice(0, limit), more: ids.length > limit };
}

export function getContact(scope: Scope, id: string): Contact {
  return clone(visibleContact(scope, id));
}

export function createContact(scope: Scope, input: ContactInput): Contact {
  const contact = storeNewContact(scope, prepareContact(scope.store.staff, scope.user, input), scope.store.nowIso());
  scope.store.contactIndex.put(contact);
  logCreation(scope, contact);
  scope.store.emit({ type: 'contact', action: 'created', contact });
  return clone(contact);
}

/** Stores a checked new contact without indexing it, so an import can index a whole batch at once. */
function storeNewContact({ store }: Scope, prepared: PreparedContact, now: string): Contact {
  // Stamped field by field: through Object.assign, V8 turned each stored contact into a hash table.
  const contact = prepared as PreparedContact & Partial<Contact>;
  contact.id = store.newId('contact');
  contact.version = 1;
  contact.createdAt = now;
  contact.updatedAt = now;
  store.contacts.set(contact.id, contact as Contact);
  return contact as Contact;
}

export function updateContact(scope: Scope, id: string, patch: ContactPatch, options: { version: number }): Contact {
  const current = visibleContact(scope, id);
  const version = checkVersion(options);
  if (version !== current.version) {
    throw RapportError.conflict('Someone else changed this contact since you opened it; review their changes and try again', clone(current));
  }
  const next = applyContactPatch(current, patch);
  const changes = diffContacts(current, next);
  if (changes.length === 0) return clone(current);
  assertCrmEditable(current, changes);
  return save(scope, current, { ...next, ownerId: current.ownerId, sharedWith: current.sharedWith }, changes);
}

export function deleteContact(scope: Scope, id: string): void {
  const { store, user } = scope;
  const contact = visibleContact(scope, id);
  assertCanManageContact(contact, user, 'delete');
  store.contacts.delete(id);
  store.contactIndex.remove(contact);
  store.forgetLog(id);
  for (const note of [...store.notes.values()]) if (note.contactId === id) store.notes.delete(note.id);
  store.emit({ type: 'contact', action: 'deleted', contactId: id });
}

export function shareContact(scope: Scope, id: string, staffIds: string[]): Contact {
  const { store, user } = scope;
  const contact = visibleContact(scope, id);
  const next = withSharing(contact, staffIds, user, store.staff);
  const changes = diffContacts(contact, next);
  return changes.length === 0 ? clone(contact) : save(scope, contact, next, changes);
}

export function transferContact(scope: Scope, id: string, staffId: string): Contact {
  const { store, user } = scope;
  const contact = visibleContact(scope, id);
  const next = withOwner(contact, staffId, user, store.staff);
  const changes = diffContacts(contact, next);
  return changes.length === 0 ? clone(contact) : save(scope, contact, next, changes);
}

/**
 * Each row on its own: a bad row is reported in its place and never stops the
 * good ones. The stored rows are indexed together (one sort, not one sorted
 * insert per row, which is quadratic over a 100,000-row file).
 */
export function importContacts(scope: Scope, inputs: ContactInput[]): ImportResult {
  if (!Array.isArray(inputs)) invalid('(input)', 'Import takes a list of contacts');
  const { store, user } = scope;
  // One moment for the whole batch: it is one import.
  const now = store.nowIso();
  const created: Contact[] = [];
  try {
    return {
      results: inputs.map((input) => {
        try {
          const checked = checkNewContact(store.staff, user, input);
          if (!checked.ok) return { ok: false as const, error: validationFailure(checked.issues) };
          const contact = storeNewContact(scope, checked.value, now);
          created.push(contact);
          return withContactCopy({ ok: true as const }, contact);
        } catch (error) {
          if (!(error instanceof RapportError)) throw error;
          return { ok: false as const, error: plainError(error) };
        }
      }),
    };
  } finally {
    store.contactIndex.putMany(created);
    for (const contact of created) {
      logCreation(scope, contact);
      store.emit({ type: 'contact', action: 'created', contact });
    }
  }
}

/** The creation entry of a new contact's change log, which lists its lines from the contact when read. */
function logCreation({ store, user }: Scope, contact: Contact): void {
  store.logCreation(contact.id, user.id);
}

export function getChangeLog(scope: Scope, id: string, options: { limit?: number } = {}): ChangeLogEntry[] {
  visibleContact(scope, id);
  const limit = checkLimit(options.limit, 'limit', 50, 500);
  return scope.store.logFor(id).slice(-limit).reverse().map((entry) => {
    if (!('created' in entry)) return clone(entry);
    const { created, ...rest } = entry;
    return clone({ ...rest, changes: creationChanges(created) });
  });
}

function save(scope: Scope, current: Contact, next: Contact, changes: ReturnType<typeof diffContacts>): Contact {
  const { store } = scope;
  const saved = nextVersion(current, next, store.now());
  // Logged before the contact is replaced: a creation not yet written in its log is written from it as it was.
  logChanges(scope, saved.id, changes);
  store.contacts.set(saved.id, saved);
  store.contactIndex.put(saved, current);
  store.emit({ type: 'contact', action: 'updated', contact: saved });
  return clone(saved);
}
