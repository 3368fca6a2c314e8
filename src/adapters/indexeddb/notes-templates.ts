import {
  MESSAGE_TYPES, NoteBodySchema, TemplateInputSchema, type MessageType, type Note, type Template, type TemplateInput,
} from '../../domain/index.js';
import { RapportError } from '../errors.js';
import { assertCanEditTemplate, canSeeTemplate, checkVersion, invalid, parseInput } from '../rules/index.js';
import { visibleRow } from './contacts.js';
import type { Ctx } from './context.js';
import { noteRow } from './rows.js';
import type { NoteRow } from './schema.js';

/** Seed 004: newest first; for equal times the later-added note first. */
export async function listNotes(ctx: Ctx, contactId: string): Promise<Note[]> {
  await visibleRow(ctx, contactId);
  const rows = await ctx.tx.objectStore('notes').index('by-contact').getAll(contactId);
  return rows.sort((a, b) => Date.parse(b.note.createdAt) - Date.parse(a.note.createdAt) || b.s - a.s).map((row) => row.note);
}

export async function addNote(ctx: Ctx, contactId: string, body: string): Promise<Note> {
  const { user } = ctx;
  await visibleRow(ctx, contactId);
  const text = parseInput(NoteBodySchema, body, 'body');
  const now = ctx.nowIso();
  const note: Note = {
    id: await ctx.newId('note'), version: 1, contactId, body: text, authorId: user.id, authorName: user.name,
    createdAt: now, updatedAt: now,
  };
  await ctx.tx.objectStore('notes').add(noteRow(note, await ctx.seq()));
  ctx.emit({ type: 'note', action: 'created', note });
  return note;
}

/** Seed 004: any agent may edit any note; the note then says who edited it. */
export async function updateNote(ctx: Ctx, id: string, body: string, options: { version: number }): Promise<Note> {
  const row = await visibleNote(ctx, id);
  const current = row.note;
  const version = checkVersion(options);
  if (version !== current.version) throw RapportError.conflict('Someone else changed this note since you opened it', current);
  const text = parseInput(NoteBodySchema, body, 'body');
  const note: Note = { ...current, body: text, version: current.version + 1, updatedAt: ctx.nowIso(), editedBy: ctx.user.name };
  await ctx.tx.objectStore('notes').put({ ...row, note });
  ctx.emit({ type: 'note', action: 'updated', note });
  return note;
}

export async function deleteNote(ctx: Ctx, id: string): Promise<void> {
  const row = await visibleNote(ctx, id);
  await ctx.tx.objectStore('notes').delete(id);
  ctx.emit({ type: 'note', action: 'deleted', noteId: id, contactId: row.contactId });
}

async function visibleNote(ctx: Ctx, id: unknown): Promise<NoteRow> {
  const row = typeof id === 'string' && id !== '' ? await ctx.tx.objectStore('notes').get(id) : undefined;
  if (!row) throw RapportError.notFound('Note', String(id));
  try {
    await visibleRow(ctx, row.contactId);
  } catch {
    throw RapportError.notFound('Note', String(id));
  }
  return row;
}

/** Global templates and the user's own local ones, by name. */
export async function listTemplates(ctx: Ctx, query: { messageType?: MessageType } = {}): Promise<Template[]> {
  if (query?.messageType !== undefined && !MESSAGE_TYPES.includes(query.messageType)) {
    invalid('messageType', `Must be one of ${MESSAGE_TYPES.join(', ')}`);
  }
  const templates = await ctx.tx.objectStore('templates').getAll();
  return templates
    .filter((template) => canSeeTemplate(template, ctx.user))
    .filter((template) => query?.messageType === undefined || template.messageType === query.messageType)
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** Creates when there is no id, updates otherwise; only an admin touches a global template. */
export async function saveTemplate(ctx: Ctx, input: TemplateInput): Promise<Template> {
  const { user } = ctx;
  const parsed = parseInput(TemplateInputSchema, input);
  const { id, ...fields } = parsed;
  const store = ctx.tx.objectStore('templates');
  if (id === undefined) {
    const template: Template = { ...fields, id: await ctx.newId('template'), ownerId: user.id };
    assertCanEditTemplate(template, user);
    await store.add(template);
    ctx.emit({ type: 'template', action: 'created', template });
    return template;
  }
  const current = await visibleTemplate(ctx, id);
  assertCanEditTemplate(current, user);
  // A global template made local becomes the local template of whoever did it (an admin).
  const ownerId = fields.scope === 'local' && current.scope === 'global' ? user.id : current.ownerId;
  const template: Template = { ...fields, id, ownerId };
  // Checked again as saved: turning a local template global is making a global one, admins only.
  assertCanEditTemplate(template, user);
  await store.put(template);
  ctx.emit({ type: 'template', action: 'updated', template });
  return template;
}

export async function deleteTemplate(ctx: Ctx, id: string): Promise<void> {
  const template = await visibleTemplate(ctx, id);
  assertCanEditTemplate(template, ctx.user);
  await ctx.tx.objectStore('templates').delete(id);
  ctx.emit({ type: 'template', action: 'deleted', templateId: id });
}

async function visibleTemplate(ctx: Ctx, id: string): Promise<Template> {
  const template = typeof id === 'string' && id !== '' ? await ctx.tx.objectStore('templates').get(id) : undefined;
  if (!template || !canSeeTemplate(template, ctx.user)) throw RapportError.notFound('Template', String(id));
  return template;
}
