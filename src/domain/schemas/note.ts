import * as z from 'zod/mini';
import { codePointLength, id, isoDateTime } from './common.js';

/** Seed 004: contact notes hold at most 2000 characters. */
export const NOTE_MAX_LENGTH = 2000;

/** A note's text: something once trimmed, at most 2000 characters counted as a person counts them. */
export const NoteBodySchema = z.string({ error: 'Note text is required' }).check(
  z.refine((text) => text.trim() !== '', 'Write something in the note'),
  z.refine(
    (text) => codePointLength(text) <= NOTE_MAX_LENGTH,
    `A note holds at most ${NOTE_MAX_LENGTH} characters`,
  ),
);

export const NoteSchema = z.object({
  id,
  version: z.number().check(z.int(), z.positive()),
  contactId: id,
  body: NoteBodySchema,
  authorId: id,
  authorName: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  editedBy: z.optional(z.string()),
});
export type Note = z.infer<typeof NoteSchema>;
