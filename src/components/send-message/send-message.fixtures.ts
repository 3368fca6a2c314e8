import { MemoryAdapter, type MemoryAdapterOptions, type MemoryData } from '../../adapters/memory/index.js';

const T0 = '2026-01-05T10:00:00.000Z';

/** Small, explicit data for the dialog's tests and stories: one seller with a mobile and an email, one listing. */
export function sendMessageData(overrides: {
  tier?: 'standard' | 'professional' | 'accelerated';
  features?: MemoryData['account']['features'];
  smsNumbers?: string[];
  contact?: Partial<NonNullable<MemoryData['contacts']>[number]>;
  context?: Record<string, unknown>;
  messages?: MemoryData['messages'];
  templates?: MemoryData['templates'];
} = {}): MemoryData {
  return {
    staff: [
      { id: 'agent', name: 'Dana Whitfield', role: 'agent' },
      { id: 'admin', name: 'Ada Admin', role: 'admin' },
    ],
    account: {
      id: 'acc', name: 'Northside Motors', tier: overrides.tier ?? 'professional', country: 'CA',
      features: overrides.features ?? { sms: true, email: true, scheduledMessages: true },
      smsNumbers: overrides.smsNumbers ?? ['+15555550100'], emailAddresses: ['sales@northside.example'],
    },
    contacts: [{
      id: 'c1', version: 1, firstName: 'Sam', lastName: 'Rivera', ownerId: 'agent', createdAt: T0, updatedAt: T0,
      phones: { mobile: { number: '+14165550123', textable: true } }, emails: { primary: 'sam@example.com' },
      ...overrides.contact,
    }],
    conversations: [{
      id: 'v1', contactId: 'c1',
      context: overrides.context ?? { vehicle: { year: 2019, make: 'Honda', model: 'Civic' }, listing: { source: 'autotrader', stage: 'new' } },
    }],
    messages: overrides.messages ?? [],
    templates: overrides.templates ?? [
      { id: 't1', name: 'First contact', messageType: 'text', scope: 'global', ownerId: 'admin',
        body: 'Hi {{contact.firstName}}, is your {{vehicle.make}} still for sale?' },
      { id: 't2', name: 'Email intro', messageType: 'email', scope: 'local', ownerId: 'agent',
        subject: 'About your {{vehicle.model}}', body: 'Hello {{contact.fullName}},\nI saw your listing.' },
    ],
  };
}

/** A MemoryAdapter acting as the agent over `sendMessageData`. */
export function sendMessageAdapter(data = sendMessageData(), options: Omit<MemoryAdapterOptions, 'data'> = {}): MemoryAdapter {
  return new MemoryAdapter({ userId: 'agent', ...options, data });
}
