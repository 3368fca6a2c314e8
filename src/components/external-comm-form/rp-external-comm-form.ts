import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { isRapportError } from '../../adapters/errors.js';
import { listingSourceName } from '../../domain/external-communication.js';
import { canCommunicate, type Message } from '../../domain/index.js';
import { RpExternalLoggedEvent } from '../../events/external-comm-form.js';
import { format } from '../../i18n/strings.js';
import { ModalController } from '../shared/modal-controller.js';
import { attachmentRefusalText } from '../shared/attachment-refusal.js';
import { RapportElement } from '../shared/rapport-element.js';
import { emptyDraft, errorsFromIssues, isDirty, type Draft, type DraftErrors, type DraftField } from './external-comm-draft.js';
import { ExternalCommSaver } from './external-comm-saver.js';
import { renderFields, type FieldsView } from './external-comm-fields.js';
import { FileChoice } from './file-choice.js';
import { externalCommFormStyles } from './rp-external-comm-form.styles.js';
import '../../i18n/en/externalCommForm.js';

/**
 * Seed 000's Add External Communication window: logs a text, call, email or
 * listing-source exchange that happened outside the platform (or, from the Add
 * dropdown, a note on the conversation's contact). It always belongs to whoever
 * logs it.
 *
 * @fires rp-external-logged - An external communication was saved; `detail.message` is the stored message.
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title row. @csspart title - The heading. @csspart close-button - The × button.
 * @csspart body - The scrolling fields area. @csspart field - Every field; each also has its own part
 *   (`kind`, `occurred-at`, `channel`, `direction`, `type`, `text`, `duration`, `attachment`, `assigned-to`).
 * @csspart settings - The three dropdowns. @csspart input - Text inputs. @csspart select - Dropdowns.
 * @csspart textarea - The text box. @csspart file-input - The Attach File input. @csspart attached - The chosen file.
 * @csspart remove-file - Its Remove button. @csspart field-error - A field's error.
 * @csspart alert - Why saving failed. @csspart footer - The buttons row.
 * @csspart cancel-button - Cancel. @csspart submit-button - Add. @csspart discard-prompt - "Discard what you typed?".
 * @cssproperty --rp-color-accent - The Add button and focus colour (and every other `--rp-*` token).
 */
@customElement('rp-external-comm-form')
export class RpExternalCommForm extends RapportElement {
  static override styles = externalCommFormStyles;

  /** The conversation the communication is logged in. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** Whether the window is showing. Set it, or call `show()` / `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private draft: Draft = emptyDraft();
  @state() private errors: DraftErrors = {};
  @state() private busy = false;
  @state() private failure = '';
  @state() private announcement = '';

  @query('dialog') private dialog?: HTMLDialogElement;

  private askedToDiscard = false;
  private readonly saver = new ExternalCommSaver();
  private readonly files = new FileChoice(this, (result) => {
    if ('file' in result) {
      this.draft = { ...this.draft, file: result.file };
      this.errors = { ...this.errors, attachment: undefined };
    } else {
      this.draft = { ...this.draft, file: undefined };
      const reason = attachmentRefusalText(result.refusal, result.refused.name, this.strings.attachments, this.formatters);
      this.errors = { ...this.errors, attachment: reason };
      this.clearFileInput();
    }
  });

  private readonly modal = new ModalController(this, {
    dialog: () => this.dialog,
    isDirty: () => isDirty(this.draft),
    onClosed: () => {
      this.open = false;
      this.resetForm();
    },
  });

  private readonly conversation = new Task(this, {
    args: () => [this.backend, this.conversationId] as const,
    task: async ([backend, conversationId]) => (backend && conversationId ? backend.getConversation(conversationId) : undefined),
  });

  /** Opens the window, with the date and time set to now. */
  show(): void {
    this.open = true;
  }

  /** Closes the window at once, dropping anything typed (Escape and Cancel ask first). */
  close(): void {
    this.open = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // `autofocus` only acts when a dialog opens: take the person to the question when it appears.
    if (this.modal.confirmingDiscard && !this.askedToDiscard) {
      this.renderRoot.querySelector<HTMLElement>('.discard-prompt button[autofocus]')?.focus();
    }
    this.askedToDiscard = this.modal.confirmingDiscard;
    if (!changed.has('open')) return;
    if (this.open && !this.modal.isOpen) {
      this.draft = emptyDraft();
      this.announcement = '';
      void this.modal.open();
    } else if (!this.open && this.modal.isOpen) {
      this.modal.close('dismissed');
    }
  }

  private resetForm(): void {
    this.draft = emptyDraft();
    this.errors = {};
    this.failure = '';
    this.busy = false;
    this.clearFileInput();
  }

  private change = (patch: Partial<Draft>) => {
    const channelBefore = this.draft.channel;
    this.draft = { ...this.draft, ...patch };
    const cleared = { ...this.errors };
    for (const key of Object.keys(patch)) delete cleared[(key === 'kind' ? 'text' : key) as DraftField];
    this.errors = cleared;
    // A file chosen for one channel may not suit another: a call takes audio, the rest images or PDF.
    if (patch.channel && patch.channel !== channelBefore && this.draft.file) void this.files.choose(this.draft.file, this.draft.channel);
  };

