import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { isRapportError } from '../../adapters/errors.js';
import { codePointLength, NOTE_MAX_LENGTH, NoteBodySchema, validate, type Note } from '../../domain/index.js';
import { RpNoteUpdatedEvent } from '../../events/notes.js';
import { format } from '../../i18n/strings.js';
import { baseStyles } from '../../styles/shared.js';
import { RapportElement } from '../shared/rapport-element.js';
import { limitHandlers } from './note-input.js';
import { noteItemStyles } from './rp-notes.styles.js';
import '../../i18n/en/notes.js';

/** Past this many lines or characters a note starts collapsed, with "Show more". */
const COLLAPSE_LINES = 4;
const COLLAPSE_CHARS = 280;

/**
 * One contact note inside `rp-notes`: read, edit or delete it. An edit keeps
 * the version it started from, so a stale save is refused by the adapter and
 * both texts are shown side by side.
 *
 * @internal
 */
@customElement('rp-note-item')
export class RpNoteItem extends RapportElement {
  static override styles = [baseStyles, noteItemStyles];

  /** The note shown. */
  @property({ attribute: false }) note!: Note;

  /** Set by the list when another agent deleted the note while this one was being edited. */
  @property({ type: Boolean }) gone = false;

  /** Called once the note is deleted. */
  @property({ attribute: false }) deleted?: (note: Note) => void;

  @state() private editing = false;
  @state() private draft = '';
  @state() private baseVersion = 0;
  @state() private conflict?: Note;
  @state() private confirmingDelete = false;
  @state() private expanded = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private notice = '';

  @query('textarea') private area?: HTMLTextAreaElement;

  /** True while the person has an edit open, so the list keeps the note even if it is deleted elsewhere. */
  get isEditing(): boolean {
    return this.editing;
  }

  private limit = limitHandlers((value, dropped) => {
    this.draft = value;
    const words = this.strings.notes;
    this.notice = dropped > 0 ? format(words.pasteClipped, { max: NOTE_MAX_LENGTH, dropped })
      : codePointLength(value) >= NOTE_MAX_LENGTH ? format(words.limitReached, { max: NOTE_MAX_LENGTH }) : '';
  });

  private async startEdit() {
    this.editing = true;
    this.draft = this.note.body;
    this.baseVersion = this.note.version;
    this.conflict = undefined;
    this.error = '';
    await this.updateComplete;
    this.area?.focus();
  }

  private async cancelEdit() {
    this.editing = false;
    this.conflict = undefined;
    this.error = '';
    this.notice = '';
    await this.updateComplete;
    this.focusButton('edit');
  }

  private async save() {
    const checked = validate(NoteBodySchema, this.draft);
    if (!checked.ok) {
      this.error = this.draft.trim() === '' ? this.strings.notes.blank : checked.issues[0].message;
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const saved = await this.backend!.updateNote(this.note.id, this.draft, { version: this.baseVersion });
      this.note = saved;
      this.editing = false;
      this.conflict = undefined;
      this.notice = this.strings.notes.saved;
      this.dispatchEvent(new RpNoteUpdatedEvent({ note: saved }));
      await this.updateComplete;
      this.focusButton('edit');
    } catch (error) {
      if (isRapportError(error, 'conflict') && error.details.current) {
        this.conflict = error.details.current as Note;
      } else if (isRapportError(error, 'not-found')) {
        this.gone = true;
      } else {
        this.error = this.describeError(error);
      }
    } finally {
      this.busy = false;
    }
  }

  /** Keeps the person's text and saves it over the version they have now seen. */
  private saveMine() {
    this.baseVersion = this.conflict!.version;
    void this.save();
  }

  private useTheirs() {
    this.note = this.conflict!;
    void this.cancelEdit();
  }

  private async deleteNote() {
    this.busy = true;
    this.error = '';
    try {
      await this.backend!.deleteNote(this.note.id);
      // The live change may already have taken this item out of the page, so the list announces it.
      this.deleted?.(this.note);
    } catch (error) {
      this.error = this.describeError(error);
      this.busy = false;
    }
  }

  private async askDelete(asking: boolean) {
    this.confirmingDelete = asking;
    await this.updateComplete;
    this.focusButton(asking ? 'cancel-delete' : 'delete');
  }

  private focusButton(name: string) {
    this.renderRoot.querySelector<HTMLElement>(`[data-action="${name}"]`)?.focus();
  }

  private when(iso: string) {
    return html`<time datetime=${iso}>${this.formatters.dateTime.format(new Date(iso))}</time>`;
  }

