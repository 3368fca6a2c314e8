import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { AttachmentLimits } from '../../domain/attachments.js';
import type { ReportedDealerships } from '../../domain/batch.js';
import { messageTypeForChannel, type SendableChannel } from '../../domain/channels.js';
import { canCommunicate, type Message } from '../../domain/index.js';
import { ModalController } from '../shared/modal-controller.js';
import { OnUse } from '../shared/on-use.js';
import { RapportElement } from '../shared/rapport-element.js';
import { draftHasContent, emptyDraft, type ComposerDraft, type DraftChangeEvent } from './composer-draft.js';
import { idListConverter } from './id-list.js';
import type { RpBatchSend } from './rp-batch-send.js';
import { composerOptions, loadConversationContext, outboundChoice, startingPoint } from './conversation-context.js';
import { renderFooterExtras, renderKeepDraftPrompt, renderNotice, renderSendProblems } from './rp-send-message.parts.js';
import { sendMessageStyles } from './rp-send-message.styles.js';
import type { ScheduleState } from './rp-schedule-picker.js';
import { SingleSendController, sentOutcome } from './single-send-controller.js';
import './rp-message-composer.js';
import './rp-schedule-picker.js';
import './rp-send-button.js';
import '../../i18n/en/sendMessage.js';

/**
 * The Send Message dialog (seed 001): templates, wildcards, subject, emoji,
 * attachments, the channel split button and scheduling, sending each draft once.
 *
 * @fires rp-message-sent - A message was sent; `detail.message` is it.
 * @fires rp-message-scheduled - A message was scheduled; `detail.message.scheduledFor` says when.
 * @fires rp-batch-completed - A batch (`conversationIds`) finished or was canceled; `detail` has the per-record figures.
 * @csspart dialog - The native dialog.
 * @csspart body - The scrolling middle of the dialog.
 * @csspart footer - Schedule, From/To and the Send button.
 * @cssproperty [--rp-send-message-width=min(44rem, 100vw - 2rem)] - The dialog's width.
 */
@customElement('rp-send-message')
export class RpSendMessage extends RapportElement {
  static override styles = sendMessageStyles;

  /** The conversation the message goes to. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;
  /** Many records for a batch send (seed 001); the attribute takes ids separated by spaces or commas. */
  @property({ attribute: 'conversation-ids', converter: idListConverter }) conversationIds?: string[];
  /** Whether the dialog is open; set it, or call `show()` / `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** IANA time zone scheduled times are picked in; the browser's by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;
  /** Attachment size limits (bytes) over the defaults, e.g. `{ message: 2_000_000 }`. */
  @property({ attribute: false }) attachmentLimits?: Partial<AttachmentLimits>;
  /** Where the emoji picker reads its data; the packaged emoji-picker-element-data by default. */
  @property({ attribute: false }) emojiDataSource?: string;
  /** Batch: identities reported as dealerships (full names, phones, emails, addresses) left out of a batch. */
  @property({ attribute: false }) reportedDealerships?: ReportedDealerships;
  /** Batch: listing sources a message can go to; seed 001's defaults when absent. */
  @property({ attribute: false }) messageableSources?: string[];

  @state() private draft: ComposerDraft = emptyDraft();
  @state() private channel?: SendableChannel;
  @state() private from?: string;
  @state() private to?: string;
  @state() private schedule: ScheduleState = { active: false };
  @state() private announcement = '';
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('rp-batch-send') private batchView?: RpBatchSend;

  private preparedFor?: string;
  private singleSend = new SingleSendController(this, {
    words: () => this.strings.sendMessage,
    describeError: (error) => this.describeError(error),
    onSent: (message) => this.sent(message),
  });
  private modal = new ModalController(this, {
    dialog: () => this.dialog,
    isDirty: () => (this.batchView ? this.batchView.dirty : draftHasContent(this.draft)),
    onClosed: () => (this.open = false),
  });

  /** Batch mode (seed 001's batch actions) loads the first time the dialog opens on many records. */
  private batchMode = new OnUse(this, () => import('./rp-batch-send.js'));

  private context = new Task(this, {
    task: ([backend, conversationId, open], { signal }) =>
      backend && conversationId && open ? loadConversationContext(backend, conversationId, signal) : undefined,
    args: () => [this.backend, this.conversationId, this.open] as const,
  });

  /** Opens the dialog; focus goes back to whatever had it when the dialog closes. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog, asking first whether to keep a draft with text in it. */
  close(): void {
    this.modal.requestClose();
  }

