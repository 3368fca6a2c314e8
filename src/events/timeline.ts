import type { Message } from '../domain/schemas/message.js';
import { RapportEvent } from './rapport-event.js';

export type ReplyRequestDetail = { conversationId: string; message: Message };

/** `rp-reply-request`: the person asked to reply to an entry of the timeline; a host or `rp-send-message` opens. */
export class RpReplyRequestEvent extends RapportEvent<ReplyRequestDetail> {
  static readonly type = 'rp-reply-request';
  constructor(detail: ReplyRequestDetail) {
    super(RpReplyRequestEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-reply-request': RpReplyRequestEvent;
  }
}
