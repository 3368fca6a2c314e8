import { expect } from '@open-wc/testing';
import { MemoryAdapter } from './memory-adapter.js';

const T0 = '2026-01-01T00:00:00.000Z';
const data = () => ({
  staff: [
    { id: 'admin', name: 'Dana Whitfield', role: 'admin' as const },
    { id: 'agent', name: 'Sam Ortiz', role: 'agent' as const },
  ],
  account: {
    id: 'acc', name: 'Northside', tier: 'professional' as const, country: 'CA',
    features: { sms: true, email: true, scheduledMessages: true }, smsNumbers: ['+15555550100'], emailAddresses: ['sales@example.com'],
  },
  contacts: [{ id: 'c1', version: 1, lastName: 'Rossi', firstName: 'José', ownerId: 'agent', createdAt: T0, updatedAt: T0,
    phones: { mobile: { number: '+15555550111' } }, emails: { primary: 'jose@example.com' } }],
  conversations: [{ id: 'v1', contactId: 'c1', context: {} }],
});

describe('MemoryAdapter smoke', () => {
  it('creates, finds and messages a contact', async () => {
    const adapter = new MemoryAdapter({ data: data(), now: () => new Date('2026-02-01T00:00:00Z') });
    const created = await adapter.createContact({ lastName: 'Whitaker', firstName: 'Ann' });
    expect((await adapter.listContacts({ search: 'jose' })).items.map((c) => c.id)).to.deep.equal(['c1']);
    expect((await adapter.listContacts({ search: 'ann whi' })).items.map((c) => c.id)).to.deep.equal([created.id]);
    const sent = await adapter.sendMessage({ conversationId: 'v1', channel: 'sms', body: 'Hi' }, { idempotencyKey: 'k' });
    expect(sent.status).to.equal('sent');
    expect(sent.to).to.equal('+15555550111');
    expect((await adapter.listMessages('v1')).items).to.have.length(1);
  });
});
