import {
  CHANNELS, ExternalCommunicationInputSchema, MessageDraftSchema,
  type Channel, type ExternalCommunicationInput, type Message, type MessageDraft,
} from '../../domain/index.js';
import { RapportError } from '../errors.js';
import {
  assertCanSend, attemptDelivery, checkLimit, checkOccurredAt, checkSchedule, composeExternal, composeInbound,
  composeOutbound, decodeCursor, encodeCursor, externalAttachmentRule, invalid, parseInput, sameDraft,
} from '../rules/index.js';
import { resolveAttachments } from './attachments.js';
import { conversationById, touchConversation } from './conversations.js';
import { clone, type Scope } from './scope.js';
import { compareEntries, type MemoryStore } from './store.js';

type TimelinePosition = { t: number; s: number };
const isTimelinePosition = (value: unknown): value is TimelinePosition =>
  !!value && typeof value === 'object' && typeof (value as TimelinePosition).t === 'number' &&
  typeof (value as TimelinePosition).s === 'number';

/** The newest page first, oldest to newest within it; `nextCursor` leads to the page before. */
export function listMessages(scope: Scope, conversationId: string, options: { before?: string; limit?: number } = {}) {
  conversationById(scope, conversationId);
  const limit = checkLimit(options.limit, 'limit', 50, 500);
  const timeline = scope.store.timeline(conversationId);
  let end = timeline.length;
  if (options.before !== undefined) {
    const before = decodeCursor(options.before, isTimelinePosition, 'before');
    const bound = { id: '', time: before.t, seq: before.s };
    let low = 0;
    while (low < end) {
      const mid = (low + end) >>> 1;
      if (compareEntries(timeline[mid]!, bound) < 0) low = mid + 1;
      else end = mid;
    }
  }
  const start = Math.max(0, end - limit);
  const page = timeline.slice(start, end);
  const first = page[0];
  return {
    items: page.map((entry) => clone(scope.store.messages.get(entry.id)!)),
    ...(start > 0 && first ? { nextCursor: encodeCursor({ t: first.time, s: first.seq }) } : {}),
  };
}

/**
 * Sends (or schedules) a message once per idempotency key: a repeat, even one
 * made while the first is still in flight, gets the same message; a different
 * draft under a used key is a `conflict`. A send that fails before a message
 * exists frees the key, so the caller may retry it.
 */
export function sendMessage(
  scope: Scope,
  draft: MessageDraft,
  options: { idempotencyKey: string },
  prelude: () => Promise<void>,
): Promise<Message> {
  const { store } = scope;
  const key = options?.idempotencyKey;
  if (typeof key !== 'string' || key.trim() === '') {
    return Promise.reject(RapportError.validation([{ field: 'idempotencyKey', message: 'A send needs an idempotency key' }]));
  }
  const ledgerKey = `${scope.user.id}\u0000${key}`;
  const existing = store.sends.get(ledgerKey);
  if (existing) {
    if (!sameDraft(existing.draft, draft)) {
      return Promise.reject(RapportError.conflict('This idempotency key was already used for a different message'));
    }
    return existing.result.then((message) => clone(store.messages.get(message.id) ?? message));
  }
  const result = prelude().then(() => createOutbound(scope, draft));
  store.sends.set(ledgerKey, { draft: structuredClone(draft), result });
  result.catch(() => {
    if (store.sends.get(ledgerKey)?.result === result) store.sends.delete(ledgerKey);
  });
  return result.then(clone);
}

function createOutbound(scope: Scope, draft: MessageDraft): Message {
  const { store, user } = scope;
  const parsed = parseInput(MessageDraftSchema, draft);
  const conversation = conversationById(scope, parsed.conversationId);
  assertCanSend(store.account, parsed.channel);
  const now = store.now();
  checkSchedule(parsed.scheduledFor, store.account, now);
  const contact = store.contacts.get(conversation.contactId);
  const attachments = resolveAttachments(scope, parsed.attachmentIds, 'message', parsed.channel);
  const scheduled = parsed.scheduledFor !== undefined;
  let message = composeOutbound({ id: store.newId('message'), draft: parsed, user, account: store.account, contact, attachments, now });
  if (!scheduled) message = delivered(store, message);
  store.putMessage(message);
  store.emit({ type: 'message', action: 'created', message });
  if (!scheduled) touchConversation(store, conversation.id, message.occurredAt, false);
  return message;
}

