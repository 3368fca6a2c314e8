import { Task } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AttachmentLimits } from '../../domain/attachments.js';
import type { BatchChannel, BatchEligibility, ReportedDealerships } from '../../domain/batch.js';
import { selectionKey, type BatchFigures } from '../../domain/batch-run.js';
import { wildcardValues } from '../../domain/wildcards.js';
import { RpBatchCompletedEvent } from '../../events/send-message.js';
import { format } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import { outcomesBeforeRun, planBatch, type LoadedRecord, type MissingValues } from './batch-plan.js';
import { EligibilityMemo, loadBatch, type LoadedBatch } from './batch-records.js';
import { BatchSendingController } from './batch-sending-controller.js';
import type { StoredBatch } from './batch-store.js';
import { draftHasContent, emptyDraft, type ComposerDraft, type DraftChangeEvent } from './composer-draft.js';
import { draftStore } from './draft-store.js';
import { renderMissingRecords, renderOutcomes, renderProblem, wildcardNames } from './rp-batch-send.parts.js';
import { renderNotice } from './rp-send-message.parts.js';
import { batchStyles } from './rp-batch.styles.js';
import type { ScheduleState } from './rp-schedule-picker.js';
import './rp-batch-progress.js';
import './rp-batch-report.js';
import './rp-batch-summary.js';
import './rp-message-composer.js';
import './rp-schedule-picker.js';
import '../../i18n/en/sendMessage.js';
import '../../i18n/en/sendMessageBatch.js';

type Phase = 'compose' | 'missing' | 'sending' | 'done' | 'resume';

/**
 * The Send Message dialog's batch mode (seed 001, "Send Messages as Batch
 * Actions"): one message to many records, personalised per record, sent only
 * to the records that may receive it, with progress, Cancel, resume and a
 * report. rp-send-message shows it when given `conversationIds`.
 *
 * @internal
 * @fires rp-batch-completed - The batch finished or was canceled; the figures match the report.
 * @fires batch-close - The person is done with the batch (the dialog closes).
 */
@customElement('rp-batch-send')
export class RpBatchSend extends RapportElement {
  static override styles = batchStyles;

  /** The selected records' conversation ids. */
  @property({ attribute: false }) conversationIds: string[] = [];
  /** IANA time zone scheduled times are picked in. */
  @property() timeZone?: string;
  /** Attachment size limits over the defaults. */
  @property({ attribute: false }) attachmentLimits?: Partial<AttachmentLimits>;
  /** Where the emoji picker reads its data. */
  @property({ attribute: false }) emojiDataSource?: string;
  /** Identities reported as dealerships (seed 001). */
  @property({ attribute: false }) reportedDealerships?: ReportedDealerships;
  /** Listing sources that can be messaged; seed 001's defaults when absent. */
  @property({ attribute: false }) messageableSources?: string[];

  @state() private draft: ComposerDraft = emptyDraft();
  @state() private phase: Phase = 'compose';
  @state() private schedule: ScheduleState = { active: false };
  @state() private missing: MissingValues[] = [];
  @state() private skipMissing = true;
  @state() private fallback = '';
  @state() private problem?: string;
  @state() private announcement = '';
  private restoredFor?: LoadedBatch;
  private eligibilityMemo = new EligibilityMemo();
  private sending = new BatchSendingController(this, {
    selection: () => this.selection,
    describeError: (error) => this.describeError(error),
    onFinished: (batch, figures, canceled) => this.finished(batch, figures, canceled),
  });

  private records = new Task(this, {
    task: ([backend, ids], { signal }) => loadBatch(backend, ids, signal),
    args: () => [this.backend, this.conversationIds] as const,
  });

  /** Whether closing now would lose a message the person wrote and has not sent. */
  get dirty(): boolean {
    return this.phase === 'compose' && draftHasContent(this.draft);
  }

  private get selection(): string {
    return selectionKey(this.conversationIds);
  }

