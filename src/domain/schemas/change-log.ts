import * as z from 'zod/mini';
import { id, isoDateTime } from './common.js';

export const ChangeLogEntrySchema = z.object({
  id,
  contactId: id,
  at: isoDateTime,
  actorId: id,
  changes: z.array(z.object({ field: z.string(), from: z.optional(z.unknown()), to: z.optional(z.unknown()) })),
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;
export type FieldChange = ChangeLogEntry['changes'][number];
