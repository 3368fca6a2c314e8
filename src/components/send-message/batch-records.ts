import type { RapportAdapter } from '../../adapters/adapter.js';
import type { BatchChannel, BatchEligibility, ReportedDealerships } from '../../domain/batch.js';
import type { Session } from '../../domain/index.js';
import { loadPhoneRules } from '../../domain/phone.js';
import { batchEligibility, loadBatchRecords, warmPhoneRules, type LoadedRecord } from './batch-plan.js';

/** The selected records as a batch reads them, with the phone rules when they could load. */
export type LoadedBatch = {
  records: LoadedRecord[];
  unreadable: { id: string }[];
  phoneRules?: Awaited<ReturnType<typeof loadPhoneRules>>;
};

/** Reads the selected records for a batch; nothing when there is no backend or no selection. */
export async function loadBatch(backend: RapportAdapter | undefined, ids: readonly string[], signal: AbortSignal,
): Promise<LoadedBatch | undefined> {
  if (!backend || ids.length === 0) return undefined;
  // The phone rules (libphonenumber) load only here, for the landline and validity checks.
  const [loaded, phoneRules] = await Promise.all([loadBatchRecords(backend, ids, signal), loadPhoneRules().catch(() => undefined)]);
  if (phoneRules) await warmPhoneRules(loaded.records, phoneRules, signal);
  return { ...loaded, phoneRules };
}

/** Who may receive the batch, worked out once per records and channel: rendering asks on every keystroke. */
export class EligibilityMemo {
  private last?: { loaded: LoadedBatch; channel: BatchChannel; result: BatchEligibility<LoadedRecord> };

  get(loaded: LoadedBatch, channel: BatchChannel, session: Session,
    options: { reportedDealerships?: ReportedDealerships; messageableSources?: string[] }): BatchEligibility<LoadedRecord> {
    const last = this.last;
    if (last?.loaded === loaded && last.channel === channel) return last.result;
    const result = batchEligibility(loaded.records, channel, session, {
      phoneRules: loaded.phoneRules, reportedDealerships: options.reportedDealerships, messageableSources: options.messageableSources,
    });
    this.last = { loaded, channel, result };
    return result;
  }
}
