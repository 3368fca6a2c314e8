import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RapportChange } from '../../adapters/adapter.js';
import { codePointLength, NOTE_MAX_LENGTH, NoteBodySchema, validate, type Note } from '../../domain/index.js';
import { RpNoteAddedEvent, RpNoteDeletedEvent } from '../../events/notes.js';
import { format } from '../../i18n/strings.js';
import { baseStyles } from '../../styles/shared.js';
import { AdapterSubscription } from '../shared/adapter-subscription.js';
import { RapportElement } from '../shared/rapport-element.js';
import { limitHandlers } from './note-input.js';
import type { RpNoteItem } from './rp-note-item.js';
import './rp-note-item.js';
import { notesStyles } from './rp-notes.styles.js';
import '../../i18n/en/notes.js';

/**
 * A contact's notes (seed 004): newest first, each with its author and time;
 * any agent adds, edits or deletes any note. Notes added, edited or deleted by
 * another agent appear live. These are contact notes, not conversation notes.
 *
 * @fires rp-note-added - The person added a note; `detail.note`.
 * @fires rp-note-updated - The person saved an edit to a note; `detail.note`.
 * @fires rp-note-deleted - The person deleted a note; `detail.noteId`, `detail.contactId`.
 * @csspart heading - The "Notes" heading.
 * @csspart composer - The form that adds a note.
 * @csspart textarea - The new note's text area.
 * @csspart counter - The live character counter.
 * @csspart add-button - The Add note button.
 * @csspart list - The list of notes.
 * @csspart status - The loading, empty and error messages.
 * @cssproperty --rp-notes-collapsed-lines - Lines a long note shows before "Show more" (default 4).
 */
@customElement('rp-notes')
export class RpNotes extends RapportElement {
  static override styles = [baseStyles, notesStyles];

  /** The contact whose notes are shown. */
  @property({ attribute: 'contact-id' }) contactId?: string;

  @state() private notes: Note[] = [];
  @state() private draft = '';
  @state() private adding = false;
  @state() private error = '';
  @state() private notice = '';

  @query('#new-note') private area?: HTMLTextAreaElement;
  constructor() {
    super();
    // Live changes from any view of the store reach this element while it is on the page.
    new AdapterSubscription(this, () => this.backend, (change) => this.onChange(change));
  }

  private loader = new Task(this, {
    task: async ([backend, contactId]) => {
      if (!backend || !contactId) return [];
      const notes = await backend.listNotes(contactId);
      this.notes = notes;
      return notes;
    },
    args: () => [this.backend, this.contactId] as const,
  });

  private limit = limitHandlers((value, dropped) => {
    this.draft = value;
    this.error = '';
    const words = this.strings.notes;
    this.notice = dropped > 0 ? format(words.pasteClipped, { max: NOTE_MAX_LENGTH, dropped })
      : codePointLength(value) >= NOTE_MAX_LENGTH ? format(words.limitReached, { max: NOTE_MAX_LENGTH }) : '';
  });

  private onChange = (change: RapportChange) => {
    if (change.type !== 'note') return;
    if (change.action === 'deleted') {
      if (change.contactId !== this.contactId) return;
      const item = this.renderRoot.querySelector<RpNoteItem>(`rp-note-item[data-id="${CSS.escape(change.noteId)}"]`);
      // A note being edited stays on screen so the person's text is not lost.
      if (item?.isEditing) item.gone = true;
      else this.notes = this.notes.filter((note) => note.id !== change.noteId);
      return;
    }
    const note = change.note;
    if (note.contactId !== this.contactId) return;
    const others = this.notes.filter((existing) => existing.id !== note.id);
    this.notes = [note, ...others].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  };

