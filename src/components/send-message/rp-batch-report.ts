import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { batchFigures, type BatchOutcome } from '../../domain/batch-run.js';
import { format } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import { batchStyles } from './rp-batch.styles.js';
import '../../i18n/en/sendMessage.js';
import '../../i18n/en/sendMessageBatch.js';

const ROWS_PER_FRAME = 150;

/**
 * What a batch did, record by record: sent, scheduled, failed with the reason,
 * skipped with the reason, or not sent because the batch was canceled.
 *
 * @internal
 * @csspart report - The table of records.
 * @csspart totals - The counts in one line.
 * @csspart result - The heading, the counts and the table together.
 */
@customElement('rp-batch-report')
export class RpBatchReport extends RapportElement {
  static override styles = batchStyles;

  /** Every selected record's outcome. */
  @property({ attribute: false }) outcomes: BatchOutcome[] = [];
  /** Whether the batch was stopped before every record was tried. */
  @property({ type: Boolean }) canceled = false;

  /** Rows rendered so far: a long report is drawn a slice per frame, so no single frame holds the page. */
  @state() private shown = ROWS_PER_FRAME;
  private nextSlice?: number;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('outcomes')) this.shown = ROWS_PER_FRAME;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.shown < this.outcomes.length && this.nextSlice === undefined) {
      this.nextSlice = requestAnimationFrame(() => {
        this.nextSlice = undefined;
        this.shown += ROWS_PER_FRAME;
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.nextSlice !== undefined) cancelAnimationFrame(this.nextSlice);
    this.nextSlice = undefined;
  }

  override render() {
    const words = this.strings.sendMessage.batch;
    const figures = batchFigures(this.outcomes);
    return html`<div class="grid" part="result">
      <h3 id="report-heading" class="label">${words.reportHeading}</h3>
      <p part="totals" id="totals">${format(words.reportSummary, { ...figures })}</p>
      ${this.canceled ? html`<p class="alert">${words.canceled}</p>` : nothing}
      <div class="report" tabindex="0" role="region" aria-labelledby="report-heading">
        <table part="report">
          <thead><tr><th scope="col">${words.csvHeaders[0]}</th><th scope="col">${words.reportHeading}</th>
            <th scope="col">${words.detailHeading}</th></tr></thead>
          <tbody>${this.outcomes.slice(0, this.shown).map((outcome) => html`<tr data-conversation=${outcome.conversationId} data-status=${outcome.status}>
            <th scope="row">${outcome.name}</th>
            <td class=${`status-${outcome.status}`}>${words.status[outcome.status]}</td>
            <td>${outcome.reason ?? ''}</td>
          </tr>`)}</tbody>
        </table>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-batch-report': RpBatchReport;
  }
}
