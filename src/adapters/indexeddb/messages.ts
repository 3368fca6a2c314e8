import {
  CHANNELS, ExternalCommunicationInputSchema, MessageDraftSchema, fullName,
  type ExternalCommunicationInput, type Message, type MessageDraft, type Page,
} from '../../domain/index.js';
import type { InboundMessageInput } from '../memory/index.js';
import { RapportError } from '../errors.js';
import {
  addressMessage, assertCanSend, checkLimit, checkOccurredAt, checkSchedule, decodeCursor, encodeCursor, invalid,
  parseInput, sameDraft,
} from '../rules/index.js';
import { resolveAttachments } from './attachments.js';
import type { Ctx } from './context.js';
import { conversationById, touchConversation } from './conversations.js';
import { messageRow, replaceMessage } from './rows.js';
import type { MessageRow } from './schema.js';

type TimelinePosition = { t: number; s: number };
const isTimelinePosition = (value: unknown): value is TimelinePosition =>
  !!value && typeof value === 'object' && typeof (value as TimelinePosition).t === 'number' &&
  typeof (value as TimelinePosition).s === 'number';

/** The newest page first, oldest to newest within it, read backwards on the `[conversation, time, order]` index. */
export async function listMessages(ctx: Ctx, conversationId: string, options: { before?: string; limit?: number } = {}): Promise<Page<Message>> {
  await conversationById(ctx, conversationId);
  const limit = checkLimit(options?.limit, 'limit', 50, 500);
  const before = options?.before === undefined ? undefined : decodeCursor(options.before, isTimelinePosition, 'before');
  const range = IDBKeyRange.bound(
    [conversationId, -Infinity, -Infinity],
    before ? [conversationId, before.t, before.s] : [conversationId, Infinity, Infinity],
    false,
    before !== undefined,
  );
  const rows: MessageRow[] = [];
  let cursor = await ctx.tx.objectStore('messages').index('by-conversation').openCursor(range, 'prev');
  while (cursor && rows.length <= limit) {
    rows.push(cursor.value);
    cursor = await cursor.continue();
  }
  const page = rows.slice(0, limit).reverse();
  const first = page[0];
  return {
    items: page.map((row) => row.message),
    ...(rows.length > limit && first ? { nextCursor: encodeCursor({ t: first.t, s: first.s }) } : {}),
  };
}

/**
 * Sends (or schedules) a message once per idempotency key, checked against the
 * stored keys inside the same transaction that stores the message: a repeat
 * after a reload gets the stored message; a different draft is a `conflict`.
 */
export async function sendOnce(ctx: Ctx, ledgerKey: string, draft: MessageDraft): Promise<Message> {
  const sends = ctx.tx.objectStore('sends');
  const used = await sends.get(ledgerKey);
  if (used) {
    if (!sameDraft(used.draft, draft)) throw RapportError.conflict('This idempotency key was already used for a different message');
    const row = await ctx.tx.objectStore('messages').get(used.messageId);
    if (row) return row.message;
  }
  const message = await createOutbound(ctx, draft);
  await sends.put({ key: ledgerKey, draft: structuredClone(draft), messageId: message.id });
  return message;
}

async function createOutbound(ctx: Ctx, draft: MessageDraft): Promise<Message> {
  const { user, account } = ctx;
  const parsed = parseInput(MessageDraftSchema, draft);
  const conversation = await conversationById(ctx, parsed.conversationId);
  assertCanSend(account, parsed.channel);
  const now = ctx.now();
  checkSchedule(parsed.scheduledFor, account, now);
  const contact = (await ctx.tx.objectStore('contacts').get(conversation.contactId))?.contact;
  const attachments = await resolveAttachments(ctx, parsed.attachmentIds, 'message', parsed.channel);
  const address = addressMessage(parsed, account, contact);
  const scheduled = parsed.scheduledFor !== undefined;
  let message: Message = {
    id: await ctx.newId('message'), conversationId: conversation.id, channel: parsed.channel, direction: 'outbound',
    author: { kind: 'agent', id: user.id, name: user.name }, body: parsed.body,
    ...(parsed.subject ? { subject: parsed.subject } : {}),
    attachments, occurredAt: parsed.scheduledFor ?? now.toISOString(), status: scheduled ? 'scheduled' : 'sent',
    ...(parsed.scheduledFor ? { scheduledFor: parsed.scheduledFor } : {}), ...address,
  };
  if (!scheduled) message = await delivered(ctx, message);
  else ctx.scheduleTouched = true;
  await ctx.tx.objectStore('messages').add(messageRow(message, await ctx.seq()));
  ctx.emit({ type: 'message', action: 'created', message });
  if (!scheduled) await touchConversation(ctx, conversation.id, message.occurredAt, false);
  return message;
}

