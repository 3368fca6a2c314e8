import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { isRapportError } from '../../adapters/errors.js';
import type { Contact, FieldIssue } from '../../domain/index.js';
import { loadPhoneRules } from '../../domain/phone.js';
import { RpContactSavedEvent } from '../../events/contact-form.js';
import { format } from '../../i18n/strings.js';
import { ModalController } from '../shared/modal-controller.js';
import { RapportElement } from '../shared/rapport-element.js';
import { advancedSections, formAlert, quickCreateFields, type FieldContext } from './contact-form-fields.js';
import {
  changedFields, emptyValues, errorsAfterLeaving, FORM_FIELDS, isDirty, toContactInput, toPatch, valuesFromContact,
  type FormField, type FormValues,
} from './form-values.js';
import { contactFormStyles } from './rp-contact-form.styles.js';
import '../../i18n/en/contactForm.js';

/**
 * Creates or edits an external contact (seed 002): Quick Create (Type, Level,
 * names, Country Code, Mobile, Email) and Advanced (every other field), in a
 * native modal dialog.
 *
 * @fires rp-contact-saved - A contact was created or updated; `detail.contact`, `detail.mode`.
 * @csspart dialog - The native dialog.
 * @csspart form - The form inside it.
 * @csspart header - The title bar.
 * @csspart body - The scrolling fields area.
 * @csspart footer - Save and create new, Cancel and Create/Save.
 * @csspart field - One label, input and message.
 * @csspart input - Each input and select.
 * @csspart field-error - A field's message.
 * @csspart section - One Advanced group (Personal Information, Contact Number…).
 * @csspart alert - The form-wide message (errors to fix, a conflicting edit).
 * @csspart status - The live region announcing saves.
 * @csspart discard-prompt - The "discard what you typed?" question.
 */
@customElement('rp-contact-form')
export class RpContactForm extends RapportElement {
  static override styles = contactFormStyles;

  /** The contact to edit; absent to create a new one. */
  @property({ attribute: 'contact-id' }) contactId?: string;

  /** Whether the dialog is showing. Set it, or call `show()` / `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private values: FormValues = emptyValues();
  @state() private errors = new Map<string, string>();
  @state() private advanced = false;
  @state() private createAnother = false;
  @state() private saving = false;
  @state() private alert = '';
  @state() private changes: { field: FormField; value: string }[] = [];
  @state() private announcement = '';
  @query('dialog') private dialog?: HTMLDialogElement;
  private start: FormValues = emptyValues();
  private base?: Contact;

  private modal = new ModalController(this, {
    dialog: () => this.dialog,
    isDirty: () => isDirty(this.values, this.start),
    onClosed: () => (this.open = false),
  });

  private load = new Task(this, {
    task: async ([id, open, backend]) => {
      if (!open || !id || !backend) return undefined;
      const contact = await backend.getContact(id);
      this.base = contact;
      this.start = valuesFromContact(contact, this.defaultCountry);
      this.values = { ...this.start };
      return contact;
    },
    args: () => [this.contactId, this.open, this.backend] as const,
  });

  /** Opens the dialog (a blank form to create, or the contact's current values to edit). */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog, asking first when something typed would be lost. */
  close(): void {
    this.modal.requestClose();
  }