  /**
   * The browser may close a modal dialog on its own (Chromium does on a second
   * Escape in a row); typed text is then kept and the question asked again.
   */
  private dialogClosed = () => {
    // Closed through the controller, or a late event from a close before the window was opened again.
    if (!this.open || this.dialog?.open) return;
    if (!isDirty(this.draft)) return this.modal.close('dismissed');
    this.dialog?.showModal();
    this.modal.confirmingDiscard = true;
    this.requestUpdate();
  };

  private chooseFile = (event: Event) => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.files.choose(file, this.draft.channel);
  };

  private removeFile = () => {
    this.draft = { ...this.draft, file: undefined };
    this.clearFileInput();
    this.renderRoot.querySelector<HTMLInputElement>('#attachment')?.focus();
  };

  private clearFileInput(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#attachment');
    if (input) input.value = '';
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    // One save at a time: a double click, or Enter pressed twice, logs one entry.
    if (this.busy || this.files.checking) return;
    const backend = this.backend;
    const conversation = this.conversation.value;
    if (!backend || !conversation) return;
    this.busy = true;
    this.failure = '';
    try {
      const saved = await this.saver.save(backend, this.draft, conversation, this.strings.externalCommForm);
      if (saved.kind === 'refused') await this.refuse(saved.errors);
      else this.saved(saved.kind === 'logged' ? saved.message : undefined);
    } catch (error) {
      this.failure = format(this.strings.externalCommForm.failed, { reason: this.describeError(error) });
      if (isRapportError(error, 'validation')) this.errors = { ...this.errors, ...errorsFromIssues(error.issues) };
    } finally {
      this.busy = false;
    }
  }

  /** Says it was saved and closes; only an external communication is announced to the host page. */
  private saved(message?: Message): void {
    const words = this.strings.externalCommForm;
    this.announcement = message ? words.logged : words.noteSaved;
    this.modal.close('done');
    if (message) this.dispatchEvent(new RpExternalLoggedEvent({ message }));
  }

  /** Shows every problem by its field and takes the person to the first one. */
  private async refuse(errors: DraftErrors): Promise<void> {
    this.errors = errors;
    this.failure = this.strings.externalCommForm.fixFields;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  protected override render() {
    const words = this.strings.externalCommForm;
    const note = this.draft.kind === 'note';
    return html`<div class="visually-hidden announce" role="status">${this.announcement}</div>
      <dialog part="dialog" aria-labelledby="title" @close=${this.dialogClosed}>
        <form novalidate @submit=${this.submit}>
          <div class="dialog-header" part="header">
            <h2 id="title" part="title">${note ? words.noteTitle : words.title}</h2>
            <button type="button" class="button close" part="close-button" aria-label=${this.strings.common.close}
              @click=${() => this.modal.requestClose()}>×</button>
          </div>
          ${this.modal.renderDiscardPrompt(this.strings.common)}
          <div class="dialog-body" part="body">${this.renderBody()}</div>
          <div class="dialog-footer" part="footer">
            <button type="button" class="button" part="cancel-button" @click=${() => this.modal.requestClose()}>
              ${this.strings.common.cancel}</button>
            <button type="submit" class="button primary" part="submit-button" aria-disabled=${this.busy ? 'true' : 'false'}
              ?disabled=${!this.conversation.value}>${this.busy ? words.adding : words.add}</button>
          </div>
        </form>
      </dialog>`;
  }

  private renderBody() {
    const words = this.strings.externalCommForm;
    const common = this.strings.common;
    if (!this.backend) return html`<p class="status error" role="alert">${common.noAdapter}</p>`;
    if (!this.conversationId) return html`<p class="status">${words.noConversation}</p>`;
    if (this.session && !canCommunicate(this.session.account)) return html`<p class="status">${common.standardTier}</p>`;
    return this.conversation.render({
      pending: () => html`<p class="status" role="status">${common.loading}</p>`,
      error: (error) => html`<div class="status error" role="alert">
        ${format(words.loadFailed, { reason: this.describeError(error) })}
        <button type="button" class="button" @click=${() => this.conversation.run()}>${common.retry}</button></div>`,
      complete: (conversation) => (conversation ? this.renderFields(conversation.context) : nothing),
    });
  }

  private renderFields(context: Record<string, unknown>) {
    const words = this.strings.externalCommForm;
    const view: FieldsView = {
      words, formatters: this.formatters, draft: this.draft, errors: this.errors,
      sourceName: listingSourceName(context), userName: this.session?.user.name ?? '',
      checkingFile: this.files.checking, change: this.change, chooseFile: this.chooseFile, removeFile: this.removeFile,
    };
    return html`${renderFields(view)}
      <div class=${this.failure ? 'alert' : ''} role="alert" part="alert">${this.failure}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-external-comm-form': RpExternalCommForm;
  }
}
