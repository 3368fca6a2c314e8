import * as z from 'zod/mini';
import { id, isoDateTime } from './common.js';

export const ConversationSchema = z.object({
  id,
  contactId: id,
  /** The record the conversation is about, e.g. `{ vehicle: { year, make, model }, listing: { source, stage } }`. */
  context: z._default(z.record(z.string(), z.unknown()), {}),
  unreadCount: z._default(z.number().check(z.int(), z.nonnegative()), 0),
  lastMessageAt: z.optional(isoDateTime),
  assigneeId: z.optional(id),
});
export type Conversation = z.infer<typeof ConversationSchema>;

export const StartConversationSchema = z.object({
  contactId: id,
  context: z.optional(z.record(z.string(), z.unknown())),
  assigneeId: z.optional(id),
});
export type StartConversationInput = z.input<typeof StartConversationSchema>;

/** The vehicle listing a conversation is about, read loosely from its context. */
export type ListingContext = {
  vehicle?: { year?: number | string; make?: string; model?: string; trim?: string; price?: number };
  listing?: { source?: string; stage?: string; url?: string; title?: string };
};

export function readListingContext(context: Record<string, unknown>): ListingContext {
  const pick = (value: unknown) => (value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined);
  return { vehicle: pick(context.vehicle), listing: pick(context.listing) } as ListingContext;
}