  /** Keeps the written message for the next time the dialog opens on this selection. */
  keepDraft(): void {
    draftStore.set(`batch:${this.selection}`, { draft: this.draft, idempotencyKey: '' });
  }

  discardDraft(): void {
    draftStore.delete(`batch:${this.selection}`);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const loaded = this.records.value;
    if (loaded && this.restoredFor !== loaded) this.restore(loaded);
  }

  /** A batch this selection was sending before (a failure, a cancel, a reload) is offered to resume. */
  private restore(loaded: LoadedBatch) {
    this.restoredFor = loaded;
    const stored = this.sending.resumable();
    if (stored) {
      this.draft = stored.composer;
      this.phase = 'resume';
    } else {
      this.draft = draftStore.get(`batch:${this.selection}`)?.draft ?? this.draft;
    }
  }

  private get channel(): BatchChannel {
    return this.draft.messageType === 'email' ? 'email' : 'sms';
  }

  private eligibility(channel = this.channel): BatchEligibility<LoadedRecord> | undefined {
    const loaded = this.records.value;
    if (!loaded || !this.session) return undefined;
    return this.eligibilityMemo.get(loaded, channel, this.session, {
      reportedDealerships: this.reportedDealerships, messageableSources: this.messageableSources,
    });
  }

  private onDraftChange(event: DraftChangeEvent) {
    // The batch keeps its own draft; the single-send dialog around it must not take these.
    event.stopPropagation();
    this.draft = { ...this.draft, ...event.detail };
    if (event.detail.messageType === 'email' && !('subject' in event.detail)) this.draft = { ...this.draft, subject: '' };
  }

  /** Send: checks the message, then lists the records missing wildcard values before anything goes. */
  private review() {
    const words = this.strings.sendMessage;
    if (!draftHasContent(this.draft)) return void (this.problem = words.emptyMessage);
    if (this.schedule.active && !this.schedule.instant) return void (this.problem = this.schedule.problem ?? words.scheduleNeeded);
    this.problem = undefined;
    const plan = planBatch(this.eligibility()!.eligible, { channel: this.channel, composer: this.draft, session: this.session! });
    this.missing = plan.missing;
    if (plan.missing.length) {
      this.fallback ||= words.fallbackDefault;
      this.phase = 'missing';
      return;
    }
    void this.begin();
  }

  private begin(fallback?: string) {
    const batch: StoredBatch = {
      batchId: crypto.randomUUID(), channel: this.channel, composer: this.draft, outcomes: [],
      ...(fallback !== undefined ? { fallback } : {}), ...(this.schedule.instant ? { scheduledFor: this.schedule.instant } : {}),
    };
    draftStore.delete(`batch:${this.selection}`);
    return this.run(batch);
  }

  /** Settles the records that will not get the message, then sends to the rest. */
  private run(batch: StoredBatch) {
    const words = this.strings.sendMessage;
    const eligibility = this.eligibility(batch.channel)!;
    const plan = planBatch(eligibility.eligible, { ...batch, composer: batch.composer, session: this.session! });
    batch.outcomes = outcomesBeforeRun(this.records.value!.records, eligibility, plan, {
      reason: (reason) => words.batch.reasons[reason],
      missing: (tokens) => format(words.batch.missingSkipped, { names: wildcardNames(tokens, words) }),
    }, batch.outcomes);
    this.phase = 'sending';
    return this.sending.run(this.backend!, batch, plan.ready);
  }

  private finished(batch: StoredBatch, figures: BatchFigures, canceled: boolean) {
    this.phase = 'done';
    this.announcement = format(this.strings.sendMessage.batch.completed, { ...figures });
    this.dispatchEvent(new RpBatchCompletedEvent({
      ...figures, batchId: batch.batchId, canceled, outcomes: batch.outcomes.map((outcome) => ({ ...outcome })),
    }));
  }

  private startOver() {
    this.sending.discard();
    this.phase = 'compose';
  }

