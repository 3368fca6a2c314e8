import type { RapportAdapter } from '../../adapters/adapter.js';
import { batchFigures, isSettled, recordIdempotencyKey, type BatchFigures, type BatchOutcome } from '../../domain/batch-run.js';
import type { Message } from '../../domain/index.js';
import { yieldToEventLoop } from '../../domain/csv/yield.js';
import type { PlannedMessage } from './batch-plan.js';
import type { StoredBatch } from './batch-store.js';

/** How long the run may hold the main thread before it lets input and painting in. */
const SLICE_MS = 8;
/** How often, at most, outcomes are written down while sending. */
const SAVE_EVERY_MS = 250;

export type BatchRunOptions = {
  backend: RapportAdapter;
  batch: StoredBatch;
  /** Writes the batch down (sessionStorage), so a reload resumes it. */
  save: (batch: StoredBatch) => void;
  /** A failure in words for the report. */
  describe: (error: unknown) => string;
  /** Called after each record, with the figures so far. */
  onProgress: (figures: BatchFigures) => void;
};

/**
 * Sends a batch one record at a time. Each record goes under its own
 * idempotency key, so a second run (after a failure, a cancel or a reload)
 * sends to the records not yet settled and to nobody twice; a record whose
 * message failed is tried again in place. The main thread is handed back
 * every few milliseconds, and Cancel takes effect before the next record.
 */
export class BatchRun {
  private canceled = false;
  private readonly byId = new Map<string, BatchOutcome>();

  constructor(private readonly options: BatchRunOptions) {
    for (const outcome of options.batch.outcomes) this.byId.set(outcome.conversationId, outcome);
  }

  get figures(): BatchFigures {
    return batchFigures(this.options.batch.outcomes);
  }

  /** Stops before the next record; the one in flight finishes. */
  cancel(): void {
    this.canceled = true;
  }

  get wasCanceled(): boolean {
    return this.canceled;
  }

  async run(messages: readonly PlannedMessage[]): Promise<BatchFigures> {
    const { batch, save, onProgress } = this.options;
    let sliceStart = performance.now();
    let savedAt = sliceStart;
    for (const planned of messages) {
      if (this.canceled) break;
      const outcome = this.byId.get(planned.conversationId);
      if (!outcome || isSettled(outcome)) continue;
      Object.assign(outcome, await this.sendOne(planned, outcome));
      onProgress(this.figures);
      const now = performance.now();
      if (now - savedAt > SAVE_EVERY_MS) {
        save(batch);
        savedAt = performance.now();
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEventLoop();
        sliceStart = performance.now();
      }
    }
    save(batch);
    return this.figures;
  }

  private async sendOne(planned: PlannedMessage, previous: BatchOutcome): Promise<Partial<BatchOutcome>> {
    const { backend, batch, describe } = this.options;
    try {
      let message: Message = await backend.sendMessage(planned.draft, {
        idempotencyKey: recordIdempotencyKey(batch.batchId, planned.conversationId),
      });
      // A message that failed before (this run or one before a reload) is tried again in place, never made twice.
      if (message.status === 'failed' && previous.status === 'failed') message = await backend.retryMessage(message.id);
      if (message.status === 'failed') return { status: 'failed', reason: message.error ?? '', messageId: message.id };
      return { status: message.status === 'scheduled' ? 'scheduled' : 'sent', reason: undefined, messageId: message.id };
    } catch (error) {
      return { status: 'failed', reason: describe(error) };
    }
  }
}
