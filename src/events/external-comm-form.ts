import type { Message } from '../domain/index.js';
import { RapportEvent } from './rapport-event.js';

/** `rp-external-logged`: an external communication was logged; `detail.message` is the stored message. */
export class RpExternalLoggedEvent extends RapportEvent<{ message: Message }> {
  static readonly type = 'rp-external-logged';
  constructor(detail: { message: Message }) {
    super(RpExternalLoggedEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-external-logged': RpExternalLoggedEvent;
  }
}
