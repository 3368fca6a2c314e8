import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Contact, ContactPatch } from '../../domain/index.js';
import { format } from '../../i18n/strings.js';
import { baseStyles } from '../../styles/shared.js';
import { RapportElement } from '../shared/rapport-element.js';
import { fieldProblem } from './contact-fields.js';
import { baseOf, renderConflict, runSave, type FieldEdit, type SaveContact } from './field-edit.js';
import { pencilIcon } from './icons.js';
import { detailsStyles } from './rp-contact-panel.styles.js';
import '../../i18n/en/contactPanel.js';

const NEW = 'custom-new';

/**
 * Seed 004's custom attributes: each listed, editable and removable, and an
 * Add link for a new name and value.
 *
 * @internal
 */
@customElement('rp-contact-custom-attributes')
export class RpContactCustomAttributes extends RapportElement {
  static override styles = [baseStyles, detailsStyles];

  /** The contact shown. */
  @property({ attribute: false }) contact!: Contact;
  /** Saves a change through the panel. */
  @property({ attribute: false }) save!: SaveContact;

  @state() private edit?: FieldEdit;
  @state() private notice = '';
  @state() private error = '';

  private async focusOn(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private start(key: string, draft: string) {
    this.edit = { key, draft, name: key === NEW ? '' : undefined, base: this.contact };
    void this.focusOn(key === NEW ? '#new-name' : `[data-input="${CSS.escape(key)}"]`);
  }

  private end(key: string) {
    this.edit = undefined;
    void this.focusOn(key === NEW ? '#add-attribute' : `[data-edit="${CSS.escape(key)}"]`);
  }

  private async commit() {
    const edit = this.edit!;
    const words = this.strings.contactPanel;
    const base = baseOf(edit);
    const name = (edit.key === NEW ? edit.name ?? '' : edit.key).trim();
    if (!name) {
      this.edit = { ...edit, error: words.attributeNameRequired };
      return;
    }
    if (edit.key === NEW && !edit.conflict && name in base.customAttributes) {
      this.edit = { ...edit, error: format(words.attributeExists, { name }) };
      return;
    }
    const patch: ContactPatch = { customAttributes: { ...base.customAttributes, [name]: edit.draft } };
    const problem = fieldProblem(base, patch, 'customAttributes');
    if (problem) {
      this.edit = { ...edit, error: problem };
      return;
    }
    this.edit = { ...edit, busy: true, error: undefined };
    const next = await runSave(edit, patch, this.save, (error) => this.describeError(error));
    if (next) {
      this.edit = next;
      return;
    }
    this.notice = format(words.saved, { field: name });
    this.end(edit.key === NEW ? NEW : name);
  }

  private async removeEntry(name: string) {
    const words = this.strings.contactPanel;
    const rest = { ...this.contact.customAttributes };
    delete rest[name];
    this.error = '';
    const next = await runSave({ key: name, draft: '', base: this.contact }, { customAttributes: rest }, this.save,
      (error) => this.describeError(error));
    // After a conflict the current attributes are shown; pressing Remove again applies it to them.
    if (next) this.error = next.conflict ? words.vipConflict : next.error ?? '';
    else this.notice = format(words.removed, { field: name });
    void this.focusOn('#add-attribute');
  }

  private renderEditor(edit: FieldEdit, label: string) {
    const words = this.strings.contactPanel;
    const isNew = edit.key === NEW;
    const current = isNew ? '' : edit.conflict?.customAttributes[edit.key] ?? '';
    return html`<span class="editor" part="custom-editor">
      ${isNew ? html`<label class="label" for="new-name">${words.attributeName}</label>
        <input id="new-name" class="input" .value=${edit.name ?? ''} aria-invalid=${edit.error && !edit.name?.trim() ? 'true' : 'false'}
          @input=${(e: Event) => (this.edit = { ...this.edit!, name: (e.target as HTMLInputElement).value, error: undefined })} />
        <label class="label" for="new-value">${words.attributeValue}</label>` : nothing}
      <input id=${isNew ? 'new-value' : nothing} class="input" data-input=${edit.key} .value=${edit.draft}
        aria-label=${isNew ? nothing : label} aria-describedby="custom-error"
        @input=${(e: Event) => (this.edit = { ...this.edit!, draft: (e.target as HTMLInputElement).value, error: undefined })}
        @keydown=${(e: KeyboardEvent) => {
          // Handled on keydown and stopped, so the Enter cannot also press the button focus returns to.
          if (e.key !== 'Enter') return;
          e.preventDefault();
          void this.commit();
        }} />
      <button type="button" class="button primary" ?disabled=${edit.busy} @click=${this.commit}>${this.strings.common.save}</button>
      <button type="button" class="button" @click=${() => this.end(edit.key)}>${this.strings.common.cancel}</button>
      <span id="custom-error" class="field-error" role="alert">${edit.error ?? ''}</span>
      ${renderConflict(edit, current, words, { apply: () => this.commit(), keep: () => this.end(edit.key) })}
    </span>`;
  }

  protected override render() {
    const words = this.strings.contactPanel;
    const entries = Object.entries(this.contact.customAttributes);
    const edit = this.edit;
    return html`<section aria-labelledby="custom-heading" part="section custom-attributes">
      <h3 id="custom-heading">${words.sections.custom}</h3>
      ${entries.length === 0 ? html`<p class="hint">${words.customEmpty}</p>` : html`<dl part="fields">
        ${entries.map(([name, value]) => html`<div class="row" part="field custom-attribute" data-attribute=${name}>
          <dt part="field-label">${name}</dt>
          <dd part="field-value">${edit?.key === name ? this.renderEditor(edit, name) : html`
            <span class="value">${value}</span>
            <button type="button" class="button icon-button" data-edit=${name} part="edit-button"
              aria-label=${format(words.editField, { field: name })} title=${format(words.editField, { field: name })}
              @click=${() => this.start(name, value)}>${pencilIcon}</button>
            <button type="button" class="button link" part="remove-button" @click=${() => this.removeEntry(name)}
              aria-label=${format(words.removeAttribute, { name })}>${this.strings.common.remove}</button>`}
          </dd></div>`)}
      </dl>`}
      ${edit?.key === NEW ? html`<div role="group" aria-label=${words.addAttributeLabel} class="add-form">${this.renderEditor(edit, '')}</div>`
        : html`<button type="button" class="button link" id="add-attribute" part="add-link" aria-label=${words.addAttributeLabel}
            @click=${() => this.start(NEW, '')}>${words.addAttribute}</button>`}
      ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
      <span class="visually-hidden" role="status">${this.notice}</span>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-contact-custom-attributes': RpContactCustomAttributes;
  }
}
