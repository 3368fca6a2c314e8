import type { AccountTier } from '../../domain/index.js';
import type { MemoryData } from '../memory/store.js';

/** The staff of the conformance data: one administrator, two agents. */
export const ADMIN = 'staff-admin';
export const ANA = 'staff-ana';
export const BEN = 'staff-ben';

/** Contacts by who owns them: Ana's two, Ben's one shared with Ana, Ben's private one, and the admin's CRM-managed one. */
export const ANA_CONTACT = 'contact-ana-1';
export const ANA_OTHER = 'contact-ana-2';
export const BEN_SHARED = 'contact-ben-1';
export const BEN_PRIVATE = 'contact-ben-2';
export const ADMIN_CRM = 'contact-admin-1';
/** How many contacts the data holds in all. */
export const CONTACT_COUNT = 25;

export const CONVERSATION = 'conversation-1';
export const BLOCKED_CONVERSATION = 'conversation-2';
export const FAILED_MESSAGE = 'message-failed';
export const MESSAGE_COUNT = 9;
export const BEN_NOTE = 'note-ben-1';
export const GLOBAL_TEMPLATE = 'template-global';
export const ANA_TEMPLATE = 'template-ana';
export const BEN_TEMPLATE = 'template-ben';

export const ANA_MOBILE = '+16135550111';
export const ACCOUNT_SMS = ['+16135550100', '+16135550101'];

/**
 * What `makeAdapter` is given: the data to start from (in the wire shapes of
 * DESIGN.md), who acts, and the clock. An adapter that cannot honour `now`
 * (a real server) may ignore it: the data is built around the real time.
 */
export type ConformanceSeed = { data: MemoryData; userId: string; now: () => Date };

export function conformanceSeed(options: { tier?: AccountTier; smsNumbers?: string[] } = {}): ConformanceSeed {
  const nowMs = Math.floor(Date.now() / 60_000) * 60_000;
  const at = (minutesAgo: number) => new Date(nowMs - minutesAgo * 60_000).toISOString();
  const created = at(60 * 24 * 30);
  const contact = (id: string, ownerId: string, fields: Record<string, unknown>) => ({
    id, version: 1, ownerId, createdAt: created, updatedAt: created, ...fields,
  }) as NonNullable<MemoryData['contacts']>[number];
  const pagers = Array.from({ length: CONTACT_COUNT - 5 }, (_, n) =>
    contact(`contact-pager-${n + 1}`, [ANA, BEN, ADMIN][n % 3]!, { firstName: 'Page', lastName: `Person ${String(n + 1).padStart(2, '0')}` }));
  const message = (n: number, fields: Record<string, unknown>) => ({
    id: `message-${n}`, conversationId: CONVERSATION, channel: 'sms', direction: 'inbound',
    author: { kind: 'contact', id: ANA_CONTACT, name: 'José Álvarez' }, body: `Message ${n}`,
    occurredAt: at(600 - n * 30), status: 'delivered', ...fields,
  }) as NonNullable<MemoryData['messages']>[number];
  return {
    userId: ADMIN,
    now: () => new Date(),
    data: {
      staff: [
        { id: ADMIN, name: 'Dana Whitfield', role: 'admin' },
        { id: ANA, name: 'Ana Ruiz', role: 'agent' },
        { id: BEN, name: 'Ben Okafor', role: 'agent' },
      ],
      account: {
        id: 'account-conformance', name: 'Conformance Motors', tier: options.tier ?? 'professional', country: 'CA',
        features: { scheduledMessages: true, facebook: true, kijiji: true, webchat: true, email: true, sms: true },
        smsNumbers: options.smsNumbers ?? ACCOUNT_SMS, emailAddresses: ['sales@example.com', 'desk@example.com'],
      },
      contacts: [
        contact(ANA_CONTACT, ANA, {
          firstName: 'José', lastName: 'Álvarez', phones: { mobile: { number: ANA_MOBILE, textable: true } },
          emails: { primary: 'jose.alvarez@example.com' }, address: { city: 'Ottawa', country: 'CA' },
        }),
        contact(ANA_OTHER, ANA, { firstName: 'Chloé', lastName: 'Martin', emails: { primary: 'chloe@example.org' } }),
        contact(BEN_SHARED, BEN, { firstName: 'Rosa', lastName: 'Whitman', sharedWith: [ANA] }),
        contact(BEN_PRIVATE, BEN, { firstName: 'Tom', lastName: 'Baker' }),
        contact(ADMIN_CRM, ADMIN, {
          firstName: 'Wanda', lastName: 'Whitfield', company: 'Whitfield Cars', validated: true,
          phones: { mobile: { number: '+16135550199', blocked: true } },
          crmManaged: { company: { editable: false, syncedAt: created }, 'address.city': { editable: true, syncedAt: created } },
        }),
        ...pagers,
      ],
      conversations: [
        { id: CONVERSATION, contactId: ANA_CONTACT, assigneeId: ANA, unreadCount: 1, lastMessageAt: at(360),
          context: { vehicle: { year: 2019, make: 'Honda', model: 'Civic' }, listing: { source: 'Kijiji', stage: 'New' } } },
        { id: BLOCKED_CONVERSATION, contactId: ADMIN_CRM, assigneeId: ADMIN, unreadCount: 0,
          context: { vehicle: { year: 2017, make: 'Ford', model: 'F-150' }, listing: { source: 'Facebook', stage: 'New' } } },
      ],
      messages: [
        ...Array.from({ length: MESSAGE_COUNT - 1 }, (_, n) => message(n + 1, n % 2
          ? { direction: 'outbound', author: { kind: 'agent', id: ANA, name: 'Ana Ruiz' }, status: 'sent', from: ACCOUNT_SMS[0], to: ANA_MOBILE }
          : {})),
        message(MESSAGE_COUNT, {
          id: FAILED_MESSAGE, direction: 'outbound', author: { kind: 'agent', id: ANA, name: 'Ana Ruiz' }, status: 'failed',
          error: 'The carrier did not answer', from: ACCOUNT_SMS[0], to: ANA_MOBILE, occurredAt: at(360),
        }),
      ],
      templates: [
        { id: GLOBAL_TEMPLATE, name: 'Initial outreach', messageType: 'text', scope: 'global', ownerId: ADMIN,
          body: 'Hi {{contact.firstName}}, is your {{vehicle.year}} {{vehicle.make}} {{vehicle.model}} still available?' },
        { id: ANA_TEMPLATE, name: "Ana's follow-up", messageType: 'text', scope: 'local', ownerId: ANA, body: 'Following up, {{agent.name}}' },
        { id: BEN_TEMPLATE, name: "Ben's email", messageType: 'email', scope: 'local', ownerId: BEN, subject: 'Hello', body: 'Hi' },
      ],
      notes: [
        { id: BEN_NOTE, version: 1, contactId: BEN_SHARED, body: 'Prefers texts after 6 pm.', authorId: BEN,
          authorName: 'Ben Okafor', createdAt: at(120), updatedAt: at(120) },
      ],
      pageVisits: [{ contactId: ANA_CONTACT, url: 'https://example.com/sell', title: 'Sell your car', at: at(90) }],
    },
  };
}
