import * as z from 'zod/mini';
import {
  AccountSchema, ChangeLogEntrySchema, ContactSchema, ConversationSchema, MessageSchema, NoteSchema, PageVisitSchema,
  StaffSchema, TemplateSchema, validate, type FieldIssue,
} from '../../domain/index.js';
import { RapportError } from '../errors.js';
import { withPrefix } from './validate.js';

/**
 * Seed data for an adapter (MemoryAdapter's and IndexedDbAdapter's `data` option), in the wire shapes of DESIGN.md. Defaults
 * (e.g. a contact's empty `phones`) may be left out; everything is validated.
 */
export type SeedData = {
  staff: z.input<typeof StaffSchema>[];
  account: z.input<typeof AccountSchema>;
  contacts?: z.input<typeof ContactSchema>[];
  conversations?: z.input<typeof ConversationSchema>[];
  messages?: z.input<typeof MessageSchema>[];
  templates?: z.input<typeof TemplateSchema>[];
  notes?: z.input<typeof NoteSchema>[];
  /** Pages each contact visited (the Activity tab's journey). */
  pageVisits?: z.input<typeof PageVisitSchema>[];
  changeLog?: z.input<typeof ChangeLogEntrySchema>[];
};

/** Validates seed data as a whole: every bad field of every record, named by its place (`contacts.3.lastName`). */
export function validateSeedData(data: SeedData) {
  const issues: FieldIssue[] = [];
  const one = <S extends z.ZodMiniType>(schema: S, value: unknown, place: string): z.output<S> | undefined => {
    const result = validate(schema, value);
    if (result.ok) return result.value;
    issues.push(...result.issues.map((issue) => withPrefix(issue, place)));
    return undefined;
  };
  const many = <S extends z.ZodMiniType>(schema: S, values: unknown[] | undefined, name: string): z.output<S>[] =>
    (values ?? []).map((value, index) => one(schema, value, `${name}.${index}`)).filter((value) => value !== undefined);
  const loaded = {
    account: one(AccountSchema, data.account, 'account'),
    staff: many(StaffSchema, data.staff, 'staff'),
    contacts: many(ContactSchema, data.contacts, 'contacts'),
    conversations: many(ConversationSchema, data.conversations, 'conversations'),
    messages: many(MessageSchema, data.messages, 'messages'),
    templates: many(TemplateSchema, data.templates, 'templates'),
    notes: many(NoteSchema, data.notes, 'notes'),
    pageVisits: many(PageVisitSchema, data.pageVisits, 'pageVisits'),
    changeLog: many(ChangeLogEntrySchema, data.changeLog, 'changeLog'),
  };
  if (loaded.staff.length === 0) issues.push({ field: 'staff', message: 'At least one staff member is required' });
  if (issues.length > 0 || !loaded.account) throw RapportError.validation(issues, `The adapter's data is not valid: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  return { ...loaded, account: loaded.account };
}

/**
 * Where each kind's id counter starts: at the highest `kind-N` the data already
 * uses, so counted ids (`contact-1`, `contact-2`…) never collide with it.
 */
export function seedCounters(data: ReturnType<typeof validateSeedData>): Map<string, number> {
  const records: [string, { id: string }[]][] = [
    ['contact', data.contacts], ['conversation', data.conversations], ['message', data.messages],
    ['note', data.notes], ['template', data.templates], ['change', data.changeLog],
  ];
  return new Map(records.map(([kind, list]) => {
    const pattern = new RegExp(`^${kind}-(\\d+)$`);
    return [kind, list.reduce((high, { id }) => Math.max(high, Number(pattern.exec(id)?.[1] ?? 0)), 0)];
  }));
}
