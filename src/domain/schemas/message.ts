import * as z from 'zod/mini';
import { AUTHOR_KINDS, CHANNELS, DIRECTIONS, EXTERNAL_CHANNELS, EXTERNAL_TYPES, MESSAGE_STATUSES } from '../values.js';
import { AttachmentSchema } from './attachment.js';
import { id, isoDateTime } from './common.js';

/** Longest message body accepted, in characters; an email can be long, a text is split into segments. */
export const MAX_MESSAGE_LENGTH = 20_000;

const body = z.string().check(z.maxLength(MAX_MESSAGE_LENGTH, `Must be at most ${MAX_MESSAGE_LENGTH} characters`));

export const MessageSchema = z.object({
  id,
  conversationId: id,
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS),
  author: z.object({ kind: z.enum(AUTHOR_KINDS), id: z.optional(id), name: z.string() }),
  body: z.string(),
  subject: z.optional(z.string()),
  attachments: z._default(z.array(AttachmentSchema), []),
  occurredAt: isoDateTime,
  status: z.enum(MESSAGE_STATUSES),
  scheduledFor: z.optional(isoDateTime),
  error: z.optional(z.string()),
  external: z.optional(z.object({ type: z.enum(EXTERNAL_TYPES), loggedBy: id })),
  from: z.optional(z.string()),
  to: z.optional(z.string()),
});
export type Message = z.infer<typeof MessageSchema>;

export const MessageDraftSchema = z
  .object({
    conversationId: id,
    channel: z.enum(CHANNELS),
    body,
    subject: z.optional(z.string().check(z.trim(), z.maxLength(250, 'Must be at most 250 characters'))),
    attachmentIds: z.optional(z.array(id)),
    scheduledFor: z.optional(isoDateTime),
    from: z.optional(z.string()),
    to: z.optional(z.string()),
  })
  .check(
    z.refine((draft) => draft.body.trim() !== '' || (draft.attachmentIds?.length ?? 0) > 0, {
      message: 'Write a message or attach a file',
      path: ['body'],
    }),
    z.refine((draft) => draft.channel !== 'email' || (draft.subject ?? '').trim() !== '', {
      message: 'An email needs a subject',
      path: ['subject'],
    }),
    z.refine((draft) => !['call', 'listing', 'form'].includes(draft.channel), {
      message: 'Messages cannot be sent on this channel',
      path: ['channel'],
    }),
  );
export type MessageDraft = z.input<typeof MessageDraftSchema>;

export const ExternalCommunicationInputSchema = z.object({
  conversationId: id,
  channel: z.enum(EXTERNAL_CHANNELS, 'Must be one of Text, Call, Email or the listing source'),
  direction: z.enum(DIRECTIONS, 'Must be Outbound or Inbound'),
  type: z.enum(EXTERNAL_TYPES, 'Must be one of Initial, Follow-Up, Non-Responder, Reply'),
  body: z.string().check(
    z.trim(),
    z.minLength(1, 'Describe the communication'),
    z.maxLength(MAX_MESSAGE_LENGTH, `Must be at most ${MAX_MESSAGE_LENGTH} characters`),
  ),
  occurredAt: isoDateTime,
  attachmentIds: z.optional(z.array(id)),
});
export type ExternalCommunicationInput = z.input<typeof ExternalCommunicationInputSchema>;

/** A message that is logged rather than sent through the platform (seed 000). */
export function isExternal(message: Pick<Message, 'external'>): boolean {
  return message.external !== undefined;
}
