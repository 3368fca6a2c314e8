import {
  ContactInputSchema, fullName, type Account, type Attachment, type Channel, type Contact, type ExternalChannel, type ExternalCommunicationInputSchema,
  type ContactInput, type Message, type MessageDraftSchema, type Note, type Staff, type Validated, validate,
} from '../../domain/index.js';
import { RapportError } from '../errors.js';
import type * as z from 'zod/mini';
import { addressMessage, type Deliver } from './messages.js';
import { assertCanManageContact } from './permissions.js';
import { invalid, staffMember } from './validate.js';

/**
 * How records are built and changed, the same in every store: an adapter
 * finds what it needs (ids, the contact, the uploaded attachments), calls one
 * of these, and saves the result.
 */

/** An outbound message from a checked draft: by the user, addressed, `scheduled` or (until delivery) `sent`. */
export function composeOutbound(input: {
  id: string; draft: z.output<typeof MessageDraftSchema>; user: Staff; account: Account; contact?: Contact;
  attachments: Attachment[]; now: Date;
}): Message {
  const { draft } = input;
  return {
    id: input.id, conversationId: draft.conversationId, channel: draft.channel, direction: 'outbound',
    author: { kind: 'agent', id: input.user.id, name: input.user.name }, body: draft.body,
    ...(draft.subject ? { subject: draft.subject } : {}), attachments: input.attachments,
    occurredAt: draft.scheduledFor ?? input.now.toISOString(), status: draft.scheduledFor ? 'scheduled' : 'sent',
    ...(draft.scheduledFor ? { scheduledFor: draft.scheduledFor } : {}),
    ...addressMessage(draft, input.account, input.contact),
  };
}

