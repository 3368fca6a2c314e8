import type { Activity, Conversation, Message, PageVisit } from '../../domain/index.js';
import { conversationTitle } from './messages.js';

const OPEN_FOR_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Seed 002's Activity tab from a contact's conversations, their messages and
 * the pages the contact visited: inquiries, staff engagements (outbound calls
 * and texts) and the journey, each newest first.
 */
export function buildActivity(input: {
  conversations: readonly Conversation[];
  messages: readonly Message[];
  pageVisits: readonly PageVisit[];
  now: Date;
}): Activity {
  const newestFirst = (a?: string, b?: string) => (b ? Date.parse(b) : 0) - (a ? Date.parse(a) : 0);
  const inquiries = [...input.conversations]
    .sort((a, b) => newestFirst(a.lastMessageAt, b.lastMessageAt))
    .map((conversation) => ({
      conversationId: conversation.id,
      title: conversationTitle(conversation),
      status: (conversation.lastMessageAt && input.now.getTime() - Date.parse(conversation.lastMessageAt) <= OPEN_FOR_MS
        ? 'open'
        : 'closed') as 'open' | 'closed',
      ...(conversation.lastMessageAt ? { lastMessageAt: conversation.lastMessageAt } : {}),
    }));
  const engagements = input.messages
    .filter((message) => message.direction === 'outbound' && message.author.kind === 'agent')
    .filter((message) => message.channel === 'call' || message.channel === 'sms')
    .filter((message) => !['scheduled', 'canceled', 'failed'].includes(message.status))
    .sort((a, b) => newestFirst(a.occurredAt, b.occurredAt))
    .map((message) => ({
      messageId: message.id,
      conversationId: message.conversationId,
      channel: message.channel as 'call' | 'sms',
      at: message.occurredAt,
      ...(message.author.id ? { staffId: message.author.id } : {}),
      staffName: message.author.name,
      summary: message.body.length > 120 ? `${message.body.slice(0, 119)}…` : message.body,
    }));
  const journey = [...input.pageVisits]
    .sort((a, b) => newestFirst(a.at, b.at))
    .map(({ url, title, at }) => ({ url, title, at }));
  return { inquiries, engagements, journey };
}
