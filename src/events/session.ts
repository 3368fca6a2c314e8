import { RapportEvent } from './rapport-event.js';

/** `rp-session-error`: the provider could not load the session. */
export class RpSessionErrorEvent extends RapportEvent<{ error: unknown }> {
  static readonly type = 'rp-session-error';
  constructor(detail: { error: unknown }) {
    super(RpSessionErrorEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-session-error': RpSessionErrorEvent;
  }
}
