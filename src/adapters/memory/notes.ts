import { NoteBodySchema, type Note } from '../../domain/index.js';
import { RapportError } from '../errors.js';
import { checkVersion, composeNote, editNote, parseInput } from '../rules/index.js';
import { clone, visibleContact, type Scope } from './scope.js';

/** Seed 004: newest first. */
export function listNotes(scope: Scope, contactId: string): Note[] {
  visibleContact(scope, contactId);
  const notes = [...scope.store.notes.values()].filter((note) => note.contactId === contactId);
  // Newest first; for equal times the later-added note (later in insertion order) comes first.
  return clone(notes.reverse().sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)));
}

export function addNote(scope: Scope, contactId: string, body: string): Note {
  const { store, user } = scope;
  visibleContact(scope, contactId);
  const text = parseInput(NoteBodySchema, body, 'body');
  const note = composeNote({ id: store.newId('note'), contactId, body: text, user, now: store.now() });
  store.notes.set(note.id, note);
  store.emit({ type: 'note', action: 'created', note });
  return clone(note);
}

/** Seed 004: any agent may edit any note; the note then says who edited it. */
export function updateNote(scope: Scope, id: string, body: string, options: { version: number }): Note {
  const { store, user } = scope;
  const current = visibleNote(scope, id);
  const version = checkVersion(options);
  if (version !== current.version) {
    throw RapportError.conflict('Someone else changed this note since you opened it', clone(current));
  }
  const text = parseInput(NoteBodySchema, body, 'body');
  const note = editNote(current, text, user, store.now());
  store.notes.set(id, note);
  store.emit({ type: 'note', action: 'updated', note });
  return clone(note);
}

export function deleteNote(scope: Scope, id: string): void {
  const note = visibleNote(scope, id);
  scope.store.notes.delete(id);
  scope.store.emit({ type: 'note', action: 'deleted', noteId: id, contactId: note.contactId });
}

function visibleNote(scope: Scope, id: string): Note {
  const note = typeof id === 'string' ? scope.store.notes.get(id) : undefined;
  if (!note) throw RapportError.notFound('Note', String(id));
  try {
    visibleContact(scope, note.contactId);
  } catch {
    throw RapportError.notFound('Note', id);
  }
  return note;
}
