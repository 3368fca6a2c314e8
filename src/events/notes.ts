import type { Note } from '../domain/index.js';
import { RapportEvent } from './rapport-event.js';

/** `rp-note-added`: the person added a note; `detail.note` is the saved note. */
export class RpNoteAddedEvent extends RapportEvent<{ note: Note }> {
  static readonly type = 'rp-note-added';
  constructor(detail: { note: Note }) {
    super(RpNoteAddedEvent.type, detail);
  }
}

/** `rp-note-updated`: the person saved an edit to a note; `detail.note` is the saved note. */
export class RpNoteUpdatedEvent extends RapportEvent<{ note: Note }> {
  static readonly type = 'rp-note-updated';
  constructor(detail: { note: Note }) {
    super(RpNoteUpdatedEvent.type, detail);
  }
}

/** `rp-note-deleted`: the person deleted a note. */
export class RpNoteDeletedEvent extends RapportEvent<{ noteId: string; contactId: string }> {
  static readonly type = 'rp-note-deleted';
  constructor(detail: { noteId: string; contactId: string }) {
    super(RpNoteDeletedEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-note-added': RpNoteAddedEvent;
    'rp-note-updated': RpNoteUpdatedEvent;
    'rp-note-deleted': RpNoteDeletedEvent;
  }
}
