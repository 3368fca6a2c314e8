import type { Message } from '../../domain/index.js';

/**
 * Seed 003: a message posted on the web chat waits as an "unread message" in
 * the contact's chat until they next visit the website. Until the adapter
 * reports it `read`, it is unread by the contact.
 */
export function unreadByContact(message: Pick<Message, 'channel' | 'direction' | 'status'>): boolean {
  return message.channel === 'webchat' && message.direction === 'outbound' &&
    (message.status === 'sent' || message.status === 'delivered' || message.status === 'queued');
}

/** The latest outbound web chat message the contact has not read yet, if any. */
export function latestUnreadWebChat(messages: readonly Message[]): Message | undefined {
  const outbound = messages.filter((m) => m.channel === 'webchat' && m.direction === 'outbound');
  const last = outbound.at(-1);
  return last && unreadByContact(last) ? last : undefined;
}
