import * as z from 'zod/mini';
import { ACCOUNT_TIERS, STAFF_ROLES } from '../values.js';
import { e164, email, id, requiredLine } from './common.js';

export const StaffSchema = z.object({
  id,
  name: requiredLine('Name'),
  role: z.enum(STAFF_ROLES),
  avatarUrl: z.optional(z.string()),
});
export type Staff = z.infer<typeof StaffSchema>;

export const AccountSchema = z.object({
  id,
  name: requiredLine('Account name'),
  tier: z.enum(ACCOUNT_TIERS),
  /** Which optional features the account has; an absent feature is off. */
  features: z.object({
    scheduledMessages: z.optional(z.boolean()),
    facebook: z.optional(z.boolean()),
    kijiji: z.optional(z.boolean()),
    webchat: z.optional(z.boolean()),
    email: z.optional(z.boolean()),
    sms: z.optional(z.boolean()),
  }),
  /** ISO 3166 alpha-2; Kijiji is for Canadian accounts only. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'Must be an ISO 3166 alpha-2 code')),
  /** The SMS-capable numbers texts can be sent from (seed 003's outbound number). */
  smsNumbers: z._default(z.array(e164), []),
  /** The addresses emails can be sent from. */
  emailAddresses: z._default(z.array(email), []),
});
export type Account = z.infer<typeof AccountSchema>;

export const SessionSchema = z.object({ user: StaffSchema, account: AccountSchema });
export type Session = z.infer<typeof SessionSchema>;

/** Standard accounts have no communication features (seed 001). */
export function canCommunicate(account: Account): boolean {
  return account.tier !== 'standard';
}
