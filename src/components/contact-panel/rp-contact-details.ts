import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Contact } from '../../domain/index.js';
import { loadPhoneRules, type PhoneRules } from '../../domain/phone.js';
import { format } from '../../i18n/strings.js';
import { baseStyles } from '../../styles/shared.js';
import { RapportElement } from '../shared/rapport-element.js';
import { asUrl, COMMON_FIELDS, crmRule, fieldProblem, patchFor, PROFILE_FIELDS, readField, type FieldSpec } from './contact-fields.js';
import { baseOf, renderConflict, runSave, type FieldEdit, type SaveContact } from './field-edit.js';
import { cloudIcon, pencilIcon } from './icons.js';
import { detailsStyles } from './rp-contact-panel.styles.js';
import './rp-contact-custom-attributes.js';
import '../../i18n/en/contactPanel.js';

/**
 * The Contact tab of `rp-contact-panel`: common attributes, the profile and
 * custom attributes, each edited in place with the domain's validation.
 *
 * @internal
 */
@customElement('rp-contact-details')
export class RpContactDetails extends RapportElement {
  static override styles = [baseStyles, detailsStyles];

  /** The contact shown. */
  @property({ attribute: false }) contact!: Contact;
  /** Saves a change through the panel. */
  @property({ attribute: false }) save!: SaveContact;

