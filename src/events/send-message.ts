import type { BatchFigures, BatchOutcome } from '../domain/batch-run.js';
import type { Message } from '../domain/index.js';
import { RapportEvent } from './rapport-event.js';

/** `rp-message-sent`: the Send Message dialog sent a message; `detail.message` is it as the adapter stored it. */
export class RpMessageSentEvent extends RapportEvent<{ message: Message }> {
  static readonly type = 'rp-message-sent';
  constructor(detail: { message: Message }) {
    super(RpMessageSentEvent.type, detail);
  }
}

/** `rp-message-scheduled`: the dialog created a scheduled message; `detail.message.scheduledFor` says when it goes. */
export class RpMessageScheduledEvent extends RapportEvent<{ message: Message }> {
  static readonly type = 'rp-message-scheduled';
  constructor(detail: { message: Message }) {
    super(RpMessageScheduledEvent.type, detail);
  }
}

/** What `rp-batch-completed` carries: the batch's figures, each record's outcome, and whether it was canceled. */
export type BatchCompletedDetail = BatchFigures & { batchId: string; canceled: boolean; outcomes: BatchOutcome[] };

/** `rp-batch-completed`: a batch send finished (or was canceled); the figures match the report shown. */
export class RpBatchCompletedEvent extends RapportEvent<BatchCompletedDetail> {
  static readonly type = 'rp-batch-completed';
  constructor(detail: BatchCompletedDetail) {
    super(RpBatchCompletedEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-batch-completed': RpBatchCompletedEvent;
    'rp-message-sent': RpMessageSentEvent;
    'rp-message-scheduled': RpMessageScheduledEvent;
  }
}