/** The message after one delivery attempt: sent, or failed with the reason (a throwing hook is a failure too). */
export function attemptDelivery(deliver: Deliver, message: Message, contact: Contact | undefined): Message {
  let outcome: ReturnType<Deliver>;
  try {
    outcome = deliver(structuredClone(message), { contact: contact && structuredClone(contact) });
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { error: _previous, ...rest } = message;
  return outcome.ok ? { ...rest, status: 'sent' } : { ...rest, status: 'failed', error: outcome.error };
}

/** Seed 000: a logged communication, always the current user's, whatever the client sent. */
export function composeExternal(input: {
  id: string; external: z.output<typeof ExternalCommunicationInputSchema>; user: Staff; attachments: Attachment[];
}): Message {
  const { external, user } = input;
  return {
    id: input.id, conversationId: external.conversationId, channel: external.channel, direction: external.direction,
    author: { kind: 'agent', id: user.id, name: user.name }, body: external.body, attachments: input.attachments,
    occurredAt: new Date(external.occurredAt).toISOString(), status: 'sent',
    external: { type: external.type, loggedBy: user.id },
  };
}

/** Which size limit a logged communication's attachments get: a call's, an email's, a text's, or the largest. */
export function externalAttachmentRule(channel: ExternalChannel): { purpose: 'call' | 'message'; channel?: Channel } {
  if (channel === 'call') return { purpose: 'call' };
  return channel === 'listing' ? { purpose: 'message' } : { purpose: 'message', channel };
}

/** A message from the contact, as a carrier or chat widget delivers it. */
export function composeInbound(input: {
  id: string; conversationId: string; channel: Channel; body: string; subject?: string; from?: string;
  contact?: Contact; occurredAt: string;
}): Message {
  const { contact } = input;
  return {
    id: input.id, conversationId: input.conversationId, channel: input.channel, direction: 'inbound',
    author: { kind: 'contact', ...(contact ? { id: contact.id } : {}), name: contact ? fullName(contact) : 'Contact' },
    body: input.body, ...(input.subject ? { subject: input.subject } : {}), attachments: [],
    occurredAt: new Date(input.occurredAt).toISOString(), status: 'delivered', ...(input.from ? { from: input.from } : {}),
  };
}

export function composeNote(input: { id: string; contactId: string; body: string; user: Staff; now: Date }): Note {
  const at = input.now.toISOString();
  return {
    id: input.id, version: 1, contactId: input.contactId, body: input.body, authorId: input.user.id,
    authorName: input.user.name, createdAt: at, updatedAt: at,
  };
}

/** Seed 004: an edit by anyone (the author too) says who edited it. */
export function editNote(note: Note, body: string, user: Staff, now: Date): Note {
  return { ...note, body, version: note.version + 1, updatedAt: now.toISOString(), editedBy: user.name };
}

/**
 * A new contact's checked input (schema, owner, sharing), owned by `user`
 * unless it names an owner; throws `validation` naming each bad field.
 */
export function prepareContact(staff: ReadonlyMap<string, Staff>, user: Staff, input: ContactInput): PreparedContact {
  const checked = checkNewContact(staff, user, input);
  if (!checked.ok) throw RapportError.validation(checked.issues);
  return checked.value;
}

/**
 * `prepareContact` for an import: a contact the schema refuses comes back with
 * its issues instead of being thrown. A file can hold thousands of bad rows, and
 * building and throwing an Error (its stack captured) for each cost twice what
 * checking the row did. An unknown owner or staff member still throws.
 */
export function checkNewContact(staff: ReadonlyMap<string, Staff>, user: Staff, input: ContactInput): Validated<PreparedContact> {
  // Parsing gives a new object of our own: it is completed in place, not copied again (an import prepares 100,000).
  const checked = validate(ContactInputSchema, input) as Validated<PreparedContact>;
  if (!checked.ok) return checked;
  const parsed = checked.value;
  parsed.ownerId ??= user.id;
  staffMember(staff, parsed.ownerId, 'ownerId');
  parsed.sharedWith.forEach((id, index) => staffMember(staff, id, `sharedWith.${index}`));
  parsed.sharedWith = sharedBesides(parsed.ownerId, parsed.sharedWith);
  return checked;
}

export type PreparedContact = z.output<typeof ContactInputSchema> & { ownerId: string };

/**
 * The contact shared with more staff (never with its own owner), by `user`,
 * who must be allowed to; throws naming the first staff id that is not one.
 */
export function withSharing(contact: Contact, staffIds: readonly string[], user: Staff, staff: ReadonlyMap<string, Staff>): Contact {
  assertCanManageContact(contact, user, 'share');
  if (!Array.isArray(staffIds) || staffIds.length === 0) invalid('staffIds', 'Choose at least one staff member to share with');
  staffIds.forEach((staffId, index) => staffMember(staff, staffId, `staffIds.${index}`));
  return { ...contact, sharedWith: sharedBesides(contact.ownerId, [...contact.sharedWith, ...staffIds]) };
}

/** Each of `staffIds` once, the owner left out. Most contacts are shared with no one: those cost nothing. */
function sharedBesides(ownerId: string, staffIds: string[]): string[] {
  return staffIds.length === 0 ? staffIds : [...new Set(staffIds)].filter((id) => id !== ownerId);
}

/** The contact owned by someone else, given by `user`, who must be allowed to; the new owner no longer needs it shared. */
export function withOwner(contact: Contact, staffId: string, user: Staff, staff: ReadonlyMap<string, Staff>): Contact {
  assertCanManageContact(contact, user, 'transfer');
  if (typeof staffId !== 'string' || staffId === '') invalid('staffId', 'Choose the staff member to transfer to');
  staffMember(staff, staffId, 'staffId');
  return { ...contact, ownerId: staffId, sharedWith: contact.sharedWith.filter((id) => id !== staffId) };
}

/** A contact after a change: the next version, stamped now. */
export function nextVersion(current: Contact, next: Contact, now: Date): Contact {
  return { ...next, id: current.id, createdAt: current.createdAt, version: current.version + 1, updatedAt: now.toISOString() };
}
