import { expect } from '@open-wc/testing';
import type { ConformanceHarness } from './harness.js';
import { collectPages, expectFailure, issueFields } from './harness.js';
import {
  ADMIN, ADMIN_CRM, ANA, ANA_CONTACT, ANA_OTHER, BEN, BEN_PRIVATE, BEN_SHARED, CONTACT_COUNT,
} from './fixture.js';

type Setup = () => Promise<ConformanceHarness>;

export function contactTests(setup: Setup): void {
  describe('contacts', () => {
    it('creates a contact with the seed defaults, owned by the current user', async () => {
      const { adapter } = await setup();
      const contact = await adapter.createContact({ lastName: 'Novak', firstName: 'Ivana' });
      expect(contact).to.include({ type: 'lead', level: 'primary', version: 1, ownerId: ADMIN, lastName: 'Novak' });
      expect(await adapter.getContact(contact.id)).to.deep.equal(contact);
    });

    it('refuses an invalid contact naming each field, and stores nothing', async () => {
      const { adapter } = await setup();
      const error = await expectFailure(adapter.createContact({ firstName: 'X', emails: { primary: 'not-an-email' } } as never), 'validation');
      expect(issueFields(error)).to.include.members(['lastName', 'emails.primary']);
      const all = await collectPages((cursor) => adapter.listContacts({ cursor, limit: 500 }), 500);
      expect(all.items).to.have.length(CONTACT_COUNT);
    });

    it('answers not-found for an unknown contact and for one the agent may not see', async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      await expectFailure(ana.getContact('contact-none'), 'not-found');
      await expectFailure(ana.getContact(BEN_PRIVATE), 'not-found');
    });

    it('lists to an agent only what they own or is shared with them; an admin sees all', async () => {
      const { adapter, asUser } = await setup();
      const ana = await asUser(ANA);
      const seen = (await collectPages((cursor) => ana.listContacts({ cursor, limit: 500 }), 500)).items.map((c) => c.id);
      expect(seen).to.include.members([ANA_CONTACT, ANA_OTHER, BEN_SHARED]);
      expect(seen).not.to.include(BEN_PRIVATE);
      expect(seen).not.to.include(ADMIN_CRM);
      const all = await collectPages((cursor) => adapter.listContacts({ cursor, limit: 500 }), 500);
      expect(all.items).to.have.length(CONTACT_COUNT);
    });

    it('finds contacts by the start of any name word, ignoring case and accents', async () => {
      const { adapter } = await setup();
      const ids = async (search: string) => (await adapter.listContacts({ search })).items.map((c) => c.id);
      expect(await ids('ALV')).to.deep.equal([ANA_CONTACT]);
      expect(await ids('jose alv')).to.deep.equal([ANA_CONTACT]);
      expect(await ids('chloe')).to.deep.equal([ANA_OTHER]);
      expect(await ids('whit')).to.have.members([BEN_SHARED, ADMIN_CRM]);
      expect(await ids('varez'), 'the middle of a word is not a match').to.deep.equal([]);
    });

    it('finds contacts by the start of an email address', async () => {
      const { adapter } = await setup();
      const ids = async (search: string) => (await adapter.listContacts({ search })).items.map((c) => c.id);
      expect(await ids('Jose.Alvarez@')).to.deep.equal([ANA_CONTACT]);
      expect(await ids('chloe@example.org')).to.deep.equal([ANA_OTHER]);
      expect(await ids('example.org')).to.deep.equal([]);
    });

    it('finds a renamed contact by its new name and address only, and a deleted one not at all', async () => {
      const { adapter } = await setup();
      const ids = async (search: string) => (await adapter.listContacts({ search })).items.map((c) => c.id);
      const contact = await adapter.createContact({ firstName: 'Quentin', lastName: 'Ravel', emails: { primary: 'q.ravel@example.net' } });
      expect(await ids('quentin ravel')).to.deep.equal([contact.id]);
      const renamed = await adapter.updateContact(contact.id, { lastName: 'Zanetti', emails: { primary: 'quentin@zanetti.example' } }, { version: contact.version });
      expect(await ids('ravel'), 'the old name').to.deep.equal([]);
      expect(await ids('q.ravel@'), 'the old address').to.deep.equal([]);
      expect(await ids('quentin zan')).to.deep.equal([contact.id]);
      expect(await ids('quentin@zan')).to.deep.equal([contact.id]);
      const byName = (await collectPages((cursor) => adapter.listContacts({ cursor, limit: 500 }), 500)).items.map((c) => c.id);
      expect(byName.filter((id) => id === contact.id), 'listed once in name order').to.have.length(1);
      await adapter.deleteContact(renamed.id);
      expect(await ids('quentin')).to.deep.equal([]);
      expect(await ids('quentin@zan')).to.deep.equal([]);
    });

    it('pages through every contact exactly once with the cursor', async () => {
      const { adapter } = await setup();
      const { items, pages } = await collectPages((cursor) => adapter.listContacts({ cursor, limit: 3 }), 3);
      const ids = items.map((c) => c.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(ids).to.have.length(CONTACT_COUNT);
      expect(pages).to.equal(Math.ceil(CONTACT_COUNT / 3));
    });

    it('sorts by name (last name, then first) and by newest', async () => {
      const { adapter } = await setup();
      const created = await adapter.createContact({ lastName: 'Aaron', firstName: 'Zed' });
      const byName = (await adapter.listContacts({ limit: 2 })).items.map((c) => c.id);
      expect(byName[0]).to.equal(created.id);
      expect(byName[1]).to.equal(ANA_CONTACT);
      const newest = (await adapter.listContacts({ sort: '-createdAt', limit: 1 })).items[0];
      expect(newest?.id).to.equal(created.id);
    });

    it('updates a contact: sets fields, removes a field given as null, replaces a group whole', async () => {
      const { adapter } = await setup();
      const updated = await adapter.updateContact(
        ANA_CONTACT,
        { company: 'Álvarez Autos', firstName: null, address: { city: 'Gatineau' } },
        { version: 1 },
      );
      expect(updated.version).to.equal(2);
      expect(updated.company).to.equal('Álvarez Autos');
      expect(updated).not.to.have.property('firstName');
      expect(updated.address).to.deep.equal({ city: 'Gatineau' });
      expect(await adapter.getContact(ANA_CONTACT)).to.deep.equal(updated);
    });

    it('refuses a stale version with conflict, carrying the current contact', async () => {
      const { adapter, asUser } = await setup();
      const ana = await asUser(ANA);
      await ana.updateContact(ANA_CONTACT, { company: 'First' }, { version: 1 });
      const error = await expectFailure(adapter.updateContact(ANA_CONTACT, { company: 'Second' }, { version: 1 }), 'conflict');
      expect(error.details?.current).to.include({ id: ANA_CONTACT, version: 2, company: 'First' });
      expect((await adapter.getContact(ANA_CONTACT)).company).to.equal('First');
    });

    it('refuses an invalid update naming the field, leaving the contact unchanged', async () => {
      const { adapter } = await setup();
      const before = await adapter.getContact(ANA_CONTACT);
      const error = await expectFailure(
        adapter.updateContact(ANA_CONTACT, { emails: { primary: 'nope' }, lastName: null }, { version: 1 }),
        'validation',
      );
      expect(issueFields(error)).to.include.members(['emails.primary', 'lastName']);
      expect(await adapter.getContact(ANA_CONTACT)).to.deep.equal(before);
      expect(await adapter.getChangeLog(ANA_CONTACT)).to.deep.equal([]);
    });

    it('refuses to edit a CRM-managed attribute the CRM marks not editable (seed 004)', async () => {
      const { adapter } = await setup();
      await expectFailure(adapter.updateContact(ADMIN_CRM, { company: 'Other' }, { version: 1 }), 'permission');
      const edited = await adapter.updateContact(ADMIN_CRM, { address: { city: 'Kanata' } }, { version: 1 });
      expect(edited.address.city).to.equal('Kanata');
      expect(edited.company).to.equal('Whitfield Cars');
    });

    it('appends every change to the change log, newest first, with dotted fields and from/to', async () => {
      const { adapter } = await setup();
      await adapter.updateContact(ANA_CONTACT, { address: { city: 'Gatineau', country: 'CA' } }, { version: 1 });
      await adapter.updateContact(
        ANA_CONTACT,
        { phones: { mobile: { number: '+16135550222', textable: true } } },
        { version: 2 },
      );
      const log = await adapter.getChangeLog(ANA_CONTACT);
      expect(log).to.have.length(2);
      expect(log[0]!.changes).to.deep.include({ field: 'phones.mobile.number', from: '+16135550111', to: '+16135550222' });
      expect(log[1]!.changes).to.deep.include({ field: 'address.city', from: 'Ottawa', to: 'Gatineau' });
      expect(log[0]!.actorId).to.equal(ADMIN);
      expect(Date.parse(log[0]!.at)).to.be.at.least(Date.parse(log[1]!.at));
      expect(await adapter.getChangeLog(ANA_CONTACT, { limit: 1 })).to.deep.equal([log[0]]);
    });

    it('logs creation, sharing and transfer too', async () => {
      const { adapter } = await setup();
      const created = await adapter.createContact({ lastName: 'Novak' });
      expect(await adapter.getChangeLog(created.id)).to.have.length(1);
      await adapter.shareContact(created.id, [ANA]);
      await adapter.transferContact(created.id, BEN);
      const log = await adapter.getChangeLog(created.id);
      expect(log).to.have.length(3);
      expect(log[0]!.changes).to.deep.include({ field: 'ownerId', from: ADMIN, to: BEN });
      expect(log[1]!.changes.map((change) => change.field)).to.include('sharedWith');
    });

    it('keeps the creation entry as the contact was created, when the log is first read after changes', async () => {
      const { adapter } = await setup();
      const [imported] = (await adapter.importContacts([{ lastName: 'Novak', address: { city: 'Ottawa' } }])).results;
      const created = await adapter.createContact({ lastName: 'Dvorak', address: { city: 'Brno' } });
      for (const contact of [imported!.ok ? imported!.contact : undefined, created]) {
        const edited = await adapter.updateContact(contact!.id, { address: { city: 'Gatineau' } }, { version: 1 });
        await adapter.updateContact(edited.id, { company: 'Acme' }, { version: 2 });
        const log = await adapter.getChangeLog(edited.id);
        expect(log).to.have.length(3);
        expect(log[2]!.changes).to.deep.include({ field: 'address.city', to: contact!.address.city });
        expect(log[2]!.changes.map((change) => change.field)).not.to.include('company');
        expect(log[1]!.changes).to.deep.include({ field: 'address.city', from: contact!.address.city, to: 'Gatineau' });
        expect(new Set(log.map((entry) => entry.id)).size).to.equal(3);
      }
    });

    it("lets only the owner or an admin delete (a shared agent gets permission)", async () => {
      const { adapter, asUser } = await setup();
      const ana = await asUser(ANA);
      await expectFailure(ana.deleteContact(BEN_SHARED), 'permission');
      expect((await ana.getContact(BEN_SHARED)).id).to.equal(BEN_SHARED);
      await ana.deleteContact(ANA_OTHER);
      await expectFailure(ana.getContact(ANA_OTHER), 'not-found');
      await adapter.deleteContact(BEN_SHARED);
      await expectFailure(adapter.getContact(BEN_SHARED), 'not-found');
      await expectFailure(adapter.deleteContact(BEN_SHARED), 'not-found');
    });

    it('lets only the owner or an admin share; the staff shared with then see the contact', async () => {
      const { adapter, asUser } = await setup();
      const [ana, ben] = [await asUser(ANA), await asUser(BEN)];
      await expectFailure(ana.shareContact(BEN_SHARED, [ADMIN]), 'permission');
      const shared = await ben.shareContact(BEN_PRIVATE, [ANA]);
      expect(shared.sharedWith).to.include(ANA);
      expect((await ana.getContact(BEN_PRIVATE)).id).to.equal(BEN_PRIVATE);
      const byAdmin = await adapter.shareContact(ANA_CONTACT, [BEN]);
      expect(byAdmin.sharedWith).to.include(BEN);
      await expectFailure(adapter.shareContact(ANA_CONTACT, ['staff-nobody']), 'validation');
    });

    it('never lists a contact as shared with its own owner, nor with anyone twice', async () => {
      const { adapter } = await setup();
      const created = await adapter.createContact({ lastName: 'Vance', ownerId: ANA, sharedWith: [BEN, ANA, BEN] });
      expect(created.sharedWith).to.deep.equal([BEN]);
      const imported = await adapter.importContacts([{ lastName: 'Wells', ownerId: BEN, sharedWith: [BEN, ANA, ANA] }]);
      expect(imported.results[0]!.ok && imported.results[0]!.contact.sharedWith).to.deep.equal([ANA]);
      expect((await adapter.shareContact(created.id, [ANA, BEN])).sharedWith).to.deep.equal([BEN]);
      // The new owner of a contact shared with them no longer needs it shared.
      const moved = await adapter.transferContact(created.id, BEN);
      expect([moved.ownerId, moved.sharedWith]).to.deep.equal([BEN, []]);
    });

    it('lets only the owner or an admin transfer ownership', async () => {
      const { adapter, asUser } = await setup();
      const ana = await asUser(ANA);
      await expectFailure(ana.transferContact(BEN_SHARED, ANA), 'permission');
      expect((await adapter.getContact(BEN_SHARED)).ownerId).to.equal(BEN);
      const moved = await adapter.transferContact(BEN_SHARED, ANA);
      expect(moved.ownerId).to.equal(ANA);
      expect(moved.version).to.equal(2);
      const handedOn = await ana.transferContact(ANA_OTHER, BEN);
      expect(handedOn.ownerId).to.equal(BEN);
    });

    it('imports row by row in input order; a bad row never blocks the good ones', async () => {
      const { adapter } = await setup();
      const { results } = await adapter.importContacts([
        { lastName: 'One' },
        { firstName: 'No last name' } as never,
        { lastName: 'Three', emails: { primary: 'three@example.com' } },
        { lastName: 'Four', ownerId: 'nobody' },
      ]);
      expect(results.map((result) => result.ok)).to.deep.equal([true, false, true, false]);
      // Each refusal reads as creating that contact alone would be refused.
      for (const [at, input] of [[1, { firstName: 'No last name' }], [3, { lastName: 'Four', ownerId: 'nobody' }]] as const) {
        const alone = await expectFailure(adapter.createContact(input as never), 'validation');
        const bad = results[at]!;
        expect(bad.ok ? undefined : bad.error).to.deep.equal({ code: 'validation', message: alone.message, issues: alone.issues });
      }
      const bad = results[1]!;
      if (!bad.ok) expect(bad.error.issues?.map((issue) => issue.field)).to.include('lastName');
      const good = results[2]!;
      if (good.ok) {
        expect((await adapter.getContact(good.contact.id)).lastName).to.equal('Three');
        const log = await adapter.getChangeLog(good.contact.id);
        // Logged as its creation, like a contact created one at a time.
        const typed = await adapter.createContact({ lastName: 'Novak', emails: { primary: 'novak@example.org' } });
        const [createdLog] = await adapter.getChangeLog(typed.id);
        expect(log.map((entry) => entry.changes.map((change) => change.field))).to.deep.equal([createdLog!.changes.map((change) => change.field)]);
        expect(log[0]!.changes).to.deep.include({ field: 'emails.primary', to: 'three@example.com' });
      }
      expect((await adapter.listContacts({ search: 'three@' })).items).to.have.length(1);
    });

    it('gives the activity: inquiries titled by vehicle, staff engagements, and the journey', async () => {
      const { adapter } = await setup();
      const activity = await adapter.getActivity(ANA_CONTACT);
      expect(activity.inquiries.map((inquiry) => inquiry.title)).to.deep.equal(['2019 Honda Civic']);
      expect(activity.engagements.length).to.be.greaterThan(0);
      expect(activity.engagements.every((item) => item.channel === 'sms' && item.staffName === 'Ana Ruiz')).to.equal(true);
      expect(activity.journey).to.deep.equal([{ url: 'https://example.com/sell', title: 'Sell your car', at: activity.journey[0]!.at }]);
      await expectFailure(adapter.getActivity('contact-none'), 'not-found');
    });
  });
}
