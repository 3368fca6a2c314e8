import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RapportAdapter } from '../../adapters/adapter.js';
import { batchFigures, canResume, type BatchFigures } from '../../domain/batch-run.js';
import type { PlannedMessage } from './batch-plan.js';
import { BatchRun } from './batch-run.js';
import { batchStore, type StoredBatch } from './batch-store.js';

/**
 * A batch's sending for rp-batch-send, apart from its rendering: runs it with
 * the figures kept current, cancels it (also when the element leaves the page),
 * and keeps it written down under the selection so it can resume.
 */
export class BatchSendingController implements ReactiveController {
  /** The batch being sent, or the one offered to resume. */
  batch?: StoredBatch;
  /** The figures so far; the report's once the run is over. */
  figures?: BatchFigures;
  /** Whether the last run ended by Cancel. */
  canceled = false;
  /** True from Cancel until the record in flight has finished. */
  canceling = false;
  private runner?: BatchRun;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** The key the selected records' batch is kept under. */
      selection: () => string;
      describeError: (error: unknown) => string;
      /** Called as soon as a run is over, finished or canceled. */
      onFinished: (batch: StoredBatch, figures: BatchFigures, canceled: boolean) => void;
    },
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.runner?.cancel();
  }

  /** The batch this selection was sending before (a failure, a cancel, a reload), when some records are still to go. */
  resumable(): StoredBatch | undefined {
    const stored = batchStore.get(this.options.selection());
    if (!stored || !canResume(batchFigures(stored.outcomes))) return undefined;
    this.batch = stored;
    this.figures = batchFigures(stored.outcomes);
    this.host.requestUpdate();
    return stored;
  }

  /** Sends every record not yet settled, under each record's own idempotency key. */
  async run(backend: RapportAdapter, batch: StoredBatch, ready: PlannedMessage[]): Promise<void> {
    this.batch = batch;
    this.canceling = false;
    const save = (value: StoredBatch) => batchStore.set(this.options.selection(), value);
    save(batch);
    const runner = (this.runner = new BatchRun({
      backend, batch, save, describe: this.options.describeError,
      onProgress: (figures) => this.show(figures),
    }));
    this.show(runner.figures);
    const figures = await runner.run(ready);
    this.runner = undefined;
    this.canceled = runner.wasCanceled;
    this.show(figures);
    if (!canResume(figures)) batchStore.delete(this.options.selection());
    this.options.onFinished(batch, figures, runner.wasCanceled);
  }

  cancel(): void {
    this.canceling = true;
    this.host.requestUpdate();
    this.runner?.cancel();
  }

  /** Forgets the kept batch, so the selection starts from a fresh message. */
  discard(): void {
    batchStore.delete(this.options.selection());
    this.batch = undefined;
    this.figures = undefined;
    this.host.requestUpdate();
  }

  private show(figures: BatchFigures) {
    this.figures = figures;
    this.host.requestUpdate();
  }
}
