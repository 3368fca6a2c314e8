import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { MessageType, Template, TemplateScope } from '../../domain/index.js';
import { format } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import { emitDraftChange, type ComposerDraft } from './composer-draft.js';
import { pieceStyles } from './rp-send-message.styles.js';
import '../../i18n/en/sendMessage.js';

type Editing = { mode: 'create' | 'modify'; name: string; scope: TemplateScope };

/**
 * The Templates section of seed 001: Message Type, Template, and create, modify
 * and delete buttons. Part of rp-send-message; sends `draft-change` patches.
 *
 * @internal
 * @csspart templates - The section's controls.
 */
@customElement('rp-send-template-bar')
export class RpSendTemplateBar extends RapportElement {
  static override styles = [
    ...pieceStyles,
    css`
      :host {
        display: grid;
        gap: var(--rp-space-2);
      }
    `,
  ];

  /** The draft being written. */
  @property({ attribute: false }) draft!: ComposerDraft;
  /** The message types this account offers. */
  @property({ attribute: false }) messageTypes: MessageType[] = ['text', 'email'];

  @state() private editing?: Editing;
  @state() private confirmingDelete = false;
  @state() private replacing?: Template;
  @state() private problem = '';
  @state() private notice = '';

  private templates = new Task(this, {
    task: async ([backend, messageType], { signal }) => {
      if (!backend) return [];
      const list = await backend.listTemplates({ messageType });
      signal.throwIfAborted();
      return list;
    },
    args: () => [this.backend, this.draft?.messageType] as const,
  });

  private get selected(): Template | undefined {
    return this.templates.value?.find((template) => template.id === this.draft.templateId);
  }

  private chooseType(event: Event) {
    const messageType = (event.target as HTMLSelectElement).value as MessageType;
    emitDraftChange(this, { messageType, templateId: undefined });
  }

  private chooseTemplate(event: Event) {
    const select = event.target as HTMLSelectElement;
    const template = this.templates.value?.find((candidate) => candidate.id === select.value);
    if (!template) return emitDraftChange(this, { templateId: undefined });
    // Typed text is never lost without the person saying so.
    if (this.draft.body.trim() !== '' && this.draft.body !== template.body) {
      this.replacing = template;
      select.value = this.draft.templateId ?? '';
      return;
    }
    this.apply(template);
  }

  private apply(template: Template) {
    this.replacing = undefined;
    const subject = this.draft.messageType === 'email' && template.subject ? { subject: template.subject } : {};
    emitDraftChange(this, { templateId: template.id, body: template.body, ...subject });
  }

  private startEditing(mode: Editing['mode']) {
    this.problem = '';
    const template = this.selected;
    if (this.draft.body.trim() === '') {
      this.problem = this.strings.sendMessage.templateNeedsText;
      return;
    }
    this.editing = mode === 'modify' && template
      ? { mode, name: template.name, scope: template.scope }
      : { mode, name: '', scope: 'local' };
  }

  private async save(event: Event) {
    event.preventDefault();
    const editing = this.editing!;
    const id = editing.mode === 'modify' ? this.draft.templateId : undefined;
    const subject = this.draft.messageType === 'email' ? { subject: this.draft.subject } : {};
    try {
      const saved = await this.backend!.saveTemplate({
        ...(id ? { id } : {}), name: editing.name, scope: editing.scope, messageType: this.draft.messageType,
        body: this.draft.body, ...subject,
      });
      this.editing = undefined;
      this.problem = '';
      this.notice = format(this.strings.sendMessage.templateSaved, { name: saved.name });
      await this.templates.run();
      emitDraftChange(this, { templateId: saved.id });
    } catch (error) {
      this.problem = this.describeError(error);
    }
  }

  private async deleteSelected() {
    const template = this.selected!;
    this.confirmingDelete = false;
    try {
      await this.backend!.deleteTemplate(template.id);
      this.notice = format(this.strings.sendMessage.templateDeleted, { name: template.name });
      emitDraftChange(this, { templateId: undefined });
      await this.templates.run();
    } catch (error) {
      this.problem = this.describeError(error);
    }
  }

