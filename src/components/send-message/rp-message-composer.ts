import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { AttachmentLimits } from '../../domain/attachments.js';
import type { Channel, MessageType } from '../../domain/index.js';
import { countSms } from '../../domain/sms.js';
import { insertAtCaret, resolveWildcards, WILDCARDS, type WildcardValues } from '../../domain/wildcards.js';
import { format } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import { emitDraftChange, type ComposerDraft } from './composer-draft.js';
import { createEmojiPicker } from './emoji.js';
import { composerStyles } from './rp-send-message.styles.js';
import './rp-send-attachments.js';
import './rp-send-template-bar.js';
import '../../i18n/en/sendMessage.js';

/**
 * The composer of seed 001, apart from who the message goes to: Templates
 * (Message Type, Template), wildcards, Subject for email, the message with its
 * preview, emoji, the SMS counter and Attach File. A single send and a batch
 * both drive it through `draft` and its `draft-change` patches.
 *
 * @internal
 * @csspart message - The message text box.
 * @csspart preview - The message with the wildcards filled in.
 * @csspart counter - The SMS character and segment counter.
 */
@customElement('rp-message-composer')
export class RpMessageComposer extends RapportElement {
  static override styles = composerStyles;

  /** The draft being written. */
  @property({ attribute: false }) draft!: ComposerDraft;
  /** The channel it goes out on: Subject shows for email, the counter for texts. */
  @property() channel?: Channel;
  /** The wildcard values of the record the preview shows. */
  @property({ attribute: false }) values: WildcardValues = {};
  /** The message types this account offers. */
  @property({ attribute: false }) messageTypes: MessageType[] = ['text', 'email'];
  /** Attachment size limits over the defaults. */
  @property({ attribute: false }) attachmentLimits?: Partial<AttachmentLimits>;
  /** Where the emoji picker reads its data; the packaged data by default. */
  @property({ attribute: false }) emojiDataSource?: string;
  /** The inbox's one-box composer: no Templates section, wildcard buttons or preview. */
  @property({ type: Boolean, reflect: true }) inline = false;

  @state() private emojiOpen = false;
  @state() private emojiProblem = '';
  @query('#message') private textarea?: HTMLTextAreaElement;
  @query('#emoji-panel') private emojiPanel?: HTMLElement;
  private pendingCaret?: number;

  /** Puts the caret in the message box. */
  override focus(): void {
    this.textarea?.focus();
  }

  private insert(text: string) {
    const box = this.textarea;
    const start = box?.selectionStart ?? this.draft.body.length;
    const end = box?.selectionEnd ?? start;
    const result = insertAtCaret(this.draft.body, text, start, end);
    this.pendingCaret = result.caret;
    emitDraftChange(this, { body: result.text });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.pendingCaret !== undefined && this.textarea && this.textarea.value === this.draft.body) {
      this.textarea.focus();
      this.textarea.setSelectionRange(this.pendingCaret, this.pendingCaret);
      this.pendingCaret = undefined;
    }
  }

  private async toggleEmoji() {
    this.emojiOpen = !this.emojiOpen;
    if (!this.emojiOpen || this.emojiPanel?.querySelector('emoji-picker')) return;
    await this.updateComplete;
    try {
      const picker = await createEmojiPicker(this.emojiDataSource);
      picker.addEventListener('emoji-click', (event) => {
        const unicode = (event as CustomEvent<{ unicode?: string }>).detail.unicode;
        if (unicode) this.insert(unicode);
      });
      this.emojiPanel?.append(picker);
      this.emojiProblem = '';
    } catch {
      this.emojiProblem = this.strings.sendMessage.emojiError;
    }
  }

  override render() {
    const words = this.strings.sendMessage;
    return html`${this.inline ? nothing : html`<section aria-labelledby="templates-heading">
        <h3 id="templates-heading" class="label">${words.sectionTemplates}</h3>
        <rp-send-template-bar .adapter=${this.backend} locale=${this.activeLocale} .draft=${this.draft}
          .messageTypes=${this.messageTypes}></rp-send-template-bar>
      </section>`}
      <section aria-labelledby=${this.inline ? 'message-label' : 'message-heading'}>
        ${this.inline ? nothing : html`<h3 id="message-heading" class="label">${words.sectionMessage}</h3>`}
        ${this.inline ? nothing : html`<div class="row" role="group" aria-labelledby="wildcards-caption" part="wildcards">
          <span class="hint" id="wildcards-caption">${words.wildcards}</span>
          ${WILDCARDS.map((wildcard) => html`<button type="button" class="button chip"
            title=${format(words.wildcardInsert, { label: words.wildcardLabels[wildcard.key] })}
            @click=${() => this.insert(wildcard.token)}>${words.wildcardLabels[wildcard.key]}</button>`)}
        </div>`}
        ${this.channel === 'email' ? html`<div class="field">
          <label for="subject">${words.subject}</label>
          <input id="subject" class="input" part="subject" .value=${this.draft.subject}
            @input=${(e: Event) => emitDraftChange(this, { subject: (e.target as HTMLInputElement).value })} />
        </div>` : nothing}
        <div class="field">
          <label id="message-label" for="message">${words.message}</label>
          <textarea id="message" class="input" part="message" .value=${this.draft.body}
            aria-describedby="counter"
            @input=${(e: Event) => emitDraftChange(this, { body: (e.target as HTMLTextAreaElement).value })}></textarea>
        </div>
        ${this.renderEmoji()} ${this.renderCounter()} ${this.renderPreview()}
        <rp-send-attachments .adapter=${this.backend} locale=${this.activeLocale} .channel=${this.channel}
          .limits=${this.attachmentLimits} .attachments=${this.draft.attachments}></rp-send-attachments>
      </section>`;
  }

  private renderEmoji() {
    const words = this.strings.sendMessage;
    return html`<div>
      <button type="button" class="button chip" aria-expanded=${this.emojiOpen ? 'true' : 'false'}
        aria-controls="emoji-panel" @click=${this.toggleEmoji}>${words.emoji}</button>
      <div id="emoji-panel" ?hidden=${!this.emojiOpen} part="emoji"></div>
      ${this.emojiProblem ? html`<p class="alert" role="alert">${this.emojiProblem}</p>` : nothing}
    </div>`;
  }

  private renderCounter() {
    if (this.channel !== 'sms') return html`<span id="counter" hidden></span>`;
    const words = this.strings.sendMessage;
    const count = countSms(resolveWildcards(this.draft.body, this.values).text);
    return html`<p id="counter" class="hint" part="counter" aria-live="polite">
      ${format(words.counter, { characters: count.length, segments: count.segments, encoding: count.encoding })}
      ${count.nonGsmCharacters.length ? html`<br /><span part="ucs2">${format(words.ucs2Because,
        { characters: count.nonGsmCharacters.join(' ') })}</span>` : nothing}
    </p>`;
  }

  private renderPreview() {
    if (this.inline || this.draft.body.trim() === '') return nothing;
    const words = this.strings.sendMessage;
    const subject = this.channel === 'email' ? resolveWildcards(this.draft.subject, this.values).text : '';
    return html`<figure class="field" part="preview" aria-labelledby="preview-label">
      <figcaption id="preview-label" class="label">${words.preview}</figcaption>
      ${subject ? html`<strong>${subject}</strong>` : nothing}
      <div class="preview-text" >${resolveWildcards(this.draft.body, this.values).text}</div>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-message-composer': RpMessageComposer;
  }
}
