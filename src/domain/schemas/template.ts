import * as z from 'zod/mini';
import { MESSAGE_TYPES, TEMPLATE_SCOPES } from '../values.js';
import { id, requiredLine } from './common.js';

const templateShape = {
  name: requiredLine('Template name', 100),
  messageType: z.enum(MESSAGE_TYPES, 'Must be one of Text, Email, Facebook, Kijiji'),
  scope: z.enum(TEMPLATE_SCOPES, 'Must be Global or Local'),
  subject: z.optional(z.string().check(z.trim(), z.maxLength(250))),
  body: z.string().check(z.minLength(1, 'Template text is required'), z.maxLength(20_000)),
};

export const TemplateSchema = z.object({ ...templateShape, id, ownerId: id });
export type Template = z.infer<typeof TemplateSchema>;

/** `saveTemplate` input: creates when there is no id, updates otherwise. */
export const TemplateInputSchema = z.object({ ...templateShape, id: z.optional(id) });
export type TemplateInput = z.input<typeof TemplateInputSchema>;
