import type { SendableChannel } from '../../domain/channels.js';
import type { MessageDraft } from '../../domain/index.js';
import { resolveWildcards, type WildcardValues } from '../../domain/wildcards.js';
import { draftHasContent, type ComposerDraft } from './composer-draft.js';

export type BuildInput = {
  conversationId: string;
  channel: SendableChannel;
  composer: ComposerDraft;
  /** The record's wildcard values. */
  values: WildcardValues;
  /** Put in place of missing values once the person chose to send with a fallback. */
  fallback?: string;
  scheduledFor?: string;
  from?: string;
  to?: string;
};

export type BuildResult =
  | { kind: 'ready'; draft: MessageDraft }
  /** Wildcard tokens with no value for this record (and no fallback chosen). */
  | { kind: 'missing'; missing: string[] }
  | { kind: 'empty' };

/**
 * The message one record gets from the composer's draft: wildcards filled from
 * the record's values in one literal pass, the subject for email only. One
 * record for a single send; each record in turn for a batch.
 */
export function buildMessageDraft(input: BuildInput): BuildResult {
  const { composer, values, channel } = input;
  if (!draftHasContent(composer)) return { kind: 'empty' };
  const options = input.fallback !== undefined ? { fallback: input.fallback } : {};
  const body = resolveWildcards(composer.body, values, options);
  const email = channel === 'email';
  const subject = resolveWildcards(email ? composer.subject : '', values, options);
  const missing = [...new Set([...subject.missing, ...body.missing])];
  if (missing.length && input.fallback === undefined) return { kind: 'missing', missing };
  return {
    kind: 'ready',
    draft: {
      conversationId: input.conversationId, channel, body: body.text,
      ...(email ? { subject: subject.text } : {}),
      ...(composer.attachments.length ? { attachmentIds: composer.attachments.map((file) => file.id) } : {}),
      ...(input.scheduledFor ? { scheduledFor: input.scheduledFor } : {}),
      ...(input.from ? { from: input.from } : {}),
      ...(input.to ? { to: input.to } : {}),
    },
  };
}
