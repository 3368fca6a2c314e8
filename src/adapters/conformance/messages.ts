import { expect } from '@open-wc/testing';
import type { MessageDraft } from '../../domain/index.js';
import {
  ACCOUNT_SMS, ANA, ANA_CONTACT, ANA_MOBILE, BEN, BLOCKED_CONVERSATION, CONVERSATION, FAILED_MESSAGE, MESSAGE_COUNT,
} from './fixture.js';
import { collectPages, expectFailure, issueFields, type ConformanceHarness } from './harness.js';

type Setup = () => Promise<ConformanceHarness>;

const text = (body = 'Is it still available?'): MessageDraft => ({ conversationId: CONVERSATION, channel: 'sms', body });
const inOneDay = () => new Date(Date.now() + 24 * 3600_000).toISOString();
const count = async (harness: ConformanceHarness) =>
  (await collectPages((before) => harness.adapter.listMessages(CONVERSATION, { before, limit: 500 }), 500)).items.length;

export function messageTests(setup: Setup): void {
  describe('conversations and messages', () => {
    it('lists the newest page first, oldest to newest within it, and pages back through every message once', async () => {
      const { adapter } = await setup();
      const first = await adapter.listMessages(CONVERSATION, { limit: 4 });
      expect(first.items.map((message) => message.id).at(-1)).to.equal(FAILED_MESSAGE);
      const times = first.items.map((message) => Date.parse(message.occurredAt));
      expect(times).to.deep.equal([...times].sort((a, b) => a - b));
      const all = await collectPages((before) => adapter.listMessages(CONVERSATION, { before, limit: 4 }), 4);
      const ids = all.items.map((message) => message.id);
      expect(new Set(ids).size).to.equal(MESSAGE_COUNT);
      expect(ids.slice(0, 4)).to.deep.equal(first.items.map((message) => message.id));
      await expectFailure(adapter.listMessages('conversation-none'), 'not-found');
    });

    it('sends as the current agent, filling from and to from the account and the contact', async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      const message = await ana.sendMessage(text(), { idempotencyKey: 'send-1' });
      expect(message).to.include({ direction: 'outbound', channel: 'sms', from: ACCOUNT_SMS[0], to: ANA_MOBILE, status: 'sent' });
      expect(message.author).to.include({ kind: 'agent', id: ANA, name: 'Ana Ruiz' });
      const latest = await ana.listMessages(CONVERSATION, { limit: 1 });
      expect(latest.items[0]!.id).to.equal(message.id);
      expect((await ana.getConversation(CONVERSATION)).lastMessageAt).to.equal(message.occurredAt);
    });

    it('refuses an email without a subject and a blank text, naming the field', async () => {
      const { adapter } = await setup();
      const email = await expectFailure(adapter.sendMessage({ conversationId: CONVERSATION, channel: 'email', body: 'Hi' }, { idempotencyKey: 'e' }), 'validation');
      expect(issueFields(email)).to.include('subject');
      expect(issueFields(await expectFailure(adapter.sendMessage(text('  '), { idempotencyKey: 'b' }), 'validation'))).to.include('body');
      await expectFailure(adapter.sendMessage({ ...text(), conversationId: 'conversation-none' }, { idempotencyKey: 'n' }), 'not-found');
    });

    it('sends once for the same idempotency key used twice in a row', async () => {
      const harness = await setup();
      const first = await harness.adapter.sendMessage(text(), { idempotencyKey: 'again' });
      const second = await harness.adapter.sendMessage(text(), { idempotencyKey: 'again' });
      expect(second.id).to.equal(first.id);
      expect(await count(harness)).to.equal(MESSAGE_COUNT + 1);
    });

    it('sends once for the same idempotency key used by two calls in flight', async () => {
      const harness = await setup();
      const [a, b] = await Promise.all([
        harness.adapter.sendMessage(text(), { idempotencyKey: 'double-click' }),
        harness.adapter.sendMessage(text(), { idempotencyKey: 'double-click' }),
      ]);
      expect(a.id).to.equal(b.id);
      expect(await count(harness)).to.equal(MESSAGE_COUNT + 1);
    });

    it('refuses a different draft under a used idempotency key with conflict', async () => {
      const harness = await setup();
      await harness.adapter.sendMessage(text('First'), { idempotencyKey: 'reused' });
      await expectFailure(harness.adapter.sendMessage(text('Second'), { idempotencyKey: 'reused' }), 'conflict');
      expect(await count(harness)).to.equal(MESSAGE_COUNT + 1);
    });

    it('schedules a message for later and cancels it', async () => {
      const { adapter } = await setup();
      const scheduledFor = inOneDay();
      const scheduled = await adapter.sendMessage({ ...text(), scheduledFor }, { idempotencyKey: 'later' });
      expect(scheduled.status).to.equal('scheduled');
      expect(Date.parse(scheduled.scheduledFor!)).to.equal(Date.parse(scheduledFor));
      const canceled = await adapter.cancelScheduledMessage(scheduled.id);
      expect(canceled).to.include({ id: scheduled.id, status: 'canceled' });
      await expectFailure(adapter.cancelScheduledMessage(scheduled.id), 'conflict');
    });

    it('refuses a schedule in the past', async () => {
      const { adapter } = await setup();
      const past = new Date(Date.now() - 3600_000).toISOString();
      const error = await expectFailure(adapter.sendMessage({ ...text(), scheduledFor: past }, { idempotencyKey: 'past' }), 'validation');
      expect(issueFields(error)).to.include('scheduledFor');
    });

    it('retries a failed message in place: one message, even for two retries at once', async () => {
      const harness = await setup();
      const [a, b] = await Promise.all([harness.adapter.retryMessage(FAILED_MESSAGE), harness.adapter.retryMessage(FAILED_MESSAGE)]);
      expect(a.id).to.equal(FAILED_MESSAGE);
      expect(b.id).to.equal(FAILED_MESSAGE);
      expect(a.status).not.to.equal('failed');
      expect(a).not.to.have.property('error');
      expect(await count(harness)).to.equal(MESSAGE_COUNT);
      await expectFailure(harness.adapter.retryMessage(FAILED_MESSAGE), 'conflict');
      await expectFailure(harness.adapter.retryMessage('message-none'), 'not-found');
    });

    it('logs an external communication as the current user, whatever the client claims', async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      const occurredAt = new Date(Date.now() - 3600_000).toISOString();
      const logged = await ana.logExternalCommunication({
        conversationId: CONVERSATION, channel: 'call', direction: 'outbound', type: 'follow-up',
        body: 'Called, 4 minutes', occurredAt, loggedBy: BEN, external: { type: 'reply', loggedBy: BEN },
      } as never);
      expect(logged.external).to.deep.equal({ type: 'follow-up', loggedBy: ANA });
      expect(logged.author).to.include({ kind: 'agent', id: ANA });
      expect(Date.parse(logged.occurredAt)).to.equal(Date.parse(occurredAt));
    });

    it('refuses an external communication dated in the future', async () => {
      const { adapter } = await setup();
      const error = await expectFailure(adapter.logExternalCommunication({
        conversationId: CONVERSATION, channel: 'sms', direction: 'inbound', type: 'reply', body: 'x', occurredAt: inOneDay(),
      }), 'validation');
      expect(issueFields(error)).to.include('occurredAt');
    });

    it('never gives a new record the id of one it was seeded with', async () => {
      // The seed's conversations and messages have counted ids (conversation-1, message-1…), as an adapter's own may.
      const { adapter } = await setup();
      const seededMessages = (await collectPages((before) => adapter.listMessages(CONVERSATION, { before, limit: 100 }), 100)).items;
      const started = await adapter.startConversation({ contactId: ANA_CONTACT });
      const logged = await adapter.logExternalCommunication({
        conversationId: CONVERSATION, channel: 'call', direction: 'inbound', type: 'reply', body: 'Called back',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
      });
      expect([CONVERSATION, BLOCKED_CONVERSATION]).not.to.include(started.id);
      expect(seededMessages.map((message) => message.id)).not.to.include(logged.id);
      expect((await adapter.getConversation(CONVERSATION)).contactId).to.equal(ANA_CONTACT);
      const messages = (await collectPages((before) => adapter.listMessages(CONVERSATION, { before, limit: 100 }), 100)).items;
      expect(messages).to.have.length(seededMessages.length + 1);
      expect(messages.filter((message) => message.id !== logged.id)).to.deep.equal(seededMessages);
    });

    it('starts a conversation, lists it, and marks a conversation read', async () => {
      const { asUser } = await setup();
      const ana = await asUser(ANA);
      const started = await ana.startConversation({ contactId: ANA_CONTACT, context: { vehicle: { year: 2020, make: 'Kia', model: 'Soul' } } });
      expect(started).to.include({ contactId: ANA_CONTACT, unreadCount: 0 });
      const mine = await ana.listConversations({ view: 'mine' });
      expect(mine.items.map((conversation) => conversation.id)).to.include.members([CONVERSATION, started.id]);
      expect((await ana.listConversations({ view: 'unread' })).items.map((c) => c.id)).to.deep.equal([CONVERSATION]);
      expect((await ana.markConversationRead(CONVERSATION)).unreadCount).to.equal(0);
      expect((await ana.listConversations({ view: 'unread' })).items).to.deep.equal([]);
      await expectFailure(ana.startConversation({ contactId: 'contact-none' }), 'validation');
    });
  });
}

