import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { groupExclusions, type BatchEligibility, type BatchExclusion } from '../../domain/batch.js';
import { csvText } from '../../domain/csv/cells.js';
import { readListingContext } from '../../domain/index.js';
import { PHONE_KINDS } from '../../domain/values.js';
import { format, type Strings } from '../../i18n/strings.js';
import { RapportElement } from '../shared/rapport-element.js';
import type { LoadedRecord } from './batch-plan.js';
import { batchStyles } from './rp-batch.styles.js';
import '../../i18n/en/sendMessage.js';
import '../../i18n/en/sendMessageBatch.js';

/**
 * The summary a person reviews before a batch is sent (seed 001): "Send to N
 * of M", the records left out grouped by reason with their names, and the
 * excluded list as a CSV file to download.
 *
 * @internal
 * @csspart summary - The whole summary.
 * @csspart excluded - The groups of records left out.
 * @csspart download - The link to the excluded list (CSV).
 */
@customElement('rp-batch-summary')
export class RpBatchSummary extends RapportElement {
  static override styles = batchStyles;

  /** Who gets the message and who is left out, with why. */
  @property({ attribute: false }) eligibility?: BatchEligibility<LoadedRecord>;

  private csvUrl?: string;
  /** The word table the file was written with: a language's table can arrive after its locale was set. */
  private csvWords?: Strings;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('eligibility') || this.strings !== this.csvWords) this.makeCsv();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.csvUrl = undefined;
  }

  /** The excluded list as a file: one row per record, every cell guarded against spreadsheet formulas. */
  private makeCsv() {
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.csvUrl = undefined;
    this.csvWords = this.strings;
    const excluded = this.eligibility?.excluded ?? [];
    if (excluded.length === 0) return;
    const words = this.strings.sendMessage.batch;
    const rows = excluded.map((exclusion) => {
      const { record, reason } = exclusion;
      const { contact, conversation } = record;
      const phone = PHONE_KINDS.map((kind) => contact.phones[kind]?.number).find(Boolean) ?? '';
      const { listing } = readListingContext(conversation.context);
      return [record.name, phone, contact.emails.primary ?? contact.emails.other ?? '', String(listing?.source ?? ''),
        String(listing?.stage ?? ''), words.reasons[reason], this.detailOf(exclusion)];
    });
    this.csvUrl = URL.createObjectURL(new Blob([csvText([words.csvHeaders, ...rows])], { type: 'text/csv;charset=utf-8' }));
  }

  /** What is wrong with one record, in the element's language. */
  private detailOf({ reason, value }: BatchExclusion): string {
    return format(this.strings.sendMessage.batch.exclusionDetails[reason], { value: value ?? '' });
  }

  override render() {
    const result = this.eligibility;
    if (!result) return nothing;
    const words = this.strings.sendMessage.batch;
    const total = result.eligible.length + result.excluded.length;
    const groups = groupExclusions(result.excluded);
    return html`<section part="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading" class="label">${words.summaryHeading}</h3>
      <p class="count" id="send-to">${format(words.sendTo, { n: result.eligible.length, m: total })}</p>
      ${result.eligible.length === 0 ? html`<p class="alert">${words.noneEligible}</p>` : nothing}
      ${groups.length ? html`<div part="excluded">
        <h4>${format(words.excludedHeading, { n: result.excluded.length })}</h4>
        ${groups.map((group) => html`<details data-reason=${group.reason}>
          <summary>${words.reasons[group.reason]} (${this.formatters.number.format(group.exclusions.length)})</summary>
          <ul class="names">${group.exclusions.map((exclusion) => html`<li title=${this.detailOf(exclusion)}>${exclusion.record.name}</li>`)}</ul>
        </details>`)}
        <a class="button" part="download" href=${this.csvUrl ?? ''} download=${words.excludedFile}>${words.downloadExcluded}</a>
      </div>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-batch-summary': RpBatchSummary;
  }
}