  @state() private edit?: FieldEdit;
  @state() private rules?: PhoneRules;
  @state() private notice = '';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // libphonenumber-js loads only once a number is there to format or typed.
    const hasPhone = Object.values(this.contact?.phones ?? {}).some(Boolean);
    if (!this.rules && (hasPhone || this.edit?.key.startsWith('phones.'))) {
      loadPhoneRules().then((rules) => (this.rules = rules), () => undefined);
    }
  }

  private async startEdit(spec: FieldSpec) {
    const stored = readField(this.contact, spec.path);
    const shown = spec.kind === 'phone' && stored && this.rules ? this.rules.formatPhone(stored, this.activeLocale) : stored;
    this.edit = { key: spec.path, draft: shown, base: this.contact };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-input="${spec.path}"]`)?.focus();
  }

  private async endEdit(path: string) {
    this.edit = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-edit="${path}"]`)?.focus();
  }

  private async saveField(spec: FieldSpec) {
    const edit = this.edit!;
    const words = this.strings.contactPanel;
    const base = baseOf(edit);
    let value = edit.draft.trim();
    if (spec.kind === 'phone' && value !== '') {
      let rules: PhoneRules;
      try {
        rules = await loadPhoneRules();
      } catch {
        this.edit = { ...edit, error: words.phoneRulesFailed };
        return;
      }
      const parsed = rules.parse(value, base.address.country ?? this.session?.account.country);
      if (!parsed.ok) {
        this.edit = { ...edit, error: words.phoneErrors[parsed.reason] };
        return;
      }
      value = parsed.e164;
    }
    const patch = patchFor(base, spec.path, value);
    const problem = fieldProblem(base, patch, spec.path);
    if (problem) {
      this.edit = { ...edit, error: spec.kind === 'email' ? words.invalidEmail : problem };
      return;
    }
    this.edit = { ...edit, busy: true, error: undefined };
    const next = await runSave(edit, patch, this.save, (error) => this.describeError(error));
    if (next) {
      this.edit = next;
      return;
    }
    this.notice = format(words.saved, { field: words.fields[spec.path] });
    await this.endEdit(spec.path);
  }

  /** The value as a person reads it: a phone formatted, a choice by its name, a date in the locale. */
  private display(spec: FieldSpec, contact: Contact): string {
    const value = readField(contact, spec.path);
    if (!value) return '';
    const words = this.strings.contactPanel;
    if (spec.kind === 'phone') return this.rules ? this.rules.formatPhone(value, this.activeLocale) : value;
    if (spec.path === 'type') return words.types[value as keyof typeof words.types] ?? value;
    if (spec.path === 'level') return words.levels[value as keyof typeof words.levels] ?? value;
    if (spec.path === 'language') return words.languages[value as keyof typeof words.languages] ?? value;
    if (spec.kind === 'date') return this.formatters.date.format(new Date(`${value}T12:00:00Z`));
    return value;
  }

  private renderInput(spec: FieldSpec, edit: FieldEdit) {
    const words = this.strings.contactPanel;
    const label = words.fields[spec.path];
    const onInput = (event: Event) => {
      this.edit = { ...this.edit!, draft: (event.target as HTMLInputElement).value, error: undefined };
    };
    const common = { invalid: edit.error ? 'true' : 'false' };
    if (spec.kind === 'select') {
      const names = (spec.path === 'type' ? words.types : spec.path === 'level' ? words.levels : words.languages) as Record<string, string>;
      return html`<select class="input" data-input=${spec.path} aria-label=${label} aria-invalid=${common.invalid}
        aria-describedby="error-${spec.path}" @change=${onInput}>
        ${spec.path === 'language' ? html`<option value="" ?selected=${edit.draft === ''}>${words.notSet}</option>` : nothing}
        ${spec.options!.map((option) => html`<option value=${option} ?selected=${edit.draft === option}>${names[option]}</option>`)}
      </select>`;
    }
    const type = spec.kind === 'email' ? 'email' : spec.kind === 'phone' ? 'tel' : spec.kind === 'date' ? 'date' : 'text';
    return html`<input class="input" type=${type} data-input=${spec.path} aria-label=${label} .value=${edit.draft}
      aria-invalid=${common.invalid} aria-describedby="error-${spec.path}" @input=${onInput}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== 'Escape') return;
        // Stopped here, so the key cannot also press the Edit button focus returns to.
        event.preventDefault();
        void (event.key === 'Enter' ? this.saveField(spec) : this.endEdit(spec.path));
      }} />`;
  }

  private renderField(spec: FieldSpec) {
    const words = this.strings.contactPanel;
    const label = words.fields[spec.path];
    const crm = crmRule(this.contact, spec.path);
    const editable = !crm || crm.editable;
    const edit = this.edit?.key === spec.path ? this.edit : undefined;
    const shown = this.display(spec, this.contact);
    const url = spec.kind === 'url' ? asUrl(shown) : undefined;
    return html`<div class="row" part="field" data-field=${spec.path}>
      <dt part="field-label">${label}${crm ? html` ${cloudIcon}<span class="visually-hidden">(${words.crmManaged})</span>` : nothing}</dt>
      <dd part="field-value">
        ${edit ? html`<span class="editor">
            ${this.renderInput(spec, edit)}
            <button type="button" class="button primary" ?disabled=${edit.busy} aria-label=${format(words.saveField, { field: label })}
              @click=${() => this.saveField(spec)}>${this.strings.common.save}</button>
            <button type="button" class="button" aria-label=${format(words.cancelEdit, { field: label })}
              @click=${() => this.endEdit(spec.path)}>${this.strings.common.cancel}</button>
            <span id="error-${spec.path}" class="field-error" role="alert">${edit.error ?? ''}</span>
            ${renderConflict(edit, this.display(spec, edit.conflict ?? this.contact), words, {
              apply: () => this.saveField(spec), keep: () => this.endEdit(spec.path) })}
          </span>`
        : html`<span class="value ${shown ? '' : 'unset'}">${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${shown}</a>`
            : shown || words.notSet}</span>
          ${editable ? html`<button type="button" class="button icon-button" data-edit=${spec.path} part="edit-button"
              aria-label=${format(words.editField, { field: label })} title=${format(words.editField, { field: label })}
              @click=${() => this.startEdit(spec)}>${pencilIcon}</button>`
            : html`<span class="hint read-only" part="read-only">${words.crmReadOnly}</span>`}`}
        ${crm ? html`<span class="hint synced" part="synced">${crm.syncedAt
          ? format(words.crmSynced, { time: this.formatters.dateTime.format(new Date(crm.syncedAt)) })
          : words.crmNeverSynced}</span>` : nothing}
      </dd>
    </div>`;
  }

  protected override render() {
    const words = this.strings.contactPanel;
    return html`<section aria-labelledby="common-heading" part="section">
        <h3 id="common-heading">${words.sections.common}</h3>
        <dl part="fields">${COMMON_FIELDS.map((spec) => this.renderField(spec))}</dl>
      </section>
      <section aria-labelledby="profile-heading" part="section">
        <h3 id="profile-heading">${words.sections.profile}</h3>
        <dl part="fields">${PROFILE_FIELDS.map((spec) => this.renderField(spec))}</dl>
      </section>
      <rp-contact-custom-attributes .contact=${this.contact} .save=${this.save} .adapter=${this.adapter}
        locale=${this.activeLocale}></rp-contact-custom-attributes>
      <span class="visually-hidden" role="status">${this.notice}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contact-details': RpContactDetails;
  }
}