  private close() {
    this.dispatchEvent(new CustomEvent('batch-close', { bubbles: true, composed: true }));
  }

  override render() {
    const common = this.strings.common;
    return html`${this.records.render({
      pending: () => renderNotice(this.strings.sendMessage.batch.loading, 'status'),
      error: (error) => renderNotice(`${this.strings.sendMessage.batch.loadError} ${this.describeError(error)}`, 'alert',
        { label: common.retry, run: () => this.records.run() }),
      complete: (loaded) => (loaded && this.session ? this.renderPhase(loaded) : renderNotice(common.loading, 'status')),
    })}<div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderPhase(loaded: LoadedBatch) {
    if (this.phase === 'sending') {
      return html`<div class="dialog-body" part="body"><rp-batch-progress locale=${this.activeLocale} .figures=${this.sending.figures}
        ?canceling=${this.sending.canceling} @batch-cancel=${() => this.sending.cancel()}></rp-batch-progress></div>`;
    }
    if (this.phase === 'resume' || this.phase === 'done') {
      return renderOutcomes(this.strings.sendMessage, {
        locale: this.activeLocale, resuming: this.phase === 'resume', figures: this.sending.figures!,
        outcomes: this.sending.batch?.outcomes ?? [], canceled: this.phase === 'done' && this.sending.canceled,
        startOver: () => this.startOver(), close: () => this.close(), resume: () => this.run(this.sending.batch!),
      });
    }
    return this.renderCompose(loaded);
  }

  private renderCompose(loaded: LoadedBatch) {
    const words = this.strings.sendMessage;
    const eligibility = this.eligibility()!;
    const first = eligibility.eligible[0]?.record;
    const values = first ? wildcardValues({ contact: first.contact, context: first.conversation.context,
      agent: this.session!.user, account: this.session!.account }) : {};
    const total = eligibility.eligible.length + eligibility.excluded.length;
    const label = format(this.schedule.active ? words.batch.scheduleTo : words.batch.sendTo, { n: eligibility.eligible.length, m: total });
    return html`<div class="dialog-body" part="body" @draft-change=${this.onDraftChange}>
        ${loaded.unreadable.length ? html`<p class="alert">${format(words.batch.unreadable, { n: loaded.unreadable.length })}</p>` : nothing}
        <rp-batch-summary locale=${this.activeLocale} .eligibility=${eligibility}></rp-batch-summary>
        <rp-message-composer .adapter=${this.backend} locale=${this.activeLocale} .draft=${this.draft} .channel=${this.channel}
          .values=${values} .messageTypes=${['text', 'email']} .attachmentLimits=${this.attachmentLimits}
          .emojiDataSource=${this.emojiDataSource}></rp-message-composer>
        ${this.channel === 'email' ? html`<p class="hint">${words.batch.subjectHint}</p>` : nothing}
        ${this.phase === 'missing' ? renderMissingRecords(words, {
          missing: this.missing, names: (tokens) => wildcardNames(tokens, words), skip: this.skipMissing, fallback: this.fallback,
          onSkip: (skip) => (this.skipMissing = skip), onFallback: (value) => (this.fallback = value),
          back: () => (this.phase = 'compose'), proceed: () => this.begin(this.skipMissing ? undefined : this.fallback),
        }) : nothing}
        ${renderProblem(this.problem)}
      </div>
      <footer class="dialog-footer" part="footer">
        ${this.session!.account.features.scheduledMessages ? html`<rp-schedule-picker locale=${this.activeLocale}
          time-zone=${this.timeZone ?? nothing} @schedule-change=${(e: CustomEvent<ScheduleState>) => (this.schedule = e.detail)}>
          </rp-schedule-picker>` : nothing}
        <button type="button" class="button primary" part="send" ?disabled=${eligibility.eligible.length === 0 || this.phase === 'missing'}
          @click=${this.review}>${label}</button>
      </footer>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-batch-send': RpBatchSend;
  }
}
