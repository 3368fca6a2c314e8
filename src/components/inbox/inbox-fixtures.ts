import type { MemoryData } from '../../adapters/memory/index.js';

/**
 * Small explicit inbox data for tests, stories and the benchmark, in the wire
 * shapes MemoryAdapter takes. Not part of the library.
 */
export const INBOX_T0 = Date.parse('2024-05-06T15:00:00.000Z');
const at = (minutes: number) => new Date(INBOX_T0 + minutes * 60_000).toISOString();
const created = new Date(INBOX_T0 - 86_400_000 * 30).toISOString();

type ContactData = NonNullable<MemoryData['contacts']>[number];
type MessageData = NonNullable<MemoryData['messages']>[number];

export function inboxContact(id: string, firstName: string, lastName: string, fields: Partial<ContactData> = {}): ContactData {
  const n = id.replace(/\D/g, '').padStart(4, '0').slice(-4);
  return {
    id, version: 1, firstName, lastName, ownerId: 'dana', createdAt: created, updatedAt: created,
    phones: { mobile: { number: `+1416555${n}` } }, emails: { primary: `${firstName.normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase()}.${id}@example.com` },
    ...fields,
  };
}

/** An inbound text from the contact `minutes` after T0. */
export function inboundText(id: string, conversationId: string, minutes: number, body: string, name: string): MessageData {
  return {
    id, conversationId, channel: 'sms', direction: 'inbound', author: { kind: 'contact', name }, body, attachments: [],
    occurredAt: at(minutes), status: 'delivered',
  };
}

/** Three conversations (Lucía newest and unread, Marc assigned to Omar, Priya), plus Noah who has none. */
export function inboxData(options: { webchat?: boolean } = {}): MemoryData {
  return {
    staff: [
      { id: 'dana', name: 'Dana Whitfield', role: 'admin' },
      { id: 'omar', name: 'Omar Haddad', role: 'agent' },
    ],
    account: {
      id: 'a1', name: 'Northside Motors', tier: 'professional', country: 'CA',
      features: { sms: true, email: true, webchat: options.webchat ?? true, scheduledMessages: false },
      smsNumbers: ['+14165550100', '+14165550199'], emailAddresses: ['sales@northside.example'],
    },
    contacts: [
      inboxContact('c1', 'Lucía', 'Reyes'),
      inboxContact('c2', 'Marc', 'Dubois'),
      inboxContact('c3', 'Priya', 'Natarajan', { emails: {} }),
      inboxContact('c4', 'Noah', 'Fischer'),
    ],
    conversations: [
      { id: 'k1', contactId: 'c1', unreadCount: 2, assigneeId: 'dana', lastMessageAt: at(30) },
      { id: 'k2', contactId: 'c2', unreadCount: 0, assigneeId: 'omar', lastMessageAt: at(20) },
      { id: 'k3', contactId: 'c3', unreadCount: 0, assigneeId: 'dana', lastMessageAt: at(10) },
    ],
    messages: [
      inboundText('m1', 'k1', 25, 'Is the Tacoma still for sale?', 'Lucía Reyes'),
      inboundText('m2', 'k1', 30, 'Can I see it Saturday?', 'Lucía Reyes'),
      inboundText('m3', 'k2', 20, 'What is the mileage?', 'Marc Dubois'),
      inboundText('m4', 'k3', 10, '<img src=x onerror=alert(1)> hello', 'Priya Natarajan'),
    ],
  };
}

/** `count` conversations, one contact each, with `perConversation` messages, for the benchmark and the busy story. */
export function busyInboxData(count: number, perConversation = 20): MemoryData {
  const base = inboxData();
  const contacts: ContactData[] = [];
  const conversations: NonNullable<MemoryData['conversations']> = [];
  const messages: MessageData[] = [];
  const first = ['Ava', 'Ben', 'Chloé', 'Diego', 'Emma', 'Farid', 'Grace', 'Hugo', 'Inés', 'Jonas'];
  const last = ['Martin', 'Silva', 'Kowalski', 'Nguyen', 'Okafor', 'Larsen', 'Moreau', 'Rossi', 'Tanaka', 'Weber'];
  for (let i = 0; i < count; i += 1) {
    const id = `b${i}`;
    const name = [first[i % 10]!, last[Math.floor(i / 10) % 10]!];
    contacts.push(inboxContact(`bc${i}`, name[0], `${name[1]} ${i}`));
    for (let j = 0; j < perConversation; j += 1) {
      const minutes = -i * 60 - (perConversation - j) * 3;
      const outbound = j % 2 === 1;
      messages.push({
        id: `${id}-${j}`, conversationId: id, channel: j % 5 === 4 ? 'email' : 'sms', direction: outbound ? 'outbound' : 'inbound',
        author: outbound ? { kind: 'agent', id: 'dana', name: 'Dana Whitfield' } : { kind: 'contact', name: name.join(' ') },
        body: `Message ${j} about the listing, conversation ${i}.`, attachments: [], occurredAt: at(minutes),
        status: outbound ? 'sent' : 'delivered', ...(j % 5 === 4 ? { subject: `Listing question ${i}` } : {}),
      });
    }
    conversations.push({
      id, contactId: `bc${i}`, unreadCount: i % 7 === 0 ? 1 : 0, assigneeId: i % 3 === 0 ? 'omar' : 'dana',
      lastMessageAt: at(-i * 60 - 3),
    });
  }
  return { ...base, contacts, conversations, messages };
}
