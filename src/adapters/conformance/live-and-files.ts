import { expect } from '@open-wc/testing';
import type { RapportChange } from '../adapter.js';
import { ADMIN, ANA, BEN_SHARED, CONVERSATION } from './fixture.js';
import { BYTES, expectFailure, fileOf, issueFields, type ConformanceHarness } from './harness.js';

type Setup = () => Promise<ConformanceHarness>;

export function sessionTests(setup: Setup): void {
  describe('session', () => {
    it('gives the acting user and the account; another view acts as another staff member', async () => {
      const { adapter, asUser } = await setup();
      const session = await adapter.getSession();
      expect(session.user).to.include({ id: ADMIN, role: 'admin' });
      expect(session.account).to.include({ tier: 'professional', country: 'CA' });
      expect((await (await asUser(ANA)).getSession()).user).to.include({ id: ANA, role: 'agent' });
      expect((await adapter.listStaff()).map((person) => person.id)).to.include.members([ADMIN, ANA]);
    });
  });
}

export function subscribeTests(setup: Setup): void {
  describe('live updates', () => {
    it("tells every view of the store about another user's changes, until unsubscribed", async () => {
      const { adapter, asUser } = await setup();
      const ana = await asUser(ANA);
      const heard: RapportChange[] = [];
      const unsubscribe = adapter.subscribe((change) => heard.push(change));
      const note = await ana.addNote(BEN_SHARED, 'Seen by the admin');
      await ana.sendMessage({ conversationId: CONVERSATION, channel: 'sms', body: 'Hi' }, { idempotencyKey: 'live' });
      await ana.updateContact(BEN_SHARED, { company: 'Whitman Auto' }, { version: 1 });
      await waitFor(() => heard.some((change) => change.type === 'contact'));
      expect(heard.some((change) => change.type === 'note' && change.action === 'created' && change.note.id === note.id)).to.equal(true);
      expect(heard.some((change) => change.type === 'message' && change.action === 'created')).to.equal(true);
      expect(heard.some((change) => change.type === 'contact' && change.action === 'updated' && change.contact.company === 'Whitman Auto')).to.equal(true);
      unsubscribe();
      const before = heard.length;
      await ana.deleteNote(note.id);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard.length).to.equal(before);
    });
  });
}

async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('the expected change was never heard');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function attachmentTests(setup: Setup): void {
  describe('attachments', () => {
    it('judges a file by its bytes, not its name or browser type', async () => {
      const { adapter } = await setup();
      const png = await adapter.uploadAttachment(fileOf(BYTES.png, 'notes.txt', 'text/plain'), { purpose: 'message' });
      expect(png).to.include({ mimeType: 'image/png', name: 'notes.txt' });
      expect(png.url).to.be.a('string').and.not.equal('');
      const error = await expectFailure(adapter.uploadAttachment(fileOf(BYTES.svg, 'photo.png', 'image/png'), { purpose: 'message' }), 'validation');
      expect(issueFields(error)).to.deep.equal(['file']);
      expect(error.message).to.include('photo.png');
    });

    it('takes audio for a call and refuses an image for one', async () => {
      const { adapter } = await setup();
      expect((await adapter.uploadAttachment(fileOf(BYTES.mp3, 'call.mp3'), { purpose: 'call' })).mimeType).to.equal('audio/mpeg');
      await expectFailure(adapter.uploadAttachment(fileOf(BYTES.jpeg, 'call.mp3', 'audio/mpeg'), { purpose: 'call' }), 'validation');
    });

    it('sends an uploaded attachment with a message', async () => {
      const { adapter } = await setup();
      const pdf = await adapter.uploadAttachment(fileOf(BYTES.pdf, 'offer.pdf'), { purpose: 'message' });
      const sent = await adapter.sendMessage(
        { conversationId: CONVERSATION, channel: 'sms', body: 'Our offer', attachmentIds: [pdf.id] },
        { idempotencyKey: 'with-file' },
      );
      expect(sent.attachments.map((attachment) => attachment.id)).to.deep.equal([pdf.id]);
      const unknown = await expectFailure(
        adapter.sendMessage({ conversationId: CONVERSATION, channel: 'sms', body: 'x', attachmentIds: ['attachment-none'] }, { idempotencyKey: 'bad-file' }),
        'validation',
      );
      expect(issueFields(unknown)).to.deep.equal(['attachmentIds.0']);
    });

    it("refuses a call recording on a message, and a file over the channel's limit (5 MB by text, 10 MB by email)", async () => {
      const { adapter } = await setup();
      const recording = await adapter.uploadAttachment(fileOf(BYTES.mp3, 'call.mp3'), { purpose: 'call' });
      const notForMessages = await expectFailure(
        adapter.sendMessage({ conversationId: CONVERSATION, channel: 'sms', body: 'x', attachmentIds: [recording.id] }, { idempotencyKey: 'call-file' }),
        'validation',
      );
      expect(issueFields(notForMessages)).to.deep.equal(['attachmentIds.0']);
      const brochure = await adapter.uploadAttachment(fileOf(BYTES.pdf, 'brochure.pdf', '', 7 * 1024 * 1024), { purpose: 'message' });
      const tooBigToText = await expectFailure(
        adapter.sendMessage({ conversationId: CONVERSATION, channel: 'sms', body: 'x', attachmentIds: [brochure.id] }, { idempotencyKey: 'big-text' }),
        'validation',
      );
      expect(tooBigToText.issues?.[0]?.message).to.include('brochure.pdf').and.include('5 MB');
      const emailed = await adapter.sendMessage(
        { conversationId: CONVERSATION, channel: 'email', subject: 'Brochure', body: 'Attached', attachmentIds: [brochure.id] },
        { idempotencyKey: 'big-email' },
      );
      expect(emailed.attachments.map((attachment) => attachment.id)).to.deep.equal([brochure.id]);
    });
  });
}
