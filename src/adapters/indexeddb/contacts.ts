import { unwrap } from 'idb';
import type { ChangeLogEntry, Contact, ContactInput, ContactPatch, FieldChange } from '../../domain/index.js';
import { RapportError } from '../errors.js';
import {
  applyContactPatch, assertCanManageContact, assertCrmEditable, canSeeContact, checkLimit, checkVersion, creationChanges,
  diffContacts, prepareContact, withOwner, withSharing, type PreparedContact,
} from '../rules/index.js';
import type { Ctx } from './context.js';
import { contactRow } from './rows.js';
import type { ContactRow } from './schema.js';

/** A contact the acting user may see; anything else is "not found", so nothing leaks. */
export async function visibleRow(ctx: Ctx, id: unknown): Promise<ContactRow> {
  const row = typeof id === 'string' && id !== '' ? await ctx.tx.objectStore('contacts').get(id) : undefined;
  if (!row || !canSeeContact(row.contact, ctx.user)) throw RapportError.notFound('Contact', String(id));
  return row;
}

export async function getContact(ctx: Ctx, id: string): Promise<Contact> {
  return (await visibleRow(ctx, id)).contact;
}

/**
 * Stores a prepared contact with its creation entry of the change log (`add`
 * refuses to overwrite an id). Gives the contact and the pending write, so a
 * batch can queue many writes before waiting for them.
 */
export async function insertContact(ctx: Ctx, prepared: PreparedContact, at: string): Promise<{ contact: Contact; written: Promise<unknown> }> {
  const contact: Contact = { ...prepared, id: await ctx.newId('contact'), version: 1, createdAt: at, updatedAt: at };
  // A new contact always has a creation entry: its Last Name, at least, is a change it lists.
  const creation = { id: await ctx.newId('change'), actorId: ctx.user.id };
  const row = contactRow(contact, creation);
  const written = ctx.tx.objectStore('contacts').add(row);
  ctx.fileTerms(row.terms);
  ctx.emit({ type: 'contact', action: 'created', contact });
  return { contact, written };
}

/**
 * Stores many prepared contacts as `insertContact` stores one, with ids taken
 * from the counters in one step and no promise per write: a write that fails
 * fails the caller's transaction, and with it the batch.
 */
export async function insertContacts(ctx: Ctx, batch: readonly PreparedContact[], at: string): Promise<Contact[]> {
  if (ctx.settings.idSource) {
    // An id source hands out ids in the order they are asked for, one contact at a time.
    const inserted = [];
    for (const prepared of batch) {
      const row = await insertContact(ctx, prepared, at);
      // When a later row throws, the batch aborts; this write then fails with it, and that is already reported.
      row.written.catch(() => undefined);
      inserted.push(row);
    }
    await Promise.all(inserted.map(({ written }) => written));
    return inserted.map(({ contact }) => contact);
  }
  const ids = await ctx.counterIds('contact', batch.length);
  const contacts: Contact[] = batch.map((prepared, n) => ({ ...prepared, id: ids[n]!, version: 1, createdAt: at, updatedAt: at }));
  const entryIds = await ctx.counterIds('change', contacts.length);
  const store = unwrap(ctx.tx.objectStore('contacts'));
  contacts.forEach((contact, n) => {
    const row = contactRow(contact, { id: entryIds[n]!, actorId: ctx.user.id });
    store.add(row);
    ctx.fileTerms(row.terms);
    ctx.emit({ type: 'contact', action: 'created', contact });
  });
  return contacts;
}

export async function createContact(ctx: Ctx, input: ContactInput): Promise<Contact> {
  const { contact, written } = await insertContact(ctx, prepareContact(ctx.settings.staff, ctx.user, input), ctx.nowIso());
  await written;
  return contact;
}