  private get defaultCountry(): string {
    return this.session?.account.country ?? '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('open') && this.open && !this.modal.isOpen) this.reset();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('open')) {
      if (this.open && !this.modal.isOpen) {
        void this.modal.open();
        void loadPhoneRules().catch(() => undefined); // warm up, so the first blur checks at once
      } else if (!this.open && this.modal.isOpen) this.modal.close('dismissed');
    }
  }

  private reset(): void {
    this.start = emptyValues(this.defaultCountry);
    this.values = { ...this.start };
    this.errors = new Map();
    this.alert = '';
    this.changes = [];
    this.base = undefined;
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (!target.name) return;
    this.values = { ...this.values, [target.name]: target.value };
  }

  /** Leaving a field checks it with the domain rules and shows its message beside it. */
  private async onFocusOut(event: FocusEvent): Promise<void> {
    const field = (event.target as HTMLInputElement).name as FormField;
    if (!FORM_FIELDS.includes(field)) return;
    const issues = await this.check();
    this.errors = errorsAfterLeaving(this.errors, field, issues);
  }

  private async check(): Promise<FieldIssue[]> {
    const result = toContactInput(this.values, await loadPhoneRules(), this.base);
    return result.ok ? [] : result.issues;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving || !this.backend) return;
    this.saving = true;
    this.alert = '';
    try {
      const result = toContactInput(this.values, await loadPhoneRules(), this.base);
      if (!result.ok) return this.showIssues(result.issues);
      const backend = this.backend;
      const editing = this.contactId && this.base;
      const contact = editing
        ? await backend.updateContact(this.contactId!, toPatch(result.input), { version: this.base!.version })
        : await backend.createContact(result.input);
      this.afterSave(contact, editing ? 'updated' : 'created');
    } catch (error) {
      this.onSaveError(error);
    } finally {
      this.saving = false;
    }
  }

  private showIssues(issues: FieldIssue[]): void {
    this.errors = new Map(issues.map((issue) => [issue.field, issue.message]));
    this.alert = format(this.strings.contactForm.fixErrors, { n: this.errors.size });
    void this.updateComplete.then(() => {
      const first = FORM_FIELDS.find((field) => this.errors.has(field));
      const input = first && this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`);
      if (input && !input.checkVisibility()) this.advanced = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
    });
  }

  private afterSave(contact: Contact, mode: 'created' | 'updated'): void {
    const words = this.strings.contactForm;
    this.announce(mode === 'created' ? words.created : words.updated);
    this.dispatchEvent(new RpContactSavedEvent({ contact, mode }));
    if (mode === 'created' && this.createAnother) {
      this.reset();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[name="firstName"]')?.focus());
      return;
    }
    this.start = this.values;
    this.modal.close('done');
  }

  private onSaveError(error: unknown): void {
    if (isRapportError(error, 'validation')) return this.showIssues(error.issues);
    if (isRapportError(error, 'conflict') && this.base && error.details.current) {
      const current = error.details.current as Contact;
      this.changes = changedFields(this.base, current);
      this.base = current; // the next Save applies the person's values over this version
      this.alert = this.strings.contactForm.conflict;
      return;
    }
    this.alert = this.describeError(error);
  }

  private announce(text: string): void {
    // Clearing first makes a repeated message ("created" twice) speak again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  override render() {
    const words = this.strings.contactForm;
    const editing = Boolean(this.contactId);
    return html`<dialog part="dialog" aria-labelledby="title" @close=${() => this.modal.isOpen || (this.open = false)}>
        <form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput} @change=${this.onInput}
          @focusout=${this.onFocusOut}>
          <header class="dialog-header" part="header">
            <h2 id="title">${editing ? words.editTitle : words.createTitle}</h2>
            <button type="button" class="button" @click=${() => this.close()}>${this.strings.common.close}</button>
          </header>
          ${this.modal.renderDiscardPrompt(this.strings.common)}
          <div class="dialog-body" part="body">${editing ? this.renderEditBody() : this.renderFields()}</div>
          <footer class="dialog-footer" part="footer">
            ${editing ? nothing : html`<label class="create-another">
              <input type="checkbox" .checked=${this.createAnother}
                @change=${(e: Event) => (this.createAnother = (e.target as HTMLInputElement).checked)} />
              ${words.saveAndCreateNew}</label>`}
            <button type="button" class="button" @click=${() => this.close()}>${this.strings.common.cancel}</button>
            <button type="submit" class="button primary" ?disabled=${this.saving}>
              ${this.saving ? this.strings.common.saving : editing ? words.save : words.create}</button>
          </footer>
        </form>
      </dialog>
      <div class="visually-hidden" role="status" part="status">${this.announcement}</div>`;
  }

  private renderEditBody() {
    return this.load.render({
      pending: () => html`<p class="status">${this.strings.common.loading}</p>`,
      error: (error) => html`<p class="status error" role="alert">${this.strings.contactForm.loadFailed}
        ${this.describeError(error)}</p>
        <button type="button" class="button" @click=${() => void this.load.run()}>${this.strings.common.retry}</button>`,
      complete: () => this.renderFields(),
    });
  }

  private renderFields() {
    const words = this.strings.contactForm;
    const ctx: FieldContext = { words, locale: this.activeLocale, values: this.values, errors: this.errors };
    return html`
      ${formAlert(words, this.alert, this.changes)}
      ${quickCreateFields(ctx)}
      <button type="button" class="button link advanced-toggle" aria-expanded=${this.advanced ? 'true' : 'false'}
        aria-controls="advanced" @click=${() => (this.advanced = !this.advanced)}>${words.advanced}</button>
      <div id="advanced" class="grid" ?hidden=${!this.advanced}>${advancedSections(ctx)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contact-form': RpContactForm;
  }
}
