import { CONVERSATION_VIEWS, StartConversationSchema, type Conversation, type StartConversationInput } from '../../domain/index.js';
import type { ListConversationsQuery } from '../adapter.js';
import { RapportError } from '../errors.js';
import {
  checkLimit, compareKeys, contactSearchTerms, decodeCursor, encodeCursor, invalid, isKeyPosition, matchesSearch, parseInput, staffMember,
} from '../rules/index.js';
import { clone, visibleContact, type Scope } from './scope.js';
import type { MemoryStore } from './store.js';

/** Newest activity first; a conversation with no message yet comes last. */
export function listConversations(scope: Scope, query: ListConversationsQuery = {}) {
  const { store, user } = scope;
  const view = query.view ?? 'all';
  if (!CONVERSATION_VIEWS.includes(view)) invalid('view', `Must be one of ${CONVERSATION_VIEWS.join(', ')}`);
  const limit = checkLimit(query.limit, 'limit', 50, 500);
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, isKeyPosition);
  const search = query.search?.trim();
  // Sorting by the negated time puts the newest first with an ascending compare.
  const key = (conversation: Conversation) => -(conversation.lastMessageAt ? Date.parse(conversation.lastMessageAt) : 0);
  const matching = [...store.conversations.values()].filter((conversation) => {
    if (view === 'mine' && conversation.assigneeId !== user.id) return false;
    if (view === 'unread' && conversation.unreadCount === 0) return false;
    if (query.contactId !== undefined && conversation.contactId !== query.contactId) return false;
    if (search) {
      const contact = store.contacts.get(conversation.contactId);
      if (!contact || !matchesSearch(contactSearchTerms(contact), search)) return false;
    }
    return !after || compareKeys(key(conversation), conversation.id, after.k, after.id) > 0;
  });
  matching.sort((a, b) => compareKeys(key(a), a.id, key(b), b.id));
  const items = matching.slice(0, limit);
  const last = items.at(-1);
  return {
    items: clone(items),
    ...(matching.length > limit && last ? { nextCursor: encodeCursor({ k: key(last), id: last.id }) } : {}),
  };
}

export function getConversation(scope: Scope, id: string): Conversation {
  return clone(conversationById(scope, id));
}

export function conversationById({ store }: Scope, id: string): Conversation {
  const conversation = typeof id === 'string' ? store.conversations.get(id) : undefined;
  if (!conversation) throw RapportError.notFound('Conversation', String(id));
  return conversation;
}

/** Opens a conversation with a contact the user can see; it is assigned to the user unless said otherwise. */
export function startConversation(scope: Scope, input: StartConversationInput): Conversation {
  const { store, user } = scope;
  const parsed = parseInput(StartConversationSchema, input);
  try {
    visibleContact(scope, parsed.contactId);
  } catch {
    invalid('contactId', 'No contact you can see has this id');
  }
  if (parsed.assigneeId !== undefined) staffMember(store.staff, parsed.assigneeId, 'assigneeId');
  const conversation: Conversation = {
    id: store.newId('conversation'), contactId: parsed.contactId, context: parsed.context ?? {}, unreadCount: 0,
    assigneeId: parsed.assigneeId ?? user.id,
  };
  store.conversations.set(conversation.id, conversation);
  store.emit({ type: 'conversation', action: 'created', conversation });
  return clone(conversation);
}

export function markConversationRead(scope: Scope, id: string): Conversation {
  const current = conversationById(scope, id);
  if (current.unreadCount === 0) return clone(current);
  const conversation = { ...current, unreadCount: 0 };
  scope.store.conversations.set(id, conversation);
  scope.store.emit({ type: 'conversation', action: 'updated', conversation });
  return clone(conversation);
}

/** Moves `lastMessageAt` forward (never back) and counts an inbound message as unread. */
export function touchConversation(store: MemoryStore, id: string, at: string, inbound: boolean): void {
  const current = store.conversations.get(id);
  if (!current) return;
  const later = !current.lastMessageAt || Date.parse(at) > Date.parse(current.lastMessageAt);
  const conversation = {
    ...current,
    ...(later ? { lastMessageAt: at } : {}),
    unreadCount: current.unreadCount + (inbound ? 1 : 0),
  };
  store.conversations.set(id, conversation);
  store.emit({ type: 'conversation', action: 'updated', conversation });
}