/** The message after one delivery attempt (synchronous, inside the transaction): sent, or failed with the reason. */
async function delivered(ctx: Ctx, message: Message): Promise<Message> {
  const conversation = (await ctx.tx.objectStore('conversations').get(message.conversationId))?.conversation;
  const contact = conversation ? (await ctx.tx.objectStore('contacts').get(conversation.contactId))?.contact : undefined;
  let outcome: ReturnType<Ctx['settings']['deliver']>;
  try {
    outcome = ctx.settings.deliver(structuredClone(message), { contact: contact && structuredClone(contact) });
  } catch (error) {
    outcome = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { error: _previous, ...rest } = message;
  return outcome.ok ? { ...rest, status: 'sent' } : { ...rest, status: 'failed', error: outcome.error };
}

/** Tries a failed message again, in place. */
export async function retryMessage(ctx: Ctx, id: string): Promise<Message> {
  const row = await messageRowById(ctx, id);
  if (row.message.status !== 'failed') {
    throw RapportError.conflict('Only a message that failed can be tried again', row.message);
  }
  assertCanSend(ctx.account, row.message.channel);
  const message = await delivered(ctx, row.message);
  await ctx.tx.objectStore('messages').put(replaceMessage(row, message));
  ctx.emit({ type: 'message', action: 'updated', message });
  return message;
}

export async function cancelScheduledMessage(ctx: Ctx, id: string): Promise<Message> {
  const row = await messageRowById(ctx, id);
  if (row.message.status !== 'scheduled') {
    throw RapportError.conflict('Only a scheduled message that has not gone out can be canceled', row.message);
  }
  const message: Message = { ...row.message, status: 'canceled' };
  await ctx.tx.objectStore('messages').put(replaceMessage(row, message));
  ctx.scheduleTouched = true;
  ctx.emit({ type: 'message', action: 'updated', message });
  return message;
}

/** Sends every scheduled message whose time has come (another tab may have sent some already); gives what went out. */
export async function flushScheduled(ctx: Ctx): Promise<Message[]> {
  const due = await ctx.tx.objectStore('messages').index('by-due').getAll(IDBKeyRange.upperBound(ctx.now().getTime()));
  ctx.scheduleTouched = true;
  const sent: Message[] = [];
  for (const row of due) {
    if (row.message.status !== 'scheduled') continue;
    const message = await delivered(ctx, row.message);
    await ctx.tx.objectStore('messages').put(replaceMessage(row, message));
    ctx.emit({ type: 'message', action: 'updated', message });
    await touchConversation(ctx, message.conversationId, message.occurredAt, false);
    sent.push(message);
  }
  return sent;
}

/** Seed 000: a communication that happened elsewhere, logged by (and always assigned to) the current user. */
export async function logExternalCommunication(ctx: Ctx, input: ExternalCommunicationInput): Promise<Message> {
  const { user } = ctx;
  const parsed = parseInput(ExternalCommunicationInputSchema, input);
  const conversation = await conversationById(ctx, parsed.conversationId);
  checkOccurredAt(parsed.occurredAt, ctx.now());
  const purpose = parsed.channel === 'call' ? 'call' : 'message';
  const channel = parsed.channel === 'email' ? 'email' : parsed.channel === 'sms' ? 'sms' : undefined;
  const attachments = await resolveAttachments(ctx, parsed.attachmentIds, purpose, channel);
  const message: Message = {
    id: await ctx.newId('message'), conversationId: conversation.id, channel: parsed.channel, direction: parsed.direction,
    author: { kind: 'agent', id: user.id, name: user.name }, body: parsed.body, attachments,
    occurredAt: new Date(parsed.occurredAt).toISOString(), status: 'sent',
    external: { type: parsed.type, loggedBy: user.id },
  };
  await ctx.tx.objectStore('messages').add(messageRow(message, await ctx.seq()));
  ctx.emit({ type: 'message', action: 'created', message });
  await touchConversation(ctx, conversation.id, message.occurredAt, false);
  return message;
}

/** Simulates the contact writing in: an inbound message that counts as unread. */
export async function receiveMessage(ctx: Ctx, input: InboundMessageInput): Promise<Message> {
  const conversation = await conversationById(ctx, input?.conversationId);
  if (!CHANNELS.includes(input.channel)) invalid('channel', 'Is not a channel');
  if (typeof input.body !== 'string' || input.body.trim() === '') invalid('body', 'Write the message');
  const contact = (await ctx.tx.objectStore('contacts').get(conversation.contactId))?.contact;
  const message: Message = {
    id: await ctx.newId('message'), conversationId: conversation.id, channel: input.channel, direction: 'inbound',
    author: { kind: 'contact', ...(contact ? { id: contact.id } : {}), name: contact ? fullName(contact) : 'Contact' },
    body: input.body, ...(input.subject ? { subject: input.subject } : {}), attachments: [],
    occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : ctx.nowIso(), status: 'delivered',
    ...(input.from ? { from: input.from } : {}),
  };
  await ctx.tx.objectStore('messages').add(messageRow(message, await ctx.seq()));
  ctx.emit({ type: 'message', action: 'created', message });
  await touchConversation(ctx, conversation.id, message.occurredAt, true);
  return message;
}

async function messageRowById(ctx: Ctx, id: unknown): Promise<MessageRow> {
  const row = typeof id === 'string' && id !== '' ? await ctx.tx.objectStore('messages').get(id) : undefined;
  if (!row) throw RapportError.notFound('Message', String(id));
  return row;
}
