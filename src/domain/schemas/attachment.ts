import * as z from 'zod/mini';
import { id } from './common.js';

export const AttachmentSchema = z.object({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  mimeType: z.string().check(z.minLength(1)),
  size: z.number().check(z.int(), z.nonnegative()),
  url: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;
