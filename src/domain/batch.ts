/**
 * Batch eligibility (seed 001, "Send Messages as Batch Actions"): which of the
 * selected listings a batch text or email can go to, and why each other one is
 * left out. One pass over the records with set lookups, so 10,000 take
 * milliseconds.
 */
import * as z from 'zod/mini';
import type { Account, Contact, Conversation } from './schemas/index.js';
import { email as emailSchema, fullName, readListingContext } from './schemas/index.js';
import { textablePhone, type PhoneRules } from './phone.js';
import { defaultSubject, type SubjectOptions } from './subject.js';
import { accountChannelProblem, CHANNEL_LABELS } from './channels.js';
import { format } from './placeholders.js';
import { EMAIL_KINDS, PHONE_KINDS } from './values.js';

export const BATCH_CHANNELS = ['sms', 'email'] as const;
export type BatchChannel = (typeof BATCH_CHANNELS)[number];

/** Why a record is left out, in the order the summary lists them. */
export const BATCH_EXCLUSION_REASONS = [
  'channel-unavailable', 'dealership', 'stage-dnc', 'stage-pass', 'unsupported-source', 'facebook-without-phone',
  'no-phone', 'invalid-phone', 'not-textable', 'blocked', 'dnc-phone', 'landline', 'duplicate-phone',
  'no-email', 'invalid-email',
] as const;
export type BatchExclusionReason = (typeof BATCH_EXCLUSION_REASONS)[number];

/**
 * Listing sources a message can go to unless the host says otherwise. Compared
 * without case, spaces or punctuation, so "Cars.com" matches "carscom".
 */
export const DEFAULT_MESSAGEABLE_SOURCES = [
  'autotrader', 'cargurus', 'cars.com', 'craigslist', 'facebook', 'kijiji', 'kijiji-autos', 'offerup', 'website', 'form',
] as const;

export type BatchRecord = {
  conversation: Pick<Conversation, 'id' | 'context'>;
  contact: Pick<Contact, 'firstName' | 'lastName' | 'phones' | 'emails' | 'address' | 'dealership'>;
};

/** Identities reported as dealerships: any one of them marks every listing that shares it. */
export type ReportedDealerships = {
  fullNames?: readonly string[];
  phones?: readonly string[];
  emails?: readonly string[];
  addresses?: readonly Contact['address'][];
};

export type BatchOptions = {
  channel: BatchChannel;
  account: Pick<Account, 'tier' | 'features'> & Partial<Pick<Account, 'smsNumbers'>>;
  /** Sources that can be messaged; `DEFAULT_MESSAGEABLE_SOURCES` when absent. A record without a source passes. */
  messageableSources?: readonly string[];
  /**
   * Loaded phone rules, to find landlines and invalid numbers beyond the stored
   * flags. libphonenumber takes tens of microseconds per distinct number, so
   * 10,000 new numbers cost a few hundred milliseconds; the rules remember them.
   */
  phoneRules?: Pick<PhoneRules, 'parse'>;
  reportedDealerships?: ReportedDealerships;
  /** How the default email subject is worded. */
  subject?: SubjectOptions;
};

export type EligibleRecipient<R extends BatchRecord = BatchRecord> = {
  record: R;
  /** The E.164 number or email address the message goes to. */
  to: string;
  /** Emails only: "Inquiry about your <Year> <Make> <Model>". */
  subject?: string;
};

export type BatchExclusion<R extends BatchRecord = BatchRecord> = {
  record: R;
  reason: BatchExclusionReason;
  /** The number, address, listing source or channel at fault, where the reason names one. */
  value?: string;
  /** What is wrong with this record, in English, e.g. "+14165550101 is a landline". */
  detail: string;
};

/**
 * What is wrong with an excluded record, by reason, in English; `{value}` is
 * the exclusion's `value`. The word tables give it in the element's language.
 */
export const BATCH_EXCLUSION_DETAILS: Readonly<Record<BatchExclusionReason, string>> = {
  'channel-unavailable': '{value} is not available for this account',
  dealership: 'The seller was reported as a dealership',
  'stage-dnc': 'The listing stage is DNC',
  'stage-pass': 'The listing stage is Pass',
  'unsupported-source': 'Messages cannot be sent to {value} listings',
  'facebook-without-phone': 'Facebook listings without a phone number are not supported',
  'no-phone': 'The seller has no phone number',
  'invalid-phone': '{value} is not a valid phone number',
  'not-textable': '{value} cannot receive texts',
  blocked: '{value} is blocked',
  'dnc-phone': '{value} is marked DNC',
  landline: '{value} is a landline',
  'duplicate-phone': '{value} is already in this batch',
  'no-email': 'The seller has no email address',
  'invalid-email': '{value} is not a valid email address',
};

export type BatchEligibility<R extends BatchRecord = BatchRecord> = {
  eligible: EligibleRecipient<R>[];
  excluded: BatchExclusion<R>[];
};

type Verdict = { to: string; subject?: string } | { reason: BatchExclusionReason; value?: string };

/** Splits the selected records into those a batch message goes to and those left out, with why. */
export function checkBatchEligibility<R extends BatchRecord>(records: readonly R[], options: BatchOptions): BatchEligibility<R> {
  const result: BatchEligibility<R> = { eligible: [], excluded: [] };
  const sources = new Set((options.messageableSources ?? DEFAULT_MESSAGEABLE_SOURCES).map(sourceKey));
  const dealers = dealerIndex(options.reportedDealerships);
  const unavailable = channelUnavailable(options);
  const numbersInBatch = new Set<string>();

  for (const record of records) {
    const verdict: Verdict =
      unavailable ??
      listingProblem(record, sources, dealers) ??
      (options.channel === 'sms'
        ? textVerdict(record, numbersInBatch, options.phoneRules)
        : emailVerdict(record, options.subject));
    if (!('reason' in verdict)) {
      result.eligible.push({ record, ...verdict });
      continue;
    }
    const { reason, value } = verdict;
    const detail = format(BATCH_EXCLUSION_DETAILS[reason], { value: value ?? '' });
    result.excluded.push({ record, reason, ...(value === undefined ? {} : { value }), detail });
  }
  return result;
}

