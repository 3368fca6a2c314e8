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

declare global {
  interface HTMLElementEventMap {
    'rp-message-sent': RpMessageSentEvent;
    'rp-message-scheduled': RpMessageScheduledEvent;
  }
}
