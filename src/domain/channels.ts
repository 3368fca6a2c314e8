/**
 * Which channels a message can go out on, and which one the Send Message dialog
 * picks first (seed 001), plus the from/to choices of the inbox (seed 003).
 */
import type { Account, Contact, ListingContext, Message } from './schemas/index.js';
import { canCommunicate, readListingContext } from './schemas/index.js';
import { phoneProblem, textablePhone } from './phone.js';
import { EMAIL_KINDS, PHONE_KINDS, type Channel, type EmailKind, type MessageType, type PhoneKind } from './values.js';

/** Channels a message can be sent on, in the order the channel menu lists them. */
export const SENDABLE_CHANNELS = ['sms', 'email', 'facebook', 'kijiji', 'webchat', 'form'] as const;
export type SendableChannel = (typeof SENDABLE_CHANNELS)[number];

/** English names as seed 001 writes them ("Text" for SMS). */
export const CHANNEL_LABELS: Record<SendableChannel, string> = {
  sms: 'Text', email: 'Email', facebook: 'Facebook', kijiji: 'Kijiji', webchat: 'Web Chat', form: 'Form',
};

/** Seed 001: with no earlier message to follow, the first available of Text, Form, Email. */
export const DEFAULT_CHANNEL_PRIORITY = ['sms', 'form', 'email'] as const satisfies readonly SendableChannel[];

export const CHANNEL_UNAVAILABLE_REASONS = [
  'standard-tier', 'feature-off', 'not-in-country', 'no-sms-number', 'no-mobile', 'phone-blocked', 'phone-dnc', 'phone-landline',
  'phone-invalid', 'no-email', 'no-facebook', 'not-kijiji-listing', 'not-form-lead',
] as const;
export type ChannelUnavailableReason = (typeof CHANNEL_UNAVAILABLE_REASONS)[number];

/** English defaults; a translated table keyed by `reasonCode` can replace them. */
export const CHANNEL_UNAVAILABLE_MESSAGES: Record<ChannelUnavailableReason, string> = {
  'standard-tier': 'Standard accounts do not have communication',
  'feature-off': 'This channel is not active for this account',
  'not-in-country': 'Kijiji is only available for Canadian accounts',
  'no-sms-number': 'The account has no call tracking number that supports SMS',
  'no-mobile': 'No mobile number for this contact',
  'phone-blocked': "This contact's number is blocked",
  'phone-dnc': "This contact's number is marked Do Not Contact",
  'phone-landline': "This contact's number is a landline",
  'phone-invalid': "This contact's number is not valid",
  'no-email': 'No email address for this contact',
  'no-facebook': 'No Facebook contact for this seller',
  'not-kijiji-listing': 'This conversation is not about a Kijiji listing',
  'not-form-lead': 'This contact did not write in through a form',
};

export type ChannelAvailability = {
  channel: SendableChannel;
  available: boolean;
  /** Why not, in English, to show beside the disabled choice. */
  reason?: string;
  reasonCode?: ChannelUnavailableReason;
};

type AccountLike = Pick<Account, 'tier' | 'features' | 'country'> & Partial<Pick<Account, 'smsNumbers'>>;
type ContactLike = Partial<Pick<Contact, 'phones' | 'emails' | 'social'>>;

export type AvailabilityInput = {
  account: AccountLike;
  contact?: ContactLike;
  /** The conversation's context: its listing source tells Facebook, Kijiji and form leads apart. */
  context?: Record<string, unknown> | ListingContext;
};

/**
 * Every sendable channel with whether it can be used now and, when not, why:
 * standard accounts have none; Facebook, Kijiji and Web Chat need the account
 * feature (Kijiji also a Canadian account); Text needs one of the account's call
 * tracking numbers to send from (seed 003) and a contact number that can take a
 * text; Email an address. Text and Email are part of every communication tier
 * and are off only when the account says so (`features.sms === false`).
 */
