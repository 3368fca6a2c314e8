import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BatchFigures } from '../../domain/batch-run.js';
import { format } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import { batchStyles } from './rp-batch.styles.js';
import '../../i18n/en/sendMessage.js';
import '../../i18n/en/sendMessageBatch.js';

/**
 * A batch while it is being sent: a progress bar with the sent, failed and
 * skipped counts, and Cancel, which stops before the next record.
 *
 * @internal
 * @fires batch-cancel - The person asked to stop the batch.
 * @csspart progress - The progress bar.
 * @csspart counts - The counts in words.
 */
@customElement('rp-batch-progress')
export class RpBatchProgress extends RapportElement {
  static override styles = batchStyles;

  /** The figures so far. */
  @property({ attribute: false }) figures?: BatchFigures;
  /** Whether Cancel was pressed and the run is finishing its current record. */
  @property({ type: Boolean }) canceling = false;

  override render() {
    const words = this.strings.sendMessage.batch;
    const figures = this.figures ?? { total: 0, sent: 0, scheduled: 0, failed: 0, skipped: 0, pending: 0 };
    const done = figures.total - figures.pending;
    return html`<section aria-labelledby="progress-label">
      <label id="progress-label" class="label" for="progress">${words.progressLabel}</label>
      <progress id="progress" part="progress" max=${figures.total} .value=${done}></progress>
      <p class="hint" part="counts" id="counts">${format(words.progress, {
        done, total: figures.total, sent: figures.sent + figures.scheduled, failed: figures.failed, skipped: figures.skipped,
      })}</p>
      <span class="actions">
        ${this.canceling ? html`<span class="status" role="status">${words.canceling}</span>` : ''}
        <button type="button" class="button" ?disabled=${this.canceling}
          @click=${() => this.dispatchEvent(new CustomEvent('batch-cancel', { bubbles: true, composed: true }))}>${words.cancel}</button>
      </span>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-batch-progress': RpBatchProgress;
  }
}
