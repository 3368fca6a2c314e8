import { expect } from '@open-wc/testing';
import { ANA, ANA_CONTACT, BEN, BEN_NOTE, BEN_SHARED } from './fixture.js';
import { expectFailure, issueFields, type ConformanceHarness } from './harness.js';

type Setup = () => Promise<ConformanceHarness>;

export function noteTests(setup: Setup): void {
  describe('notes', () => {
    it('adds a note with the author and time, listed newest first', async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      const note = await ana.addNote(BEN_SHARED, 'Seller will bring both keys.');
      expect(note).to.include({ contactId: BEN_SHARED, authorId: ANA, authorName: 'Ana Ruiz', version: 1 });
      expect(note).not.to.have.property('editedBy');
      const listed = await ana.listNotes(BEN_SHARED);
      expect(listed.map((item) => item.id)).to.deep.equal([note.id, BEN_NOTE]);
    });

    it('refuses an empty note and one over 2000 characters, storing nothing', async () => {
      const { adapter } = await setup();
      expect(issueFields(await expectFailure(adapter.addNote(ANA_CONTACT, '   '), 'validation'))).to.deep.equal(['body']);
      await expectFailure(adapter.addNote(ANA_CONTACT, 'x'.repeat(2001)), 'validation');
      expect(await adapter.addNote(ANA_CONTACT, '😀'.repeat(2000))).to.have.property('id');
      expect(await adapter.listNotes(ANA_CONTACT)).to.have.length(1);
    });

    it("lets any agent edit another agent's note, which then says who edited it (seed 004)", async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      const edited = await ana.updateNote(BEN_NOTE, 'Prefers texts after 7 pm.', { version: 1 });
      expect(edited).to.include({ body: 'Prefers texts after 7 pm.', version: 2, authorId: BEN, editedBy: 'Ana Ruiz' });
      const ben = await asUser(BEN);
      expect((await ben.listNotes(BEN_SHARED))[0]).to.deep.equal(edited);
    });

    it('refuses a stale note version with conflict, carrying the current note', async () => {
      const { asUser } = await setup();
      const [ana, ben] = [await asUser(ANA), await asUser(BEN)];
      await ben.updateNote(BEN_NOTE, 'Ben again', { version: 1 });
      const error = await expectFailure(ana.updateNote(BEN_NOTE, 'Ana too', { version: 1 }), 'conflict');
      expect(error.details?.current).to.include({ id: BEN_NOTE, version: 2, body: 'Ben again' });
    });

    it("lets any agent delete another agent's note", async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      await ana.deleteNote(BEN_NOTE);
      expect(await ana.listNotes(BEN_SHARED)).to.deep.equal([]);
      await expectFailure(ana.deleteNote(BEN_NOTE), 'not-found');
      await expectFailure(ana.updateNote('note-none', 'x', { version: 1 }), 'not-found');
    });
  });
}