export function availableChannels({ account, contact, context }: AvailabilityInput): ChannelAvailability[] {
  const { listing } = readListingContext((context ?? {}) as Record<string, unknown>);
  const source = typeof listing?.source === 'string' ? listing.source.trim().toLowerCase() : '';
  const features = account.features ?? {};
  return SENDABLE_CHANNELS.map((channel) => {
    const code = (channel === 'sms' || channel === 'email' ? accountChannelProblem(channel, account) : undefined) ??
      (canCommunicate(account as Account) ? channelProblem(channel, { features, country: account.country, contact, context, source }) : 'standard-tier');
    return code ? unavailable(channel, code) : { channel, available: true };
  });
}

/**
 * Why the account cannot send on Text or Email at all, whoever the contact:
 * a standard account, the channel switched off, or (Text) no call tracking
 * number to send from (seed 003). Batch send asks it once for a whole batch.
 */
export function accountChannelProblem(
  channel: 'sms' | 'email', account: Pick<AccountLike, 'tier' | 'features' | 'smsNumbers'>,
): ChannelUnavailableReason | undefined {
  if (!canCommunicate(account as Account)) return 'standard-tier';
  if (account.features?.[channel] === false) return 'feature-off';
  return channel === 'sms' && account.smsNumbers?.length === 0 ? 'no-sms-number' : undefined;
}

type ProblemInput = {
  features: AccountLike['features'];
  country: string;
  contact?: ContactLike;
  context?: AvailabilityInput['context'];
  source: string;
};

function channelProblem(channel: SendableChannel, input: ProblemInput): ChannelUnavailableReason | undefined {
  const { features, contact, source } = input;
  switch (channel) {
    case 'sms': {
      const phone = textablePhone(contact?.phones);
      if (phone.ok) return undefined;
      if (phone.problem === 'no-phone' || phone.kind !== 'mobile') return 'no-mobile';
      if (phone.problem === 'blocked') return 'phone-blocked';
      if (phone.problem === 'dnc-phone') return 'phone-dnc';
      if (phone.problem === 'landline') return 'phone-landline';
      if (phone.problem === 'invalid-phone') return 'phone-invalid';
      return 'no-mobile';
    }
    case 'email':
      return contact?.emails?.primary || contact?.emails?.other ? undefined : 'no-email';
    case 'facebook':
      if (!features.facebook) return 'feature-off';
      return contact?.social?.facebook || source === 'facebook' ? undefined : 'no-facebook';
    case 'kijiji':
      if (input.country !== 'CA') return 'not-in-country';
      if (!features.kijiji) return 'feature-off';
      return source === 'kijiji' ? undefined : 'not-kijiji-listing';
    case 'webchat':
      return features.webchat ? undefined : 'feature-off';
    case 'form':
      return source === 'form' || Boolean((input.context as Record<string, unknown> | undefined)?.form)
        ? undefined
        : 'not-form-lead';
  }
}

function unavailable(channel: SendableChannel, reasonCode: ChannelUnavailableReason): ChannelAvailability {
  const reason =
    reasonCode === 'feature-off' ? `${CHANNEL_LABELS[channel]} is not active for this account` : CHANNEL_UNAVAILABLE_MESSAGES[reasonCode];
  return { channel, available: false, reason, reasonCode };
}

export function isSendableChannel(channel: string): channel is SendableChannel {
  return (SENDABLE_CHANNELS as readonly string[]).includes(channel);
}

export type DefaultChannelInput = {
  /** The conversation's history, in any order. */
  messages: readonly Pick<Message, 'channel' | 'external' | 'occurredAt'>[];
  availability: readonly ChannelAvailability[];
};

/**
 * Seed 001's preselected channel: the channel of the latest message that was not
 * logged as external (calls and listing notes are not message types and do not
 * count), if it is still available; else the first available of Text, Form,
 * Email; else undefined, and the Send button stays disabled (`noChannelReason` says why).
 */
