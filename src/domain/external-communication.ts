import { readListingContext } from './schemas/conversation.js';
import type { AttachmentPurpose, ExternalChannel } from './values.js';

/**
 * Rules of seed 000's Add External Communication window that the schema
 * alone cannot state: they depend on the clock, the listing, or the channel.
 */

/** A communication that is logged must already have happened. */
export function isInTheFuture(occurredAt: string, now: number = Date.now()): boolean {
  const at = Date.parse(occurredAt);
  return Number.isFinite(at) && at > now;
}

/** The listing's source by its own name (e.g. "Facebook", "Craigslist"), when the conversation's context has one. */
export function listingSourceName(context: Record<string, unknown> | undefined): string | undefined {
  const source = readListingContext(context ?? {}).listing?.source;
  return typeof source === 'string' && source.trim() !== '' ? source.trim() : undefined;
}

/** A call takes an audio recording; every other channel an image or a PDF. */
export function attachmentPurposeFor(channel: ExternalChannel): AttachmentPurpose {
  return channel === 'call' ? 'call' : 'message';
}

/** Longest call duration accepted, in minutes (a full day). */
export const MAX_CALL_MINUTES = 24 * 60;

/** A call's duration as typed: a whole number of minutes from 1 to a day, or why not. */
export function parseCallMinutes(text: string): { ok: true; minutes: number } | { ok: false; reason: 'required' | 'invalid' } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'required' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, reason: 'invalid' };
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_CALL_MINUTES ? { ok: true, minutes } : { ok: false, reason: 'invalid' };
}

/**
 * The stored body of a logged call: the description, then its duration on a
 * line of its own in one fixed form ("Duration: 12 min") that any reader,
 * person or program, can find whatever language the agent used.
 */
export function callBody(description: string, minutes: number): string {
  return `${description.trim()}\n\nDuration: ${minutes} min`;
}
