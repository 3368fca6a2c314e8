/**
 * The fixed value lists of the data model. Each list is `as const` so that the
 * union types and the zod enums are derived from one source.
 */

export const CONTACT_TYPES = ['lead', 'prospect', 'customer', 'other'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export const CONTACT_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export type ContactLevel = (typeof CONTACT_LEVELS)[number];

/** The languages seed 002 lists, as BCP 47 tags. */
export const LANGUAGES = ['en', 'it', 'th', 'zh-Hans', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PHONE_KINDS = ['mobile', 'work', 'home', 'other'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export const EMAIL_KINDS = ['primary', 'other'] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const SOCIAL_NETWORKS = ['facebook', 'whatsapp', 'wechat', 'twitter', 'linkedin'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export const ADDRESS_FIELDS = ['street', 'city', 'state', 'zip', 'country'] as const;

export const CHANNELS = ['sms', 'email', 'facebook', 'kijiji', 'webchat', 'call', 'listing', 'form'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels an external communication can be logged on (seed 000). */
export const EXTERNAL_CHANNELS = ['sms', 'call', 'email', 'listing'] as const;
export type ExternalChannel = (typeof EXTERNAL_CHANNELS)[number];

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const AUTHOR_KINDS = ['contact', 'agent', 'bot', 'system'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

export const MESSAGE_STATUSES = ['scheduled', 'queued', 'sent', 'delivered', 'read', 'failed', 'canceled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** Seed 000's communication types. */
export const EXTERNAL_TYPES = ['initial', 'follow-up', 'non-responder', 'reply'] as const;
export type ExternalType = (typeof EXTERNAL_TYPES)[number];

/** Seed 001's message types, which group templates. */
export const MESSAGE_TYPES = ['text', 'email', 'facebook', 'kijiji'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const TEMPLATE_SCOPES = ['global', 'local'] as const;
export type TemplateScope = (typeof TEMPLATE_SCOPES)[number];

export const STAFF_ROLES = ['admin', 'agent'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Seed 001: standard accounts have no communication features. */
export const ACCOUNT_TIERS = ['standard', 'professional', 'accelerated'] as const;
export type AccountTier = (typeof ACCOUNT_TIERS)[number];

export const ACCOUNT_FEATURES = ['scheduledMessages', 'facebook', 'kijiji', 'webchat', 'email', 'sms'] as const;
export type AccountFeature = (typeof ACCOUNT_FEATURES)[number];

export const ATTACHMENT_PURPOSES = ['call', 'message'] as const;
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number];

export const CONVERSATION_VIEWS = ['all', 'mine', 'unread'] as const;
export type ConversationView = (typeof CONVERSATION_VIEWS)[number];