export function defaultChannel({ messages, availability }: DefaultChannelInput): SendableChannel | undefined {
  const isAvailable = (channel: Channel) => availability.some((entry) => entry.channel === channel && entry.available);
  let latest: { channel: SendableChannel; at: number } | undefined;
  for (const message of messages) {
    if (message.external !== undefined || !isSendableChannel(message.channel)) continue;
    const at = Date.parse(message.occurredAt);
    // Equal or unreadable times: the later in the list wins, as the list runs oldest to newest.
    if (!latest || Number.isNaN(at) || Number.isNaN(latest.at) || at >= latest.at) latest = { channel: message.channel, at };
  }
  if (latest && isAvailable(latest.channel)) return latest.channel;
  return DEFAULT_CHANNEL_PRIORITY.find(isAvailable);
}

/**
 * Why nothing can be sent, for the disabled Send button: the reason every
 * channel is closed for, when they share one (a standard account). Undefined
 * while a channel is open, or when the reasons differ (then the words say no
 * channel is available for this contact).
 */
export function noChannelReason(availability: readonly ChannelAvailability[]): ChannelUnavailableReason | undefined {
  if (availability.some((entry) => entry.available)) return undefined;
  const codes = new Set(availability.map((entry) => entry.reasonCode));
  return codes.size === 1 ? availability[0]?.reasonCode : undefined;
}

const TYPE_OF_CHANNEL = { sms: 'text', email: 'email', facebook: 'facebook', kijiji: 'kijiji' } as const;
const CHANNEL_OF_TYPE = { text: 'sms', email: 'email', facebook: 'facebook', kijiji: 'kijiji' } as const;

/** The template message type of a channel (sms → text), or undefined for channels without templates. */
export function messageTypeForChannel(channel: Channel): MessageType | undefined {
  return (TYPE_OF_CHANNEL as Partial<Record<Channel, MessageType>>)[channel];
}

/** The channel a template message type is sent on (text → sms). */
export function channelForMessageType(type: MessageType): SendableChannel {
  return CHANNEL_OF_TYPE[type];
}

export type OutboundAddress = { value: string; kind: PhoneKind | EmailKind };

export type OutboundOptions = {
  /** The account's numbers or addresses the message can be sent from (seed 003's outbound number). */
  from: string[];
  /** The contact's numbers or addresses it can go to, the preferred one first. */
  to: OutboundAddress[];
};

/**
 * The from and to choices of the inbox's top contact bar (seed 003). Texts go from
 * the account's SMS numbers to the contact's numbers that can take a text; emails
 * from the account's addresses to the contact's addresses. Other channels have no
 * choice to make and give empty lists.
 */
export function outboundOptions(input: {
  account: Partial<Pick<Account, 'smsNumbers' | 'emailAddresses'>>;
  contact?: Partial<Pick<Contact, 'phones' | 'emails'>>;
  channel: Channel;
}): OutboundOptions {
  const { account, contact, channel } = input;
  if (channel === 'sms') {
    const to: OutboundAddress[] = [];
    for (const kind of PHONE_KINDS) {
      const phone = contact?.phones?.[kind];
      if (phone?.number && !phoneProblem(kind, phone)) to.push({ value: phone.number, kind });
    }
    return { from: [...(account.smsNumbers ?? [])], to: uniqueByValue(to) };
  }
  if (channel === 'email') {
    const to: OutboundAddress[] = [];
    for (const kind of EMAIL_KINDS) {
      const address = contact?.emails?.[kind];
      if (address) to.push({ value: address, kind });
    }
    return { from: [...(account.emailAddresses ?? [])], to: uniqueByValue(to) };
  }
  return { from: [], to: [] };
}

function uniqueByValue(addresses: OutboundAddress[]): OutboundAddress[] {
  const seen = new Set<string>();
  return addresses.filter((address) => {
    const key = address.value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