  override render() {
    const words = this.strings.sendMessage;
    const hasTemplate = Boolean(this.selected);
    return html`<div class="row" part="templates">
        <div class="field">
          <label for="type">${words.messageType}</label>
          <select id="type" class="input" @change=${this.chooseType}>
            ${this.messageTypes.map((type) => html`<option value=${type} ?selected=${type === this.draft.messageType}>
              ${words.messageTypes[type]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="template">${words.template}</label>
          ${this.renderTemplateSelect()}
        </div>
      </div>
      <div class="row">
        <button type="button" class="button" @click=${() => this.startEditing('create')}>${words.createTemplate}</button>
        <button type="button" class="button" ?disabled=${!hasTemplate} @click=${() => this.startEditing('modify')}>
          ${words.modifyTemplate}</button>
        <button type="button" class="button danger" ?disabled=${!hasTemplate}
          @click=${() => (this.confirmingDelete = true)}>${words.deleteTemplate}</button>
      </div>
      ${this.renderPrompts()}
      ${this.problem ? html`<p class="alert" role="alert">${this.problem}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.notice}</p>`;
  }

  private renderTemplateSelect() {
    const words = this.strings.sendMessage;
    const list = this.templates.value ?? [];
    const option = (template: Template) => html`<option value=${template.id}
      ?selected=${template.id === this.draft.templateId}>${template.name}</option>`;
    return html`<select id="template" class="input" @change=${this.chooseTemplate}
        aria-busy=${this.templates.status === TaskStatus.PENDING ? 'true' : 'false'}>
        <option value="" ?selected=${!this.draft.templateId}>
          ${this.templates.status === TaskStatus.ERROR ? words.templatesError : this.templates.status === TaskStatus.PENDING ? words.templatesLoading : words.noTemplate}
        </option>
        <optgroup label=${words.global}>${list.filter((t) => t.scope === 'global').map(option)}</optgroup>
        <optgroup label=${words.local}>${list.filter((t) => t.scope === 'local').map(option)}</optgroup>
      </select>`;
  }

  private renderPrompts() {
    const words = this.strings.sendMessage;
    const common = this.strings.common;
    if (this.replacing) {
      const template = this.replacing;
      return html`<div class="prompt" role="alertdialog" aria-labelledby="replace-title" aria-describedby="replace-body">
        <strong id="replace-title">${words.replaceTitle}</strong>
        <span id="replace-body">${format(words.replaceBody, { name: template.name })}</span>
        <span class="actions">
          <button type="button" class="button" @click=${() => (this.replacing = undefined)}>${words.keepMine}</button>
          <button type="button" class="button primary" @click=${() => this.apply(template)}>${words.replace}</button>
        </span></div>`;
    }
    if (this.confirmingDelete && this.selected) {
      return html`<div class="prompt" role="alertdialog" aria-labelledby="delete-title">
        <strong id="delete-title">${format(words.confirmDeleteTemplate, { name: this.selected.name })}</strong>
        <span class="actions">
          <button type="button" class="button" @click=${() => (this.confirmingDelete = false)}>${common.cancel}</button>
          <button type="button" class="button danger" @click=${this.deleteSelected}>${common.delete}</button>
        </span></div>`;
    }
    if (!this.editing) return nothing;
    const editing = this.editing;
    return html`<form class="prompt" @submit=${this.save} aria-label=${editing.mode === 'create' ? words.createTemplate : words.modifyTemplate}>
      <div class="row">
        <div class="field"><label for="name">${words.templateName}</label>
          <input id="name" class="input" required .value=${editing.name}
            @input=${(e: Event) => (this.editing = { ...this.editing!, name: (e.target as HTMLInputElement).value })} /></div>
        <div class="field"><label for="scope">${words.templateScope}</label>
          <select id="scope" class="input"
            @change=${(e: Event) => (this.editing = { ...this.editing!, scope: (e.target as HTMLSelectElement).value as TemplateScope })}>
            <option value="local" ?selected=${editing.scope === 'local'}>${words.local}</option>
            <option value="global" ?selected=${editing.scope === 'global'}>${words.global}</option>
          </select></div>
      </div>
      <span class="actions">
        <button type="button" class="button" @click=${() => (this.editing = undefined)}>${common.cancel}</button>
        <button type="submit" class="button primary">${common.save}</button>
      </span></form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-send-template-bar': RpSendTemplateBar;
  }
}
