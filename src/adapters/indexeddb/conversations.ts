import { CONVERSATION_VIEWS, StartConversationSchema, type Conversation, type Page, type StartConversationInput } from '../../domain/index.js';
import type { ListConversationsQuery } from '../adapter.js';
import { RapportError } from '../errors.js';
import {
  checkLimit, contactSearchTerms, decodeCursor, encodeCursor, invalid, isKeyPosition, matchesSearch, parseInput,
} from '../rules/index.js';
import { visibleRow } from './contacts.js';
import type { Ctx } from './context.js';
import { conversationRow } from './rows.js';
import type { ConversationRow } from './schema.js';

/** Newest activity first (the `by-last` index), from the cursor on; a conversation with no message yet comes last. */
export async function listConversations(ctx: Ctx, query: ListConversationsQuery = {}): Promise<Page<Conversation>> {
  const view = query.view ?? 'all';
  if (!CONVERSATION_VIEWS.includes(view)) invalid('view', `Must be one of ${CONVERSATION_VIEWS.join(', ')}`);
  const limit = checkLimit(query.limit, 'limit', 50, 500);
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isKeyPosition);
  const search = query.search?.trim();
  const contacts = ctx.tx.objectStore('contacts');
  const accept = async (row: ConversationRow): Promise<boolean> => {
    const { conversation } = row;
    if (view === 'mine' && conversation.assigneeId !== ctx.user.id) return false;
    if (view === 'unread' && conversation.unreadCount === 0) return false;
    if (query.contactId !== undefined && conversation.contactId !== query.contactId) return false;
    if (!search) return true;
    const contact = (await contacts.get(conversation.contactId))?.contact;
    return !!contact && matchesSearch(contactSearchTerms(contact), search);
  };
  const index = ctx.tx.objectStore('conversations').index('by-last');
  const kept: ConversationRow[] = [];
  let range = after ? IDBKeyRange.lowerBound([after.k, after.id], true) : undefined;
  let batch = limit + 1;
  for (;;) {
    const rows = await index.getAll(range, batch);
    for (const row of rows) if (kept.length <= limit && (await accept(row))) kept.push(row);
    const last = rows.at(-1);
    if (kept.length > limit || rows.length < batch || !last) break;
    range = IDBKeyRange.lowerBound([last.last, last.id], true);
    batch = Math.min(batch * 2, 1000);
  }
  const items = kept.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map((row) => row.conversation),
    ...(kept.length > limit && last ? { nextCursor: encodeCursor({ k: last.last, id: last.id }) } : {}),
  };
}

export async function conversationById(ctx: Ctx, id: unknown): Promise<Conversation> {
  const row = typeof id === 'string' && id !== '' ? await ctx.tx.objectStore('conversations').get(id) : undefined;
  if (!row) throw RapportError.notFound('Conversation', String(id));
  return row.conversation;
}

/** Opens a conversation with a contact the user can see; it is assigned to the user unless said otherwise. */
export async function startConversation(ctx: Ctx, input: StartConversationInput): Promise<Conversation> {
  const parsed = parseInput(StartConversationSchema, input);
  try {
    await visibleRow(ctx, parsed.contactId);
  } catch {
    invalid('contactId', 'No contact you can see has this id');
  }
  if (parsed.assigneeId !== undefined) ctx.staffMember(parsed.assigneeId, 'assigneeId');
  const conversation: Conversation = {
    id: await ctx.newId('conversation'), contactId: parsed.contactId, context: parsed.context ?? {}, unreadCount: 0,
    assigneeId: parsed.assigneeId ?? ctx.user.id,
  };
  await ctx.tx.objectStore('conversations').add(conversationRow(conversation));
  ctx.emit({ type: 'conversation', action: 'created', conversation });
  return conversation;
}

export async function markConversationRead(ctx: Ctx, id: string): Promise<Conversation> {
  const current = await conversationById(ctx, id);
  if (current.unreadCount === 0) return current;
  const conversation = { ...current, unreadCount: 0 };
  await ctx.tx.objectStore('conversations').put(conversationRow(conversation));
  ctx.emit({ type: 'conversation', action: 'updated', conversation });
  return conversation;
}

/** Moves `lastMessageAt` forward (never back) and counts an inbound message as unread. */
export async function touchConversation(ctx: Ctx, id: string, at: string, inbound: boolean): Promise<void> {
  const current = (await ctx.tx.objectStore('conversations').get(id))?.conversation;
  if (!current) return;
  const later = !current.lastMessageAt || Date.parse(at) > Date.parse(current.lastMessageAt);
  const conversation = { ...current, ...(later ? { lastMessageAt: at } : {}), unreadCount: current.unreadCount + (inbound ? 1 : 0) };
  await ctx.tx.objectStore('conversations').put(conversationRow(conversation));
  ctx.emit({ type: 'conversation', action: 'updated', conversation });
}
