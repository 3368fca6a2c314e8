import { expect } from '@open-wc/testing';
import { runAdapterConformance } from '../conformance/index.js';
import { BLOCKED_CONVERSATION, conformanceSeed, CONVERSATION } from '../conformance/fixture.js';
import type { RapportChange } from '../adapter.js';
import { RapportError } from '../errors.js';
import { MemoryAdapter } from './memory-adapter.js';
import { DEMO_REFERENCE_DATE, demoData } from './demo-data.js';

runAdapterConformance(({ data, userId, now }) => {
  const adapter = new MemoryAdapter({ data, userId, now });
  return { adapter, asUser: (staffId) => adapter.withUser(staffId), cleanup: () => adapter.dispose() };
}, { name: 'MemoryAdapter conformance' });

describe('MemoryAdapter', () => {
  describe('demo()', () => {
    it('holds the demo data set the stories and the demo app rely on', async () => {
      const data = demoData();
      expect(data.staff.length).to.be.at.least(3);
      expect(data.staff.find((person) => person.role === 'admin')?.name).to.equal('Dana Whitfield');
      expect(data.account).to.include({ tier: 'professional', country: 'CA' });
      expect(data.account.smsNumbers).to.have.length(2);
      expect(data.account.emailAddresses).to.have.length(2);
      expect(data.contacts.length).to.be.at.least(60);
      expect(data.conversations).to.have.length(15);
      const contacts = data.contacts;
      expect(new Set(contacts.map((c) => c.type))).to.have.keys('lead', 'prospect', 'customer', 'other');
      expect(new Set(contacts.map((c) => c.level))).to.have.keys('primary', 'secondary', 'tertiary');
      const phones = contacts.flatMap((c) => Object.values(c.phones ?? {}));
      expect(contacts.some((c) => Object.keys(c.phones ?? {}).length === 0), 'a contact with no phone').to.equal(true);
      expect(phones.some((p) => p?.landline)).to.equal(true);
      expect(phones.some((p) => p?.dnc)).to.equal(true);
      expect(phones.some((p) => p?.blocked)).to.equal(true);
      expect(contacts.some((c) => c.dealership && c.vip !== undefined)).to.equal(true);
      expect(contacts.some((c) => c.vip)).to.equal(true);
      expect(contacts.some((c) => c.validated)).to.equal(true);
      const crm = contacts.flatMap((c) => Object.values(c.crmManaged ?? {}));
      expect(crm.some((rule) => rule.editable) && crm.some((rule) => !rule.editable)).to.equal(true);
      expect(contacts.some((c) => Object.keys(c.customAttributes ?? {}).length > 0)).to.equal(true);
      // Seed 002's Contact Sharing lists who else sees a contact: never its owner.
      expect(contacts.some((c) => c.sharedWith?.length)).to.equal(true);
      expect(contacts.filter((c) => c.sharedWith?.includes(c.ownerId)).map((c) => c.id)).to.deep.equal([]);
      const stages = data.conversations.map((c) => (c.context as { listing: { stage: string } }).listing.stage);
      expect(stages).to.include.members(['DNC', 'Pass']);
      const sources = new Set(data.conversations.map((c) => (c.context as { listing: { source: string } }).listing.source));
      expect([...sources]).to.include.members(['Facebook', 'Craigslist', 'Kijiji', 'AutoTrader', 'Website']);
      const messages = data.messages;
      expect(new Set(messages.map((m) => m.channel))).to.include.keys('sms', 'email', 'call', 'facebook', 'kijiji', 'webchat');
      expect(messages.some((m) => m.channel === 'email' && m.subject)).to.equal(true);
      expect(messages.some((m) => m.external)).to.equal(true);
      expect(new Set(messages.map((m) => m.author.kind))).to.include.keys('bot', 'system', 'agent', 'contact');
      expect(messages.some((m) => m.status === 'failed' && m.error)).to.equal(true);
      const scheduled = messages.filter((m) => m.status === 'scheduled');
      expect(scheduled.length).to.be.greaterThan(0);
      expect(scheduled.every((m) => Date.parse(m.scheduledFor!) > DEMO_REFERENCE_DATE.getTime())).to.equal(true);
      expect(data.templates.some((t) => t.scope === 'global' && t.messageType === 'email' && t.subject?.includes('{{vehicle.make}}'))).to.equal(true);
      expect(data.templates.some((t) => t.scope === 'local')).to.equal(true);
      expect(new Set(data.notes.map((n) => n.authorId)).size).to.be.at.least(3);
      expect(data.pageVisits.length).to.be.greaterThan(0);
    });

    it('is the same on every run', () => {
      expect(JSON.stringify(demoData())).to.equal(JSON.stringify(demoData()));
    });

    it('loads through demo() with the admin acting, its clock at the reference date', async () => {
      const adapter = MemoryAdapter.demo();
      const session = await adapter.getSession();
      expect(session.user.name).to.equal('Dana Whitfield');
      expect((await adapter.listConversations()).items).to.have.length(15);
      const created = await adapter.createContact({ lastName: 'Now' });
      expect(Math.abs(Date.parse(created.createdAt) - DEMO_REFERENCE_DATE.getTime())).to.be.below(60_000);
      const conversation3 = await adapter.listMessages('conversation-3');
      expect(conversation3.items.at(-1)!.status, 'the demo keeps its scheduled message in the future').to.equal('scheduled');
      adapter.dispose();
    });
  });

  describe('withUser', () => {
    it('acts as another staff member over the same store', async () => {
      const adapter = new MemoryAdapter(conformanceSeed());
      const ana = adapter.withUser('staff-ana');
      const note = await ana.addNote('contact-ana-1', 'From Ana');
      expect((await adapter.listNotes('contact-ana-1')).map((n) => n.id)).to.deep.equal([note.id]);
      expect(() => adapter.withUser('staff-nobody')).to.throw(RapportError);
    });
  });

  describe('options', () => {
    it('waits latencyMs before answering', async () => {
      const adapter = new MemoryAdapter({ ...conformanceSeed(), latencyMs: 60 });
      const start = performance.now();
      await adapter.listStaff();
      expect(performance.now() - start).to.be.at.least(55);
    });

    it('fails with unavailable at failureRate 1, changing nothing', async () => {
      const seed = conformanceSeed();
      const adapter = new MemoryAdapter({ ...seed, failureRate: 1 });
      try {
        await adapter.createContact({ lastName: 'Never' });
        expect.fail('the call should have failed');
      } catch (error) {
        expect((error as RapportError).code).to.equal('unavailable');
      }
      const healthy = new MemoryAdapter({ ...seed });
      expect((await healthy.listContacts({ search: 'never' })).items).to.deep.equal([]);
    });

    it('makes ids with the id source', async () => {
      let n = 0;
      const adapter = new MemoryAdapter({ ...conformanceSeed(), idSource: (kind) => `${kind}:${(n += 1)}` });
      expect((await adapter.createContact({ lastName: 'Id' })).id).to.equal('contact:1');
    });

    it('never gives a new record the id of one the data came with', async () => {
      const seed = conformanceSeed();
      const taken = { ...seed.data.contacts![0]!, id: 'contact-3' };
      const adapter = new MemoryAdapter({ ...seed, data: { ...seed.data, contacts: [...seed.data.contacts!, taken] } });
      const ids = [];
      for (let n = 0; n < 4; n += 1) ids.push((await adapter.createContact({ lastName: `New ${n}` })).id);
      const { results } = await adapter.importContacts([{ lastName: 'Imported' }]);
      ids.push(results[0]!.ok ? results[0]!.contact.id : 'failed');
      expect(ids).to.deep.equal(['contact-4', 'contact-5', 'contact-6', 'contact-7', 'contact-8']);
      expect((await adapter.getContact('contact-3')).lastName).to.equal(taken.lastName);
    });

    it('refuses an id source that repeats an id, storing nothing', async () => {
      const adapter = new MemoryAdapter({ ...conformanceSeed(), idSource: (kind) => `${kind}:same` });
      await adapter.createContact({ lastName: 'First' });
      try {
        await adapter.createContact({ lastName: 'Second' });
        expect.fail('the second create should have failed');
      } catch (error) {
        expect((error as RapportError).code).to.equal('unavailable');
        expect((error as RapportError).message).to.contain('contact:same');
      }
      expect((await adapter.listContacts({ search: 'second' })).items).to.deep.equal([]);
    });

    it('refuses seed data naming the bad record and field', () => {
      const seed = conformanceSeed();
      const data = { ...seed.data, contacts: [{ ...seed.data.contacts![0]!, lastName: '' }] };
      expect(() => new MemoryAdapter({ data })).to.throw(RapportError, 'contacts.0.lastName');
    });
  });

  describe('delivery', () => {
    it('fails a text to a blocked number with the reason, by default', async () => {
      const adapter = new MemoryAdapter(conformanceSeed());
      const sent = await adapter.sendMessage({ conversationId: BLOCKED_CONVERSATION, channel: 'sms', body: 'Hi' }, { idempotencyKey: 'b' });
      expect(sent.status).to.equal('failed');
      expect(sent.error).to.include('+16135550199');
    });

    it('lets a deliver hook decide, and retries through it', async () => {
      let ok = false;
      const adapter = new MemoryAdapter({ ...conformanceSeed(), deliver: () => (ok ? { ok: true } : { ok: false, error: 'Gateway down' }) });
      const sent = await adapter.sendMessage({ conversationId: CONVERSATION, channel: 'sms', body: 'Hi' }, { idempotencyKey: 'd' });
      expect(sent).to.include({ status: 'failed', error: 'Gateway down' });
      ok = true;
      expect((await adapter.retryMessage(sent.id)).status).to.equal('sent');
    });
  });

  describe('import changes', () => {
    it('tells each listener of every imported contact with its own copy', async () => {
      const adapter = new MemoryAdapter(conformanceSeed());
      const first: RapportChange[] = [];
      const second: RapportChange[] = [];
      adapter.subscribe((change) => first.push(change));
      adapter.subscribe((change) => second.push(change));
      const { results } = await adapter.importContacts([{ lastName: 'Okafor', emails: { primary: 'o@example.com' } }, { lastName: 'Lee' }]);
      const created = results.map((result) => (result.ok ? result.contact : undefined));
      expect(first.map((c) => c.type === 'contact' && c.action === 'created' && c.contact)).to.deep.equal(created);
      const change = first[0] as { contact: { lastName: string; emails: { primary?: string } } };
      change.contact.lastName = 'Changed';
      change.contact.emails.primary = 'changed@example.com';
      expect(second.map((c) => c.type === 'contact' && c.action === 'created' && c.contact)).to.deep.equal(created);
      expect(await adapter.getContact(created[0]!.id)).to.deep.equal(created[0]);
    });
  });

  describe('scheduled messages', () => {
    it('sends a due scheduled message when the clock passes it, announcing the update', async () => {
      let now = new Date();
      const adapter = new MemoryAdapter({ ...conformanceSeed(), now: () => now });
      const heard: RapportChange[] = [];
      adapter.subscribe((change) => heard.push(change));
      const scheduledFor = new Date(now.getTime() + 60_000).toISOString();
      const message = await adapter.sendMessage({ conversationId: CONVERSATION, channel: 'sms', body: 'Later', scheduledFor }, { idempotencyKey: 's' });
      expect(adapter.flushScheduled()).to.deep.equal([]);
      now = new Date(now.getTime() + 61_000);
      const sent = adapter.flushScheduled();
      expect(sent.map((m) => [m.id, m.status])).to.deep.equal([[message.id, 'sent']]);
      expect(heard.some((c) => c.type === 'message' && c.action === 'updated' && c.message.status === 'sent')).to.equal(true);
      expect((await adapter.getConversation(CONVERSATION)).lastMessageAt).to.equal(scheduledFor);
    });

    it('refuses to schedule without the scheduledMessages feature', async () => {
      const seed = conformanceSeed();
      const data = { ...seed.data, account: { ...seed.data.account, features: { sms: true } } };
      const adapter = new MemoryAdapter({ data });
      const scheduledFor = new Date(Date.now() + 60_000).toISOString();
      try {
        await adapter.sendMessage({ conversationId: CONVERSATION, channel: 'sms', body: 'x', scheduledFor }, { idempotencyKey: 'f' });
        expect.fail('should refuse');
      } catch (error) {
        expect((error as RapportError).code).to.equal('permission');
      }
    });
  });

  describe('inbound messages', () => {
    it('counts a received message as unread and moves the conversation to the top', async () => {
      const adapter = new MemoryAdapter(conformanceSeed());
      await adapter.markConversationRead(CONVERSATION);
      await adapter.receiveMessage({ conversationId: CONVERSATION, channel: 'sms', body: 'Still there?' });
      const conversation = await adapter.getConversation(CONVERSATION);
      expect(conversation.unreadCount).to.equal(1);
      expect((await adapter.listConversations()).items[0]!.id).to.equal(CONVERSATION);
    });
  });

  describe('listing order kept as contacts change', () => {
    const names = async (adapter: MemoryAdapter, sort: '-name' | 'name' | '-createdAt' = 'name') =>
      (await adapter.listContacts({ sort, limit: 500 })).items.map((contact) => contact.lastName);

    it('places created, renamed, imported and deleted contacts where each sort puts them', async () => {
      const adapter = new MemoryAdapter(conformanceSeed());
      await names(adapter, 'name');
      await names(adapter, '-name');
      const before = await names(adapter, 'name');
      const aardvark = await adapter.createContact({ lastName: 'Aaaardvark' });
      expect((await names(adapter, 'name'))[0]).to.equal('Aaaardvark');
      expect((await names(adapter, '-name')).at(-1)).to.equal('Aaaardvark');
      await adapter.updateContact(aardvark.id, { lastName: 'Zzzyzx' }, { version: aardvark.version });
      expect((await names(adapter, 'name')).at(-1)).to.equal('Zzzyzx');
      expect((await names(adapter, '-name'))[0]).to.equal('Zzzyzx');
      const imported = Array.from({ length: 40 }, (_, i) => ({ lastName: `Bulk${String(i).padStart(2, '0')}` }));
      await adapter.importContacts(imported);
      const listed = await names(adapter, 'name');
      expect(listed).to.deep.equal([...listed].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en')));
      expect(listed.length).to.equal(before.length + 41);
      await adapter.deleteContact(aardvark.id);
      expect(await names(adapter, 'name')).to.not.include('Zzzyzx');
    });

    it('merges an imported batch into every order already listed, as a fresh store would sort it', async () => {
      const seed = conformanceSeed();
      const adapter = new MemoryAdapter(seed);
      const sorts = ['name', '-name', 'createdAt', '-createdAt', 'updatedAt'] as const;
      for (const sort of sorts) await adapter.listContacts({ sort, limit: 500 });
      // Names that fall before, between and after the stored ones, a tie, and accents.
      const rows = ['Zulu', 'Aaron', 'Mills', 'Mills', 'Émile', 'okafor', 'Ng'].map((lastName, i) => ({ lastName, firstName: `R${i}` }));
      await adapter.importContacts(rows.slice(0, 4));
      await adapter.importContacts(rows.slice(4));
      const everyone = (await adapter.listContacts({ limit: 500 })).items;
      const fresh = new MemoryAdapter({ ...seed, data: { ...seed.data, contacts: everyone } });
      for (const sort of sorts) {
        const ids = async (from: MemoryAdapter) => (await from.listContacts({ sort, limit: 500 })).items.map((contact) => contact.id);
        expect(await ids(adapter), sort).to.deep.equal(await ids(fresh));
      }
    });
  });

  describe('search at scale', () => {
    it('finds people by name and email among 100,000 contacts', async function () {
      this.timeout(60_000);
      const seed = conformanceSeed();
      const created = seed.data.contacts![0]!.createdAt;
      const words = ['Amber', 'Birch', 'Cedar', 'Dune', 'Ember', 'Fjord', 'Grove', 'Heath', 'Isle', 'Juniper'];
      const contacts = Array.from({ length: 100_000 }, (_, i) => ({
        id: `bulk-${i}`, version: 1, ownerId: 'staff-admin', createdAt: created, updatedAt: created,
        firstName: `${words[i % 10]}${i % 997}`, lastName: `${words[(i * 7) % 10]}son${i}`,
        emails: { primary: `person${i}@example.com` },
      }));
      const adapter = new MemoryAdapter({ data: { ...seed.data, contacts } });
      await adapter.listContacts({ search: 'warm-up' });
      // Speed is measured by bench/search; this checks the index finds the right people at this size.
      const found: number[] = [];
      for (let i = 0; i < 200; i += 1) found.push((await adapter.listContacts({ search: `cedarson${1000 + i}` })).items.length);
      expect(found.every((count) => count >= 1 && count <= 12)).to.equal(true);
      const page = await adapter.listContacts({ search: 'person4242@' });
      expect(page.items.map((c) => c.id)).to.deep.equal(['bulk-4242']);
    });
  });
});