function channelUnavailable({ channel, account }: BatchOptions): Verdict | undefined {
  return accountChannelProblem(channel, account) ? { reason: 'channel-unavailable', value: CHANNEL_LABELS[channel] } : undefined;
}

function listingProblem(record: BatchRecord, sources: Set<string>, dealers: DealerIndex): Verdict | undefined {
  const { contact } = record;
  if (contact.dealership || dealers.matches(contact)) {
    return { reason: 'dealership' };
  }
  const { listing } = readListingContext(record.conversation.context ?? {});
  const stage = sourceKey(listing?.stage);
  if (stage === 'dnc' || stage === 'donotcontact') return { reason: 'stage-dnc' };
  if (stage === 'pass' || stage === 'passed') return { reason: 'stage-pass' };
  const source = sourceKey(listing?.source);
  if (source && !sources.has(source)) {
    return { reason: 'unsupported-source', value: String(listing?.source) };
  }
  if (source === 'facebook' && !PHONE_KINDS.some((kind) => contact.phones?.[kind]?.number)) {
    return { reason: 'facebook-without-phone' };
  }
  return undefined;
}

function textVerdict(record: BatchRecord, numbersInBatch: Set<string>, rules?: Pick<PhoneRules, 'parse'>): Verdict {
  const phone = textablePhone(record.contact.phones, rules);
  if (!phone.ok) {
    if (phone.problem === 'no-phone') return { reason: 'no-phone' };
    return { reason: phone.problem, value: phone.number ?? '' };
  }
  // The same person listed twice gets one text: the first selected keeps it.
  if (numbersInBatch.has(phone.number)) {
    return { reason: 'duplicate-phone', value: phone.number };
  }
  numbersInBatch.add(phone.number);
  return { to: phone.number };
}

function emailVerdict(record: BatchRecord, subject?: SubjectOptions): Verdict {
  let invalid: string | undefined;
  for (const kind of EMAIL_KINDS) {
    const address = record.contact.emails?.[kind]?.trim();
    if (!address) continue;
    if (z.safeParse(emailSchema, address).success) {
      return { to: address, subject: defaultSubject(record.conversation.context, subject) };
    }
    invalid ??= address;
  }
  if (invalid !== undefined) return { reason: 'invalid-email', value: invalid };
  return { reason: 'no-email' };
}

function sourceKey(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') : '';
}

type DealerIndex = { matches(contact: BatchRecord['contact']): boolean };

const nameKey = (value: string | undefined) => (value ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const phoneKey = (value: string | undefined) => (value ?? '').replace(/[^\d]/g, '');

function addressKey(address: Contact['address'] | undefined): string {
  if (!address?.street) return '';
  return [address.street, address.city, address.state, address.zip, address.country].map((part) => sourceKey(part ?? '')).join('|');
}

function dealerIndex(reported: ReportedDealerships | undefined): DealerIndex {
  if (!reported) return { matches: () => false };
  const names = new Set((reported.fullNames ?? []).map(nameKey).filter(Boolean));
  const phones = new Set((reported.phones ?? []).map(phoneKey).filter(Boolean));
  const emails = new Set((reported.emails ?? []).map(nameKey).filter(Boolean));
  const addresses = new Set((reported.addresses ?? []).map(addressKey).filter(Boolean));
  return {
    matches(contact) {
      const name = nameKey(fullName(contact));
      if (name && names.has(name)) return true;
      if (PHONE_KINDS.some((kind) => phones.has(phoneKey(contact.phones?.[kind]?.number)))) return true;
      if (EMAIL_KINDS.some((kind) => emails.has(nameKey(contact.emails?.[kind])))) return true;
      const address = addressKey(contact.address);
      return address !== '' && addresses.has(address);
    },
  };
}

export type ExclusionGroup<R extends BatchRecord = BatchRecord> = {
  reason: BatchExclusionReason;
  exclusions: BatchExclusion<R>[];
};

/** The left-out records grouped by reason, in `BATCH_EXCLUSION_REASONS` order, empty groups dropped. */
export function groupExclusions<R extends BatchRecord>(excluded: readonly BatchExclusion<R>[]): ExclusionGroup<R>[] {
  const groups = new Map<BatchExclusionReason, BatchExclusion<R>[]>();
  for (const exclusion of excluded) {
    const group = groups.get(exclusion.reason);
    if (group) group.push(exclusion);
    else groups.set(exclusion.reason, [exclusion]);
  }
  return BATCH_EXCLUSION_REASONS.filter((reason) => groups.has(reason)).map((reason) => ({
    reason,
    exclusions: groups.get(reason)!,
  }));
}

export type BatchSummary = {
  total: number;
  eligible: number;
  excluded: number;
  byReason: Partial<Record<BatchExclusionReason, number>>;
  /** "Send to N of M", the English wording of the send button. */
  label: string;
};

/** The counts the batch dialog shows before sending. */
export function batchSummary(result: BatchEligibility<BatchRecord>): BatchSummary {
  const byReason: Partial<Record<BatchExclusionReason, number>> = {};
  for (const { reason } of result.excluded) byReason[reason] = (byReason[reason] ?? 0) + 1;
  const eligible = result.eligible.length;
  const total = eligible + result.excluded.length;
  return { total, eligible, excluded: result.excluded.length, byReason, label: `Send to ${eligible} of ${total}` };
}