  private get options() {
    const context = this.context.value;
    return this.session && context ? composerOptions(this.session, context) : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const context = this.context.value;
    const key = `${this.conversationId}|${context?.messages.length}`;
    if (this.open && this.session && context && this.preparedFor !== key) this.prepare(key);
    if (changed.has('conversationId') && changed.get('conversationId') !== undefined) this.preparedFor = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has('open')) return;
    if (this.open) void this.modal.open();
    else if (this.modal.isOpen) this.keepDraftAndClose();
  }

  /** Sets the dialog up for the conversation: its kept draft, or a fresh one on seed 001's default channel. */
  private prepare(key: string) {
    this.preparedFor = key;
    const context = this.context.value!;
    const kept = this.singleSend.restore(context.conversation.id);
    const start = startingPoint(this.session!, context);
    this.channel = start.channel;
    this.draft = kept ?? start.draft;
    if (kept) this.announcement = this.strings.sendMessage.draftRestored;
    this.schedule = { active: false };
    this.chooseOutbound();
  }

  private chooseOutbound() {
    const context = this.context.value;
    if (!context || !this.session) return;
    ({ from: this.from, to: this.to } = outboundChoice(this.session, context, this.channel, { from: this.from, to: this.to }));
  }

  private onDraftChange(event: DraftChangeEvent) {
    const patch = event.detail;
    this.draft = { ...this.draft, ...patch };
    if ('body' in patch || 'subject' in patch) this.singleSend.contentChanged();
    if (patch.messageType) {
      const channel = this.options?.availability.find((entry) => messageTypeForChannel(entry.channel) === patch.messageType);
      if (channel?.available) this.onChannelChange(channel.channel);
    }
  }

  private onChannelChange(channel: SendableChannel) {
    this.channel = channel;
    const messageType = messageTypeForChannel(channel);
    if (messageType && messageType !== this.draft.messageType) this.draft = { ...this.draft, messageType, templateId: undefined };
    this.chooseOutbound();
  }

  private keepDraftAndClose() {
    this.batchView?.keepDraft();
    if (this.conversationId) this.singleSend.keep(this.conversationId, this.draft);
    this.modal.close('dismissed');
  }

  private discardAndClose() {
    this.batchView?.discardDraft();
    if (this.conversationId) this.singleSend.forget(this.conversationId);
    this.preparedFor = undefined;
    this.modal.close('dismissed');
  }

  private send(withFallback?: string) {
    return this.singleSend.send({
      backend: this.backend, conversationId: this.conversationId, channel: this.channel, composer: this.draft,
      values: this.options?.values ?? {}, schedule: this.schedule, from: this.from, to: this.to,
    }, withFallback);
  }

  private sent(message: Message) {
    this.singleSend.forget(message.conversationId);
    this.preparedFor = undefined;
    this.draft = emptyDraft(this.draft.messageType);
    this.modal.close('done');
    const outcome = sentOutcome(message, this.channel!, this.strings.sendMessage, this.formatters);
    this.announcement = outcome.announcement;
    this.dispatchEvent(outcome.event);
  }

  override render() {
    const words = this.strings.sendMessage;
    return html`<dialog part="dialog" aria-labelledby="title" @draft-change=${this.onDraftChange}>
        <header class="dialog-header">
          <h2 id="title">${words.title}</h2>
          <button type="button" class="button" @click=${() => this.close()}>${words.close}</button>
        </header>
        ${this.modal.confirmingDiscard ? renderKeepDraftPrompt(words, {
          keep: () => this.keepDraftAndClose(), discard: () => this.discardAndClose(), edit: () => this.modal.keepEditing(),
        }) : nothing}
        ${this.open ? this.renderContent() : nothing}
      </dialog>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderContent() {
    const common = this.strings.common;
    if (!this.backend) return renderNotice(common.noAdapter);
    if (this.session && !canCommunicate(this.session.account)) return renderNotice(common.standardTier);
    if (this.conversationIds?.length) {
      return this.batchMode.render({
        pending: () => renderNotice(common.loading, 'status'),
        error: () => renderNotice(common.errors.unavailable, 'alert', { label: common.retry, run: () => this.batchMode.retry() }),
        complete: () => this.renderBatch(),
      });
    }
    return this.context.render({
      pending: () => renderNotice(common.loading, 'status'),
      error: (error) => renderNotice(`${this.strings.sendMessage.loadError} ${this.describeError(error)}`, 'alert',
        { label: common.retry, run: () => this.context.run() }),
      complete: () => (this.options ? this.renderForm() : renderNotice(common.loading, 'status')),
    });
  }

  private renderBatch() {
    return html`<rp-batch-send .adapter=${this.backend} locale=${this.activeLocale} .conversationIds=${this.conversationIds!}
      .timeZone=${this.timeZone} .attachmentLimits=${this.attachmentLimits} .emojiDataSource=${this.emojiDataSource}
      .reportedDealerships=${this.reportedDealerships} .messageableSources=${this.messageableSources}
      @batch-close=${() => this.modal.close('done')}></rp-batch-send>`;
  }

  private renderForm() {
    const options = this.options!;
    const words = this.strings.sendMessage;
    return html`<div class="dialog-body" part="body">
        <rp-message-composer .adapter=${this.backend} locale=${this.activeLocale} .draft=${this.draft}
          .channel=${this.channel} .values=${options.values} .messageTypes=${options.messageTypes}
          .attachmentLimits=${this.attachmentLimits} .emojiDataSource=${this.emojiDataSource}></rp-message-composer>
        ${renderSendProblems(this.strings, this.singleSend,
          { back: () => this.backToMessage(), send: (fallback) => this.send(fallback) })}
      </div>
      <footer class="dialog-footer" part="footer">
        ${this.session?.account.features.scheduledMessages ? html`<rp-schedule-picker locale=${this.activeLocale}
          time-zone=${this.timeZone ?? nothing} @schedule-change=${(e: CustomEvent<ScheduleState>) => (this.schedule = e.detail)}>
          </rp-schedule-picker>` : nothing}
        ${renderFooterExtras(words, { session: this.session!, context: this.context.value!, channel: this.channel,
          availability: options.availability,
          from: this.from, to: this.to, onFrom: (v) => (this.from = v), onTo: (v) => (this.to = v) })}
        <rp-send-button locale=${this.activeLocale} .availability=${options.availability} .channel=${this.channel}
          ?busy=${this.singleSend.busy} label=${this.schedule.active ? words.scheduleSend : nothing}
          @send-request=${() => this.send()}
          @channel-change=${(e: CustomEvent<SendableChannel>) => this.onChannelChange(e.detail)}></rp-send-button>
      </footer>`;
  }

  private backToMessage() {
    this.singleSend.dismissMissing();
    this.renderRoot.querySelector('rp-message-composer')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-send-message': RpSendMessage;
  }
}
