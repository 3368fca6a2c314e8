import type { Conversation } from '../domain/index.js';
import { RapportEvent } from './rapport-event.js';

/** `rp-conversation-opened`: the inbox shows a conversation (chosen, started, or reached by keyboard). */
export class RpConversationOpenedEvent extends RapportEvent<{ conversation: Conversation }> {
  static readonly type = 'rp-conversation-opened';
  constructor(detail: { conversation: Conversation }) {
    super(RpConversationOpenedEvent.type, detail);
  }
}

/** `rp-conversation-started`: the inbox started a new conversation with a contact who had none. */
export class RpConversationStartedEvent extends RapportEvent<{ conversation: Conversation }> {
  static readonly type = 'rp-conversation-started';
  constructor(detail: { conversation: Conversation }) {
    super(RpConversationStartedEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-conversation-opened': RpConversationOpenedEvent;
    'rp-conversation-started': RpConversationStartedEvent;
  }
}
