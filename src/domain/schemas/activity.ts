import * as z from 'zod/mini';
import { id, isoDateTime } from './common.js';

/** A page the contact visited on the website (seed 002's journey). */
export const PageVisitSchema = z.object({ contactId: id, url: z.string(), title: z.string(), at: isoDateTime });
export type PageVisit = z.infer<typeof PageVisitSchema>;

/** Seed 002's Activity tab: inquiry history, engagement and journey. */
export type Activity = {
  /** The contact's conversations, newest first; open ones have had a message in the last 30 days. */
  inquiries: { conversationId: string; title: string; status: 'open' | 'closed'; lastMessageAt?: string }[];
  /** Outbound calls and texts by staff, newest first. */
  engagements: { messageId: string; conversationId: string; channel: 'call' | 'sms'; at: string;
    staffId?: string; staffName: string; summary: string }[];
  /** Pages visited, newest first. */
  journey: { url: string; title: string; at: string }[];
};