/** Seed 003: texts go out from one of the account's call tracking numbers. */
export function smsNumberTests(setup: (options: { smsNumbers: string[] }) => Promise<ConformanceHarness>): void {
  describe('an account without an SMS number', () => {
    it('refuses a text, naming `from`, stores nothing, and still sends an email', async () => {
      const harness = await setup({ smsNumbers: [] });
      const refused = await expectFailure(harness.adapter.sendMessage(text(), { idempotencyKey: 'no-number' }), 'validation');
      expect(issueFields(refused)).to.deep.equal(['from']);
      expect(await count(harness)).to.equal(MESSAGE_COUNT);
      const email = await harness.adapter.sendMessage({ ...text(), channel: 'email', subject: 'Hi' }, { idempotencyKey: 'email' });
      expect(email.channel).to.equal('email');
    });
  });
}

/** Seed 001: a standard-tier account has no communication features. */
export function standardTierTests(setup: (options: { tier: 'standard' }) => Promise<ConformanceHarness>): void {
  describe('standard tier', () => {
    it('refuses to send on any channel with permission, storing nothing', async () => {
      const harness = await setup({ tier: 'standard' });
      for (const channel of ['sms', 'facebook', 'kijiji', 'webchat'] as const) {
        await expectFailure(harness.adapter.sendMessage({ ...text(), channel }, { idempotencyKey: channel }), 'permission');
      }
      await expectFailure(harness.adapter.sendMessage({ ...text(), channel: 'email', subject: 'Hi' }, { idempotencyKey: 'email' }), 'permission');
      expect(await count(harness)).to.equal(MESSAGE_COUNT);
    });
  });
}
