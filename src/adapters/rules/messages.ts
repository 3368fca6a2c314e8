import {
  canCommunicate, readListingContext, type Account, type Channel, type Contact, type Conversation, type Message,
  type MessageDraft, type Phone,
} from '../../domain/index.js';
import { RapportError } from '../errors.js';
import { invalid } from './validate.js';

/** Decides whether an outbound message reaches its recipient (a carrier, a mail server, or a story's stand-in). */
export type DeliveryResult = { ok: true } | { ok: false; error: string };
export type Deliver = (message: Message, context: { contact?: Contact }) => DeliveryResult;

/** Seed 001: standard accounts have no communication features. */
export function assertCanSend(account: Account, channel: Channel): void {
  if (!canCommunicate(account)) {
    throw RapportError.permission('Sending messages is part of the Professional and Accelerated plans; this account is on Standard');
  }
  const feature = CHANNEL_FEATURES[channel];
  if (feature && account.features[feature] !== true) {
    throw RapportError.permission(`This account cannot send ${CHANNEL_LABELS[channel]} messages`);
  }
  if (channel === 'kijiji' && account.country !== 'CA') {
    throw RapportError.permission('Kijiji messages are available to Canadian accounts only');
  }
}

const CHANNEL_FEATURES: Partial<Record<Channel, keyof Account['features']>> = {
  sms: 'sms', email: 'email', facebook: 'facebook', kijiji: 'kijiji', webchat: 'webchat',
};
const CHANNEL_LABELS: Record<Channel, string> = {
  sms: 'text', email: 'email', facebook: 'Facebook', kijiji: 'Kijiji', webchat: 'web chat', call: 'call',
  listing: 'listing', form: 'form',
};

/** A scheduled send must be in the future and the account must have scheduled messages. */
export function checkSchedule(scheduledFor: string | undefined, account: Account, now: Date): void {
  if (scheduledFor === undefined) return;
  if (account.features.scheduledMessages !== true) {
    throw RapportError.permission('This account does not have scheduled messages');
  }
  if (Date.parse(scheduledFor) <= now.getTime()) invalid('scheduledFor', 'Must be a date and time in the future');
}

/** A logged communication happened already: its time cannot be in the future. */
export function checkOccurredAt(occurredAt: string, now: Date): void {
  if (Date.parse(occurredAt) > now.getTime()) invalid('occurredAt', 'Must not be in the future');
}

/** The number a text goes to: the first of mobile, other, work, home that is not a landline. */
export function textablePhone(contact: Contact | undefined): Phone | undefined {
  if (!contact) return undefined;
  const { mobile, other, work, home } = contact.phones;
  return [mobile, other, work, home].find((phone) => phone && !phone.landline && phone.textable !== false);
}

/**
 * Fills `from` and `to` when the draft leaves them out: the account's first SMS
 * number or email address, the contact's textable phone or email. Refuses a
 * `from` that is not the account's, and a text or email with nowhere to go.
 */
export function addressMessage(draft: MessageDraft, account: Account, contact: Contact | undefined): { from?: string; to?: string } {
  if (draft.channel === 'sms') {
    if (draft.from !== undefined && !account.smsNumbers.includes(draft.from)) {
      invalid('from', "Must be one of the account's SMS numbers");
    }
    const from = draft.from ?? account.smsNumbers[0];
    if (!from) invalid('from', 'The account has no SMS number to send from');
    const to = draft.to ?? textablePhone(contact)?.number;
    if (!to) invalid('to', 'The contact has no phone number that can receive texts');
    return { from, to };
  }
  if (draft.channel === 'email') {
    if (draft.from !== undefined && !account.emailAddresses.includes(draft.from)) {
      invalid('from', "Must be one of the account's email addresses");
    }
    const from = draft.from ?? account.emailAddresses[0];
    if (!from) invalid('from', 'The account has no email address to send from');
    const to = draft.to ?? contact?.emails.primary ?? contact?.emails.other;
    if (!to) invalid('to', 'The contact has no email address');
    return { from, to };
  }
  return { ...(draft.from ? { from: draft.from } : {}), ...(draft.to ? { to: draft.to } : {}) };
}

/** The default delivery: a text to a number marked blocked, Do Not Call or landline fails with the reason. */
export const defaultDeliver: Deliver = (message, { contact }) => {
  if (message.channel !== 'sms' || !contact || !message.to) return { ok: true };
  const phone = Object.values(contact.phones).find((candidate) => candidate?.number === message.to);
  if (phone?.dnc) return { ok: false, error: `${message.to} is marked Do Not Call, so the text was not sent` };
  if (phone?.blocked) return { ok: false, error: `${message.to} has blocked texts from this account` };
  if (phone?.landline) return { ok: false, error: `${message.to} is a landline and cannot receive texts` };
  return { ok: true };
};

/**
 * Whether two drafts sent under one idempotency key are the same send. Key
 * order and absent-versus-empty optional lists do not matter.
 */
export function sameDraft(a: MessageDraft, b: MessageDraft): boolean {
  return canonicalDraft(a) === canonicalDraft(b);
}

function canonicalDraft(input: MessageDraft): string {
  // A malformed draft (not an object) must compare, not throw: the send then fails validation as usual.
  const draft: Partial<MessageDraft> = input && typeof input === 'object' ? input : {};
  return JSON.stringify([
    draft.conversationId, draft.channel, draft.body, draft.subject?.trim() ?? '', draft.attachmentIds ?? [],
    draft.scheduledFor ? Date.parse(draft.scheduledFor) : null, draft.from ?? null, draft.to ?? null,
  ]);
}

/** A conversation's title: its vehicle ("2019 Honda Civic"), else its listing title, else a plain word. */
export function conversationTitle(conversation: Pick<Conversation, 'context'>): string {
  const { vehicle, listing } = readListingContext(conversation.context);
  const parts = [vehicle?.year, vehicle?.make, vehicle?.model].filter((part) => part !== undefined && part !== '');
  if (parts.length > 0) return parts.join(' ');
  return listing?.title ?? 'Conversation';
}

/** Order of a timeline: by time, then by the order the store took them in. */
export function messageTime(message: Pick<Message, 'occurredAt'>): number {
  return Date.parse(message.occurredAt);
}
