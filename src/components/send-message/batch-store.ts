import type { BatchChannel } from '../../domain/batch.js';
import type { BatchOutcome } from '../../domain/batch-run.js';
import type { ComposerDraft } from './composer-draft.js';

/**
 * A batch as it is kept between runs: enough to build every record's message
 * again exactly (so each idempotency key carries the same draft) and what
 * happened to each record so far.
 */
export type StoredBatch = {
  batchId: string;
  channel: BatchChannel;
  composer: ComposerDraft;
  /** Put in place of missing wildcard values; absent when such records are skipped. */
  fallback?: string;
  scheduledFor?: string;
  /** Every selected record's outcome, in selection order; excluded ones are `skipped` with the reason. */
  outcomes: BatchOutcome[];
};

const PREFIX = 'rp-send-message-batch:';

/**
 * Batches by selection (see `selectionKey`), in sessionStorage so a reload in
 * the same tab finds the batch and resumes it instead of starting over.
 */
export const batchStore = {
  get(selection: string): StoredBatch | undefined {
    try {
      const stored = sessionStorage.getItem(PREFIX + selection);
      return stored ? (JSON.parse(stored) as StoredBatch) : undefined;
    } catch {
      return undefined;
    }
  },
  set(selection: string, batch: StoredBatch): void {
    try {
      sessionStorage.setItem(PREFIX + selection, JSON.stringify(batch));
    } catch {
      // Storage full or refused: the idempotency keys alone still keep a resumed batch from sending twice.
    }
  },
  delete(selection: string): void {
    try {
      sessionStorage.removeItem(PREFIX + selection);
    } catch {
      // Nothing to remove where storage is refused.
    }
  },
};
