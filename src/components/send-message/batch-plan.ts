import type { RapportAdapter } from '../../adapters/adapter.js';
import {
  checkBatchEligibility, type BatchChannel, type BatchEligibility, type BatchExclusionReason, type BatchOptions,
  type EligibleRecipient,
} from '../../domain/batch.js';
import { isSettled, type BatchOutcome } from '../../domain/batch-run.js';
import type { Contact, Conversation, MessageDraft, Session } from '../../domain/index.js';
import { fullName } from '../../domain/index.js';
import { yieldToEventLoop } from '../../domain/csv/yield.js';
import type { PhoneRules } from '../../domain/phone.js';
import { PHONE_KINDS } from '../../domain/values.js';
import { wildcardValues } from '../../domain/wildcards.js';
import { buildMessageDraft } from './build-draft.js';
import type { ComposerDraft } from './composer-draft.js';

/** One selected record as the batch reads it: the listing's conversation and its seller. */
export type LoadedRecord = { conversation: Conversation; contact: Contact; name: string };

/** Loads every selected record; ids that cannot be read come back with the reason, not as a failed batch. */
export async function loadBatchRecords(backend: RapportAdapter, conversationIds: readonly string[], signal: AbortSignal) {
  type Read = { record: LoadedRecord } | { id: string; error: unknown };
  const settled = await Promise.all([...new Set(conversationIds)].map(async (id): Promise<Read> => {
    try {
      const conversation = await backend.getConversation(id);
      const contact = await backend.getContact(conversation.contactId);
      return { record: { conversation, contact, name: fullName(contact) || contact.lastName } };
    } catch (error) {
      return { id, error };
    }
  }));
  signal.throwIfAborted();
  const records: LoadedRecord[] = [];
  const unreadable: { id: string; error: unknown }[] = [];
  for (const entry of settled) {
    if ('record' in entry) records.push(entry.record);
    else unreadable.push(entry);
  }
  return { records, unreadable };
}

/** Seed 001's eligibility for the chosen channel: who gets the message and who is left out, with why. */
export function batchEligibility(records: readonly LoadedRecord[], channel: BatchChannel, session: Session,
  options: Omit<BatchOptions, 'channel' | 'account'> = {}): BatchEligibility<LoadedRecord> {
  return checkBatchEligibility(records, { ...options, channel, account: session.account });
}

export type PlannedMessage = { conversationId: string; name: string; draft: MessageDraft };
export type MissingValues = { conversationId: string; name: string; missing: string[] };
export type BatchPlan = { ready: PlannedMessage[]; missing: MissingValues[] };

/**
 * Each eligible record's own message: wildcards filled from that record, sent
 * to the address eligibility chose. An email with no subject typed gets the
 * record's default subject ("Inquiry about your <Year> <Make> <Model>"). A record
 * missing a wildcard value is listed in `missing` unless a fallback is given,
 * so "Hi ," is never sent.
 */
export function planBatch(eligible: readonly EligibleRecipient<LoadedRecord>[], input: {
  channel: BatchChannel; composer: ComposerDraft; session: Pick<Session, 'user' | 'account'>; fallback?: string;
  scheduledFor?: string;
}): BatchPlan {
  const plan: BatchPlan = { ready: [], missing: [] };
  const typedSubject = input.channel === 'email' && input.composer.subject.trim() !== '';
  const composer = typedSubject ? input.composer : { ...input.composer, subject: '' };
  for (const { record, to, subject } of eligible) {
    const { conversation, contact, name } = record;
    const values = wildcardValues({ contact, context: conversation.context, agent: input.session.user, account: input.session.account });
    const built = buildMessageDraft({
      conversationId: conversation.id, channel: input.channel, composer, values, fallback: input.fallback,
      scheduledFor: input.scheduledFor, to,
    });
    if (built.kind === 'missing') plan.missing.push({ conversationId: conversation.id, name, missing: built.missing });
    else if (built.kind === 'ready') {
      // The default subject goes in as it is: never read for tokens, like any other value.
      const draft = input.channel === 'email' && !typedSubject ? { ...built.draft, subject: subject ?? '' } : built.draft;
      plan.ready.push({ conversationId: conversation.id, name, draft });
    }
  }
  return plan;
}

/**
 * Every selected record's outcome before a run, in selection order: records
 * left out are skipped with their reason, records missing wildcard values (when
 * the person chose to skip them) are skipped naming the values, the rest wait
 * their turn. Outcomes already settled by an earlier run are kept.
 */
export function outcomesBeforeRun(records: readonly LoadedRecord[], eligibility: BatchEligibility<LoadedRecord>, plan: BatchPlan,
  words: { reason: (reason: BatchExclusionReason) => string; missing: (tokens: string[]) => string },
  previous: readonly BatchOutcome[] = []): BatchOutcome[] {
  const before = new Map(previous.map((outcome) => [outcome.conversationId, outcome]));
  const excluded = new Map(eligibility.excluded.map((exclusion) => [exclusion.record.conversation.id, exclusion.reason]));
  const missing = new Map(plan.missing.map((entry) => [entry.conversationId, entry.missing]));
  return records.map(({ conversation, name }): BatchOutcome => {
    const id = conversation.id;
    const earlier = before.get(id);
    if (isSettled(earlier)) return earlier!;
    const reason = excluded.get(id);
    if (reason) return { conversationId: id, name, status: 'skipped', reason: words.reason(reason) };
    const tokens = missing.get(id);
    if (tokens) return { conversationId: id, name, status: 'skipped', reason: words.missing(tokens) };
    return earlier ?? { conversationId: id, name, status: 'pending' };
  });
}

/**
 * Reads every record's phone numbers once, a slice at a time, before
 * eligibility runs: libphonenumber costs tens of microseconds per new number,
 * and the rules remember each, so the eligibility check after this is quick
 * and the dialog stays responsive while thousands of numbers are read.
 */
export async function warmPhoneRules(records: readonly LoadedRecord[], rules: Pick<PhoneRules, 'parse'>, signal: AbortSignal) {
  let sliceStart = performance.now();
  for (const { contact } of records) {
    for (const kind of PHONE_KINDS) {
      const number = contact.phones[kind]?.number;
      if (number) rules.parse(number);
    }
    if (performance.now() - sliceStart > 8) {
      await yieldToEventLoop();
      signal.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}