  private async add(event?: Event) {
    event?.preventDefault();
    const words = this.strings.notes;
    const checked = validate(NoteBodySchema, this.draft);
    if (!checked.ok) {
      this.error = this.draft.trim() === '' ? words.blank : checked.issues[0].message;
      this.area?.focus();
      return;
    }
    this.adding = true;
    this.error = '';
    try {
      const note = await this.backend!.addNote(this.contactId!, this.draft);
      if (!this.notes.some((existing) => existing.id === note.id)) this.notes = [note, ...this.notes];
      this.draft = '';
      this.notice = words.added;
      this.dispatchEvent(new RpNoteAddedEvent({ note }));
    } catch (error) {
      // The text stays in the box, so nothing typed is lost.
      this.error = this.describeError(error);
    } finally {
      this.adding = false;
    }
  }

  private onDeleted = (deleted: Note) => {
    this.notes = this.notes.filter((note) => note.id !== deleted.id);
    this.notice = this.strings.notes.deleted;
    this.area?.focus();
    this.dispatchEvent(new RpNoteDeletedEvent({ noteId: deleted.id, contactId: deleted.contactId }));
  };

  private onReadd = (event: Event) => {
    const { body, noteId } = (event as CustomEvent<{ body: string; noteId: string }>).detail;
    this.notes = this.notes.filter((note) => note.id !== noteId);
    this.draft = body;
    void this.add();
  };

  private renderComposer() {
    const words = this.strings.notes;
    const count = codePointLength(this.draft);
    const number = this.formatters.number;
    return html`<form class="composer" part="composer" @submit=${this.add}>
      <label for="new-note" class="label">${words.newNote}</label>
      <textarea id="new-note" class="input" part="textarea" .value=${this.draft}
        aria-describedby="counter" aria-invalid=${this.error ? 'true' : 'false'}
        @paste=${this.limit.onPaste} @drop=${this.limit.onDrop} @beforeinput=${this.limit.onBeforeInput}
        @input=${this.limit.onInput}></textarea>
      ${this.error ? html`<p class="field-error" role="alert" part="error">${this.error}</p>` : nothing}
      <div class="composer-actions">
        <span id="counter" part="counter" class="counter ${count >= NOTE_MAX_LENGTH ? 'full' : ''}"
          aria-label=${format(words.counterLabel, { count, max: NOTE_MAX_LENGTH })}>${format(words.counter, {
            count: number.format(count), max: number.format(NOTE_MAX_LENGTH) })}</span>
        <button type="submit" class="button primary" part="add-button" ?disabled=${this.adding}>
          ${this.adding ? words.adding : words.addNote}</button>
      </div>
    </form>`;
  }

  private renderList() {
    const words = this.strings.notes;
    return this.loader.render({
      initial: () => html`<p class="status" part="status">${this.contactId ? this.strings.common.loading : words.noContact}</p>`,
      pending: () => html`<p class="status" part="status" role="status">${this.strings.common.loading}</p>`,
      error: (error) => html`<div class="status error" part="status" role="alert">
        <p>${words.loadFailed} ${this.describeError(error)}</p>
        <button type="button" class="button" @click=${() => this.loader.run()}>${this.strings.common.retry}</button></div>`,
      complete: () => this.notes.length === 0
        ? html`<p class="status" part="status">${words.empty}</p>`
        : html`<ul class="list" part="list" aria-label=${format(words.count, { n: this.notes.length })}
            @rp-note-readd=${this.onReadd}>
            ${repeat(this.notes, (note) => note.id, (note) => html`<li>
              <rp-note-item data-id=${note.id} .note=${note} .deleted=${this.onDeleted} .adapter=${this.adapter} locale=${this.activeLocale}></rp-note-item>
            </li>`)}</ul>`,
    });
  }

  protected override render() {
    const words = this.strings.notes;
    if (!this.backend) return html`<p class="status error" part="status" role="alert">${this.strings.common.noAdapter}</p>`;
    return html`<section aria-labelledby="notes-heading">
      <h2 class="heading" id="notes-heading" part="heading">${words.heading}</h2>
      <p class="hint">${words.description}</p>
      ${this.contactId ? this.renderComposer() : nothing}
      <span class="visually-hidden" role="status">${this.notice}</span>
      ${this.renderList()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-notes': RpNotes;
  }
}