/** The message after one delivery attempt: sent, or failed with the reason. */
function delivered(store: MemoryStore, message: Message): Message {
  const conversation = store.conversations.get(message.conversationId);
  return attemptDelivery(store.deliver, message, conversation ? store.contacts.get(conversation.contactId) : undefined);
}

/** Tries a failed message again in place; two retries at once share one attempt. */
export function retryMessage(scope: Scope, id: string, prelude: () => Promise<void>): Promise<Message> {
  const { store } = scope;
  const inFlight = store.retries.get(id);
  if (inFlight) return inFlight.then(clone);
  const result = prelude().then(() => {
    const current = messageById(store, id);
    if (current.status !== 'failed') {
      throw RapportError.conflict('Only a message that failed can be tried again', clone(current));
    }
    assertCanSend(store.account, current.channel);
    const message = delivered(store, current);
    store.putMessage(message);
    store.emit({ type: 'message', action: 'updated', message });
    return message;
  });
  store.retries.set(id, result);
  const done = () => store.retries.delete(id);
  result.then(done, done);
  return result.then(clone);
}

export function cancelScheduledMessage(scope: Scope, id: string): Message {
  const { store } = scope;
  const current = messageById(store, id);
  if (current.status !== 'scheduled') {
    throw RapportError.conflict('Only a scheduled message that has not gone out can be canceled', clone(current));
  }
  const message: Message = { ...current, status: 'canceled' };
  store.putMessage(message);
  store.emit({ type: 'message', action: 'updated', message });
  return clone(message);
}

/** Sends every scheduled message whose time has come; gives the messages it sent (or that failed). */
export function flushScheduled(store: MemoryStore): Message[] {
  const now = store.now().getTime();
  const due = [...store.scheduled]
    .map((id) => store.messages.get(id)!)
    .filter((message) => Date.parse(message.scheduledFor ?? message.occurredAt) <= now);
  return due.map((scheduled) => {
    const message = delivered(store, scheduled);
    store.putMessage(message);
    store.emit({ type: 'message', action: 'updated', message });
    touchConversation(store, message.conversationId, message.occurredAt, false);
    return clone(message);
  });
}

/** Seed 000: a communication that happened elsewhere, logged by (and always assigned to) the current user. */
export function logExternalCommunication(scope: Scope, input: ExternalCommunicationInput): Message {
  const { store, user } = scope;
  const parsed = parseInput(ExternalCommunicationInputSchema, input);
  const conversation = conversationById(scope, parsed.conversationId);
  checkOccurredAt(parsed.occurredAt, store.now());
  const rule = externalAttachmentRule(parsed.channel);
  const attachments = resolveAttachments(scope, parsed.attachmentIds, rule.purpose, rule.channel);
  const message = composeExternal({ id: store.newId('message'), external: parsed, user, attachments });
  store.putMessage(message);
  store.emit({ type: 'message', action: 'created', message });
  touchConversation(store, conversation.id, message.occurredAt, false);
  return clone(message);
}

/** What `MemoryAdapter.receiveMessage` takes: a message from the contact, as a carrier or chat widget would deliver it. */
export type InboundMessageInput = {
  conversationId: string; channel: Channel; body: string; subject?: string; from?: string; occurredAt?: string;
};

/** Simulates the contact writing in: an inbound message that counts as unread. */
export function receiveMessage(scope: Scope, input: InboundMessageInput): Message {
  const { store } = scope;
  const conversation = conversationById(scope, input?.conversationId);
  if (!CHANNELS.includes(input.channel)) invalid('channel', 'Is not a channel');
  if (typeof input.body !== 'string' || input.body.trim() === '') invalid('body', 'Write the message');
  const message = composeInbound({
    ...input, id: store.newId('message'), conversationId: conversation.id,
    contact: store.contacts.get(conversation.contactId), occurredAt: input.occurredAt ?? store.nowIso(),
  });
  store.putMessage(message);
  store.emit({ type: 'message', action: 'created', message });
  touchConversation(store, conversation.id, message.occurredAt, true);
  return clone(message);
}

function messageById(store: MemoryStore, id: string): Message {
  const message = typeof id === 'string' ? store.messages.get(id) : undefined;
  if (!message) throw RapportError.notFound('Message', String(id));
  return message;
}
