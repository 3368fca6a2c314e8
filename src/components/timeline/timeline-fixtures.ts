import type { MemoryData } from '../../adapters/memory/index.js';
import type { Channel, MessageStatus } from '../../domain/values.js';

/**
 * Histories for rp-timeline's tests, stories and benchmark: small explicit
 * data, in the wire shapes MemoryAdapter takes. Not part of the library.
 */
type MessageInput = NonNullable<MemoryData['messages']>[number];

export const T0 = Date.parse('2024-03-04T12:00:00.000Z');
const CONTACT_NUMBER = '+15555550123';
const OUR_NUMBER = '+15555550100';

export function timelineData(messages: MessageInput[], options: { unreadCount?: number; tier?: 'standard' | 'professional' } = {}): MemoryData {
  const created = new Date(T0 - 86_400_000 * 400).toISOString();
  return {
    staff: [
      { id: 'staff-dana', name: 'Dana Whitfield', role: 'admin' },
      { id: 'staff-omar', name: 'Omar Haddad', role: 'agent' },
    ],
    account: {
      id: 'account-1', name: 'Northside Motors', tier: options.tier ?? 'professional', country: 'CA',
      features: { sms: true, email: true, scheduledMessages: true, facebook: true, kijiji: true, webchat: true },
      smsNumbers: [OUR_NUMBER], emailAddresses: ['sales@northside.example'],
    },
    contacts: [{
      id: 'contact-1', version: 1, firstName: 'Sam', lastName: 'Seller', ownerId: 'staff-dana',
      phones: { mobile: { number: CONTACT_NUMBER } }, emails: { primary: 'sam@example.com' }, createdAt: created, updatedAt: created,
    }],
    conversations: [{ id: 'conv-1', contactId: 'contact-1', unreadCount: options.unreadCount ?? 0 }],
    messages,
  };
}

/** One message; `at` is minutes after T0. */
export function message(id: string, at: number, fields: Partial<MessageInput> = {}): MessageInput {
  const inbound = (fields.direction ?? 'inbound') === 'inbound';
  return {
    id, conversationId: 'conv-1', channel: 'sms', direction: 'inbound',
    author: inbound ? { kind: 'contact', id: 'contact-1', name: 'Sam Seller' } : { kind: 'agent', id: 'staff-dana', name: 'Dana Whitfield' },
    body: `Message ${id}`, attachments: [], occurredAt: new Date(T0 + at * 60_000).toISOString(),
    status: inbound ? 'delivered' : 'sent',
    ...(inbound ? { from: CONTACT_NUMBER } : { from: OUR_NUMBER, to: CONTACT_NUMBER }),
    ...fields,
  };
}

const CHANNELS: Channel[] = ['sms', 'sms', 'email', 'webchat', 'facebook', 'sms', 'kijiji'];
const WORDS = 'Is the truck still available? We could come by Saturday morning to take a look and talk price.'.split(' ');

/** `count` alternating messages, 37 minutes apart, oldest first, with bodies of varied length. */
export function generatedMessages(count: number): MessageInput[] {
  const messages: MessageInput[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const channel = CHANNELS[i % CHANNELS.length]!;
    const body = WORDS.slice(0, 3 + ((i * 7) % WORDS.length)).join(' ');
    messages[i] = message(`m${i}`, i * 37 - count * 37, {
      direction: i % 2 === 0 ? 'inbound' : 'outbound', channel, body,
      ...(i % 2 === 1 && i % 9 === 0 ? { author: { kind: 'bot', name: 'Follow-up workflow' } } : {}),
      ...(channel === 'email' ? { subject: `About the truck #${i}`, from: undefined, to: undefined } : {}),
    });
  }
  return messages;
}

const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Every kind of entry the seeds describe, every status and every kind of attachment. */
export function showcaseMessages(): MessageInput[] {
  const statuses: MessageStatus[] = ['queued', 'sent', 'delivered', 'read', 'canceled'];
  return [
    message('system-1', 0, { direction: 'outbound', author: { kind: 'system', name: 'Rapport' }, body: 'Sam Seller was added as a lead from the Kijiji listing.', channel: 'listing', from: undefined, to: undefined }),
    message('in-1', 5, { body: 'Hi, is the 2019 Tacoma still for sale? See https://example.com/listing/42.' }),
    message('bot-1', 6, { direction: 'outbound', author: { kind: 'bot', name: 'Lead follow-up workflow' }, body: 'Thanks for writing! An agent will answer shortly.' }),
    message('email-1', 30, { direction: 'outbound', channel: 'email', subject: 'Inquiry about your 2019 Toyota Tacoma', body: 'Hello Sam, could you send a photo of the odometer?', from: 'sales@northside.example', to: 'sam@example.com', status: 'read' }),
    message('in-photo', 60, { channel: 'email', subject: 'Re: Inquiry', body: 'Here you go, and the inspection report.', from: 'sam@example.com', attachments: [
      { id: 'a-photo', name: 'odometer.png', mimeType: 'image/png', size: 48_213, url: PIXEL },
      { id: 'a-pdf', name: 'inspection.pdf', mimeType: 'application/pdf', size: 1_250_000, url: 'https://example.com/files/inspection.pdf' },
      { id: 'a-svg', name: 'logo.svg', mimeType: 'image/svg+xml', size: 2_100, url: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E' },
    ] }),
    message('ext-call', 120, { channel: 'call', direction: 'outbound', body: 'Called Sam, 6 minutes: agreed on a viewing on Saturday.', external: { type: 'follow-up', loggedBy: 'staff-omar' }, author: { kind: 'agent', id: 'staff-omar', name: 'Omar Haddad' }, from: undefined, to: undefined, attachments: [
      { id: 'a-rec', name: 'call-recording.mp3', mimeType: 'audio/mpeg', size: 734_003, url: 'data:audio/mpeg;base64,SUQzBAAAAAAAAA==' },
    ] }),
    message('ext-in', 125, { channel: 'listing', body: 'Sam answered on the listing site: Saturday works.', external: { type: 'reply', loggedBy: 'staff-dana' }, from: undefined }),
    message('fb-1', 130, { channel: 'facebook', body: 'Can you bring the spare key?', from: undefined }),
    message('chat-1', 131, { channel: 'webchat', body: 'Sure, see you Saturday.', direction: 'outbound', from: undefined, to: undefined }),
    ...statuses.map((status, i) => message(`status-${status}`, 140 + i, { direction: 'outbound', status, body: `A text that is ${status}.` })),
    message('failed-1', 150, { direction: 'outbound', status: 'failed', error: 'The carrier rejected the number.', body: 'Reminder: viewing on Saturday at 10.' }),
    message('scheduled-1', 4000, { direction: 'outbound', status: 'scheduled', scheduledFor: new Date(T0 + 4000 * 60_000).toISOString(), body: 'See you tomorrow at 10!' }),
  ];
}