export async function updateContact(ctx: Ctx, id: string, patch: ContactPatch, options: { version: number }): Promise<Contact> {
  const row = await visibleRow(ctx, id);
  const current = row.contact;
  const version = checkVersion(options);
  if (version !== current.version) {
    throw RapportError.conflict('Someone else changed this contact since you opened it; review their changes and try again', current);
  }
  const next = applyContactPatch(current, patch);
  const changes = diffContacts(current, next);
  if (changes.length === 0) return current;
  assertCrmEditable(current, changes);
  return save(ctx, row, { ...next, ownerId: current.ownerId, sharedWith: current.sharedWith }, changes);
}

export async function deleteContact(ctx: Ctx, id: string): Promise<void> {
  const row = await visibleRow(ctx, id);
  assertCanManageContact(row.contact, ctx.user, 'delete');
  const { tx } = ctx;
  const noteIds = await tx.objectStore('notes').index('by-contact').getAllKeys(id);
  await Promise.all([
    tx.objectStore('contacts').delete(id),
    tx.objectStore('changes').delete(IDBKeyRange.bound([id, -Infinity], [id, Infinity])),
    ...noteIds.map((noteId) => tx.objectStore('notes').delete(noteId)),
  ]);
  ctx.emit({ type: 'contact', action: 'deleted', contactId: id });
}

export async function shareContact(ctx: Ctx, id: string, staffIds: string[]): Promise<Contact> {
  const row = await visibleRow(ctx, id);
  const contact = row.contact;
  const next = withSharing(contact, staffIds, ctx.user, ctx.settings.staff);
  const changes = diffContacts(contact, next);
  return changes.length === 0 ? contact : save(ctx, row, next, changes);
}

export async function transferContact(ctx: Ctx, id: string, staffId: string): Promise<Contact> {
  const row = await visibleRow(ctx, id);
  const contact = row.contact;
  const next = withOwner(contact, staffId, ctx.user, ctx.settings.staff);
  const changes = diffContacts(contact, next);
  return changes.length === 0 ? contact : save(ctx, row, next, changes);
}

/** Newest first: the stored entries by a reverse cursor (stopping at `limit`), then the creation entry. */
export async function getChangeLog(ctx: Ctx, id: string, options: { limit?: number } = {}): Promise<ChangeLogEntry[]> {
  const row = await visibleRow(ctx, id);
  const limit = checkLimit(options?.limit, 'limit', 50, 500);
  const entries: ChangeLogEntry[] = [];
  let cursor = await ctx.tx.objectStore('changes').openCursor(IDBKeyRange.bound([id, -Infinity], [id, Infinity]), 'prev');
  while (cursor && entries.length < limit) {
    entries.push(cursor.value.entry);
    cursor = await cursor.continue();
  }
  if (row.creation && entries.length < limit) entries.push(creationEntry(row));
  return entries;
}

async function save(ctx: Ctx, row: ContactRow, next: Contact, changes: FieldChange[]): Promise<Contact> {
  const current = row.contact;
  const at = ctx.nowIso();
  const saved: Contact = { ...next, id: current.id, createdAt: current.createdAt, version: current.version + 1, updatedAt: at };
  const changesStore = ctx.tx.objectStore('changes');
  // The first change keeps the creation entry as it was: the contact is still as created until now.
  if (row.creation) await changesStore.add({ contactId: saved.id, s: await ctx.seq(), entry: creationEntry(row) });
  const entry = await logEntry(ctx, saved.id, changes, at);
  const stored = contactRow(saved);
  ctx.fileTerms(stored.terms, row.terms);
  await Promise.all([
    changesStore.add({ contactId: saved.id, s: await ctx.seq(), entry }),
    ctx.tx.objectStore('contacts').put(stored),
  ]);
  ctx.emit({ type: 'contact', action: 'updated', contact: saved });
  return saved;
}

function creationEntry(row: ContactRow): ChangeLogEntry {
  const { id, actorId } = row.creation!;
  return { id, contactId: row.id, at: row.contact.createdAt, actorId, changes: creationChanges(row.contact) };
}

async function logEntry(ctx: Ctx, contactId: string, changes: FieldChange[], at: string): Promise<ChangeLogEntry> {
  return { id: await ctx.newId('change'), contactId, at, actorId: ctx.user.id, changes };
}
