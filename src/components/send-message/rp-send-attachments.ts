import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  ATTACHMENT_SNIFF_BYTES, attachmentLimitFor, checkAttachment, type AttachmentLimits,
} from '../../domain/attachments.js';
import type { Attachment, Channel } from '../../domain/index.js';
import { format } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import { attachmentRefusalText } from '../shared/attachment-refusal.js';
import { emitDraftChange } from './composer-draft.js';
import { pieceStyles } from './rp-send-message.styles.js';
import '../../i18n/en/sendMessage.js';

/**
 * Attach File (seed 001): images and PDF, checked by their first bytes and
 * size for the channel, uploaded through the adapter, removable before sending.
 *
 * @internal
 * @csspart attachments - The list of attached files.
 */
@customElement('rp-send-attachments')
export class RpSendAttachments extends RapportElement {
  static override styles = [
    pieceStyles,
    css`
      #file:focus-visible + label {
        outline: 2px solid var(--rp-color-focus);
        outline-offset: 2px;
      }
    `,
  ];

  /** Files already attached. */
  @property({ attribute: false }) attachments: Attachment[] = [];
  /** The channel the message goes out on: it sets the size limit. */
  @property() channel?: Channel;
  /** Size limits per purpose, over the defaults. */
  @property({ attribute: false }) limits?: Partial<AttachmentLimits>;

  @state() private refusals: string[] = [];
  @state() private uploading: string[] = [];

  private async attach(event: Event) {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const refusals: string[] = [];
    const added: Attachment[] = [];
    for (const file of files) {
      const firstBytes = new Uint8Array(await file.slice(0, ATTACHMENT_SNIFF_BYTES).arrayBuffer());
      const check = checkAttachment({ name: file.name, size: file.size, firstBytes },
        { purpose: 'message', channel: this.channel, limits: this.limits });
      if (!check.ok) {
        refusals.push(attachmentRefusalText(check, file.name, this.strings.attachments, this.formatters));
        continue;
      }
      this.uploading = [...this.uploading, file.name];
      try {
        added.push(await this.backend!.uploadAttachment(file, { purpose: 'message' }));
      } catch (error) {
        refusals.push(format(this.strings.sendMessage.uploadFailed, { name: file.name, detail: this.describeError(error) }));
      } finally {
        this.uploading = this.uploading.filter((name) => name !== file.name);
      }
    }
    this.refusals = refusals;
    if (added.length) emitDraftChange(this, { attachments: [...this.attachments, ...added] });
  }

  private detach(attachment: Attachment) {
    emitDraftChange(this, { attachments: this.attachments.filter((item) => item.id !== attachment.id) });
    this.renderRoot.querySelector<HTMLInputElement>('#file')?.focus();
  }

  override render() {
    const words = this.strings.sendMessage;
    const limit = this.formatters.fileSize(attachmentLimitFor('message', this.channel, this.limits));
    return html`<div class="row">
        <input id="file" class="visually-hidden" type="file" multiple aria-describedby="attach-hint"
          accept="image/png,image/jpeg,image/gif,image/webp,application/pdf" @change=${this.attach} />
        <label class="button" for="file" part="attach-button">${words.attachFile}</label>
        <span id="attach-hint" class="hint">${format(words.attachHint, { size: limit })}</span>
      </div>
      ${this.refusals.length ? html`<div class="alert" role="alert" part="refusals"><ul class="plain">
        ${this.refusals.map((reason) => html`<li>${reason}</li>`)}</ul></div>` : nothing}
      <ul class="plain" part="attachments" aria-label=${words.attachments}>
        ${this.attachments.map((attachment) => html`<li class="row">
          <span>${attachment.name} <span class="hint">${this.formatters.fileSize(attachment.size)}</span></span>
          <button type="button" class="button chip" @click=${() => this.detach(attachment)}>
            ${format(words.removeAttachment, { name: attachment.name })}</button></li>`)}
        ${this.uploading.map((name) => html`<li class="hint"><span role="status">${format(words.uploading, { name })}</span></li>`)}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-send-attachments': RpSendAttachments;
  }
}
