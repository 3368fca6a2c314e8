/**
 * A batch send's bookkeeping (seed 001, "Send Messages as Batch Actions"): one
 * idempotency key per record, derived from the batch's id, and the figures of
 * what happened to each record. Pure, so a resumed batch and its report read
 * the same rules as the first run.
 */

/** What happened to one record of the batch. `pending`: not tried yet (or canceled before its turn). */
export const BATCH_OUTCOME_STATUSES = ['sent', 'scheduled', 'failed', 'skipped', 'pending'] as const;
export type BatchOutcomeStatus = (typeof BATCH_OUTCOME_STATUSES)[number];

export type BatchOutcome = {
  conversationId: string;
  /** The seller's name as the report shows it. */
  name: string;
  status: BatchOutcomeStatus;
  /** Why it failed or was skipped, in words. */
  reason?: string;
  /** The message the adapter made for it, once one exists. */
  messageId?: string;
};

export type BatchFigures = {
  total: number;
  sent: number;
  scheduled: number;
  failed: number;
  skipped: number;
  /** Records not tried: the batch was canceled before their turn. */
  pending: number;
};

/**
 * The idempotency key of one record's message: the same batch and record always
 * give the same key, so resuming sends to the rest and to nobody twice.
 */
export function recordIdempotencyKey(batchId: string, conversationId: string): string {
  return `batch:${batchId}:${conversationId}`;
}

/**
 * Names a selection: the same records, in any order, give the same key, so a
 * reloaded page finds the batch it was sending to them.
 */
export function selectionKey(conversationIds: readonly string[]): string {
  const joined = [...new Set(conversationIds)].sort().join('\u0000');
  // FNV-1a, twice with different seeds: short, stable, and collisions would need two equal 64-bit hashes.
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < joined.length; i += 1) h = Math.imul(h ^ joined.charCodeAt(i), 16777619) >>> 0;
    return h.toString(36);
  };
  return `${hash(2166136261)}${hash(84696351)}-${new Set(conversationIds).size}`;
}

/** Whether a record's outcome is settled: a resumed batch leaves it alone. */
export function isSettled(outcome: Pick<BatchOutcome, 'status'> | undefined): boolean {
  return outcome !== undefined && outcome.status !== 'failed' && outcome.status !== 'pending';
}

/** The counts the progress bar, the report and `rp-batch-completed` show. */
export function batchFigures(outcomes: Iterable<Pick<BatchOutcome, 'status'>>): BatchFigures {
  const figures: BatchFigures = { total: 0, sent: 0, scheduled: 0, failed: 0, skipped: 0, pending: 0 };
  for (const { status } of outcomes) {
    figures.total += 1;
    figures[status] += 1;
  }
  return figures;
}

/** Whether anything is left to do: failed records to try again, or records not tried yet. */
export function canResume(figures: BatchFigures): boolean {
  return figures.failed + figures.pending > 0;
}
