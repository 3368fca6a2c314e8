import { expect } from '@open-wc/testing';
import { ADMIN, ANA, ANA_TEMPLATE, BEN, BEN_TEMPLATE, GLOBAL_TEMPLATE } from './fixture.js';
import { expectFailure, issueFields, type ConformanceHarness } from './harness.js';

type Setup = () => Promise<ConformanceHarness>;

export function templateTests(setup: Setup): void {
  describe('templates', () => {
    it("shows global templates to everyone and a local one to its owner alone", async () => {
      const { adapter, asUser } = await setup();
      const ana = await asUser(ANA);
      const ids = async (who: typeof adapter) => (await who.listTemplates()).map((template) => template.id);
      expect(await ids(ana)).to.have.members([GLOBAL_TEMPLATE, ANA_TEMPLATE]);
      expect(await ids(await asUser(BEN))).to.have.members([GLOBAL_TEMPLATE, BEN_TEMPLATE]);
      expect(await ids(adapter)).to.deep.equal([GLOBAL_TEMPLATE]);
    });

    it('filters by message type', async () => {
      const { asUser } = await setup();
      const ben = await asUser(BEN);
      expect((await ben.listTemplates({ messageType: 'email' })).map((template) => template.id)).to.deep.equal([BEN_TEMPLATE]);
    });

    it('lets an agent create, edit and delete a local template of their own', async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      const created = await ana.saveTemplate({ name: 'Mine', messageType: 'text', scope: 'local', body: 'Hi {{contact.firstName}}' });
      expect(created).to.include({ ownerId: ANA, scope: 'local' });
      const edited = await ana.saveTemplate({ ...created, body: 'Hello {{contact.firstName}}' });
      expect(edited).to.include({ id: created.id, body: 'Hello {{contact.firstName}}' });
      await ana.deleteTemplate(created.id);
      expect((await ana.listTemplates()).map((template) => template.id)).not.to.include(created.id);
    });

    it('lets only an admin create, edit or delete a global template', async () => {
      const { adapter, asUser } = await setup();
      const ana = await asUser(ANA);
      await expectFailure(ana.saveTemplate({ name: 'Everyone', messageType: 'text', scope: 'global', body: 'Hi' }), 'permission');
      await expectFailure(ana.saveTemplate({ id: GLOBAL_TEMPLATE, name: 'Changed', messageType: 'text', scope: 'global', body: 'x' }), 'permission');
      await expectFailure(ana.deleteTemplate(GLOBAL_TEMPLATE), 'permission');
      await expectFailure(ana.saveTemplate({ id: ANA_TEMPLATE, name: 'Now global', messageType: 'text', scope: 'global', body: 'x' }), 'permission');
      const made = await adapter.saveTemplate({ name: 'Everyone', messageType: 'text', scope: 'global', body: 'Hi' });
      expect(made).to.include({ ownerId: ADMIN, scope: 'global' });
      expect((await ana.listTemplates()).map((template) => template.id)).to.include(made.id);
      await adapter.deleteTemplate(GLOBAL_TEMPLATE);
      expect((await ana.listTemplates()).map((template) => template.id)).not.to.include(GLOBAL_TEMPLATE);
    });

    it("treats another person's local template as not found", async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      await expectFailure(ana.deleteTemplate(BEN_TEMPLATE), 'not-found');
      await expectFailure(ana.saveTemplate({ id: BEN_TEMPLATE, name: 'x', messageType: 'email', scope: 'local', body: 'x' }), 'not-found');
    });

    it('refuses a template without a name, naming the field', async () => {
      const { adapter } = await setup();
      const error = await expectFailure(adapter.saveTemplate({ name: ' ', messageType: 'text', scope: 'global', body: 'x' }), 'validation');
      expect(issueFields(error)).to.include('name');
      expect(await adapter.listTemplates()).to.have.length(1);
    });
  });
}