  private renderBody() {
    const words = this.strings.common;
    const body = this.note.body;
    const long = body.split('\n').length > COLLAPSE_LINES || codePointLength(body) > COLLAPSE_CHARS;
    const collapsed = long && !this.expanded;
    return html`<p part="note-body" class="body ${collapsed ? 'collapsed' : ''}" id="body">${body}</p>
      ${long ? html`<button type="button" class="button link" part="show-more" aria-expanded=${String(this.expanded)}
        aria-controls="body" @click=${() => (this.expanded = !this.expanded)}>
        ${this.expanded ? words.showLess : words.showMore}</button>` : nothing}`;
  }

  private renderConflict() {
    const theirs = this.conflict;
    if (!theirs) return nothing;
    const words = this.strings.notes;
    const editor = theirs.editedBy ?? theirs.authorName;
    return html`<div class="conflict" part="conflict" role="alert">
      <strong>${words.conflictTitle}</strong>
      <div class="versions">
        <figure class="their-version" part="their-text" style="margin:0">
          <figcaption>${format(words.theirText, { editor, time: this.formatters.dateTime.format(new Date(theirs.updatedAt)) })}</figcaption>
          <p class="theirs">${theirs.body}</p>
        </figure>
      </div>
    </div>`;
  }

  private renderEditor() {
    const words = this.strings.notes;
    const common = this.strings.common;
    const count = codePointLength(this.draft);
    return html`<div class="editor" part="editor">
      ${this.renderConflict()}
      <label for="edit" class="label">${this.conflict ? words.yourText : words.editLabel}</label>
      <textarea id="edit" class="input" part="textarea" .value=${this.draft} aria-describedby="edit-counter"
        aria-invalid=${this.error ? 'true' : 'false'}
        @paste=${this.limit.onPaste} @drop=${this.limit.onDrop} @beforeinput=${this.limit.onBeforeInput}
        @input=${this.limit.onInput}></textarea>
      <span class="counter" part="counter" id="edit-counter"
        aria-label=${format(words.counterLabel, { count, max: NOTE_MAX_LENGTH })}>${format(words.counter, {
          count: this.formatters.number.format(count), max: this.formatters.number.format(NOTE_MAX_LENGTH) })}</span>
      ${this.error ? html`<p class="field-error" role="alert">${this.error}</p>` : nothing}
      ${this.gone ? html`<p class="alert" role="alert">${words.goneWhileEditing}</p>` : nothing}
      <div class="actions">
        ${this.gone ? html`<button type="button" class="button primary" @click=${this.addAsNew}>${words.addAsNew}</button>`
          : this.conflict ? html`
            <button type="button" class="button primary" ?disabled=${this.busy} @click=${this.saveMine}>${words.saveMine}</button>
            <button type="button" class="button" @click=${this.useTheirs}>${words.useTheirs}</button>`
          : html`<button type="button" class="button primary" ?disabled=${this.busy} @click=${this.save}>${common.save}</button>`}
        <button type="button" class="button" @click=${this.cancelEdit}>${common.cancel}</button>
      </div>
    </div>`;
  }

  /** A note deleted elsewhere mid-edit: the text goes back to the list as a new note. */
  private addAsNew() {
    this.dispatchEvent(new CustomEvent('rp-note-readd', { detail: { body: this.draft, noteId: this.note.id }, bubbles: true }));
  }

  private renderActions() {
    const words = this.strings.notes;
    const common = this.strings.common;
    if (this.confirmingDelete) {
      return html`<div class="confirm" part="delete-confirm" role="group" aria-labelledby="delete-question">
        <span id="delete-question">${words.deleteQuestion}</span>
        <button type="button" class="button danger" data-action="confirm-delete" ?disabled=${this.busy}
          @click=${this.deleteNote}>${common.delete}</button>
        <button type="button" class="button" data-action="cancel-delete" @click=${() => this.askDelete(false)}>${common.cancel}</button>
      </div>`;
    }
    return html`<div class="actions" part="actions">
      <button type="button" class="button" data-action="edit" @click=${this.startEdit}>${words.editNote}</button>
      <button type="button" class="button danger" data-action="delete" @click=${() => this.askDelete(true)}>${words.deleteNote}</button>
    </div>`;
  }

  protected override render() {
    const note = this.note;
    const words = this.strings.notes;
    return html`<article part="note" aria-labelledby="meta">
      <div class="meta" part="note-meta" id="meta">
        <span class="author" part="author">${note.authorName}</span>
        ${this.when(note.createdAt)}
        ${note.editedBy ? html`<span class="edited" part="edited">${format(words.edited, {
          editor: note.editedBy, time: this.formatters.dateTime.format(new Date(note.updatedAt)) })}</span>` : nothing}
      </div>
      ${this.editing ? this.renderEditor() : html`${this.renderBody()}${this.renderActions()}`}
      ${!this.editing && this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
      <span class="visually-hidden" role="status">${this.notice}</span>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-note-item': RpNoteItem;
  }
}
