import type { ReactiveControllerHost } from 'lit';
import type { RapportAdapter } from '../../adapters/adapter.js';
import { messageTypeForChannel, type ChannelAvailability, type SendableChannel } from '../../domain/channels.js';
import type { Message, Session } from '../../domain/index.js';
import { buildMessageDraft } from '../send-message/build-draft.js';
import { draftHasContent, emptyDraft, type ComposerDraft } from '../send-message/composer-draft.js';
import {
  composerOptions, outboundChoice, startingPoint, type ConversationContext,
} from '../send-message/conversation-context.js';
import { draftStore } from '../send-message/draft-store.js';
import { SendOnce, type SendOutcome } from '../send-message/send-once.js';

/** Seed 003: the inbox's channels are SMS, Web Chat and Email. */
export const INBOX_CHANNELS: readonly SendableChannel[] = ['sms', 'webchat', 'email'];

export type SendResult =
  | { kind: 'sent'; message: Message }
  | { kind: 'empty' }
  | { kind: 'missing'; missing: string[] }
  | { kind: 'failed'; outcome: Extract<SendOutcome, { ok: false }> };

/**
 * The state of the inbox's inline composer for one conversation, on the rules
 * rp-send-message uses: seed 001's default channel from the same domain
 * functions, seed 003's From and To, the draft kept per conversation, and
 * each draft sent once under one idempotency key (`SendOnce`).
 */
export class InlineComposer {
  draft: ComposerDraft = emptyDraft();
  channel?: SendableChannel;
  from?: string;
  to?: string;
  private sender = new SendOnce();
  private context?: ConversationContext;
  private session?: Session;

  constructor(private readonly host: ReactiveControllerHost) {}

  get busy(): boolean {
    return this.sender.busy;
  }

  /** Every sendable channel with why not, restricted to the inbox's channels. */
  get availability(): ChannelAvailability[] {
    if (!this.session || !this.context) return [];
    return composerOptions(this.session, this.context).availability.filter((entry) => INBOX_CHANNELS.includes(entry.channel));
  }

  /** Starts on a conversation: its kept draft, or a fresh one on the default channel. */
  prepare(session: Session, context: ConversationContext): void {
    this.keep();
    this.session = session;
    this.context = context;
    const start = startingPoint(session, context);
    const availability = this.availability;
    const channel = start.channel && availability.some((e) => e.channel === start.channel && e.available)
      ? start.channel
      : availability.find((entry) => entry.available)?.channel;
    const kept = draftStore.get(context.conversation.id);
    this.channel = channel;
    this.draft = kept?.draft ?? start.draft;
    this.sender = new SendOnce(kept?.idempotencyKey);
    this.from = this.to = undefined;
    this.chooseOutbound();
    this.host.requestUpdate();
  }

  /** The contact changed (a quick edit): the addresses offered may have too. */
  refresh(context: ConversationContext): void {
    this.context = context;
    if (this.channel && !this.availability.some((e) => e.channel === this.channel && e.available)) {
      this.channel = this.availability.find((e) => e.available)?.channel;
    }
    this.chooseOutbound();
    this.host.requestUpdate();
  }

  /** Keeps a draft with content for when the person comes back to this conversation. */
  keep(): void {
    const id = this.context?.conversation.id;
    if (!id) return;
    if (draftHasContent(this.draft)) draftStore.set(id, { draft: this.draft, idempotencyKey: this.sender.idempotencyKey });
    else draftStore.delete(id);
  }

  patch(patch: Partial<ComposerDraft>): void {
    this.draft = { ...this.draft, ...patch };
    this.host.requestUpdate();
  }

  setChannel(channel: SendableChannel): void {
    this.channel = channel;
    const messageType = messageTypeForChannel(channel);
    if (messageType && messageType !== this.draft.messageType) this.draft = { ...this.draft, messageType, templateId: undefined };
    this.chooseOutbound();
    this.host.requestUpdate();
  }

  setFrom(value: string): void {
    this.from = value;
    this.host.requestUpdate();
  }

  setTo(value: string): void {
    this.to = value;
    this.host.requestUpdate();
  }

  private chooseOutbound(): void {
    if (!this.session || !this.context) return;
    ({ from: this.from, to: this.to } = outboundChoice(this.session, this.context, this.channel, { from: this.from, to: this.to }));
  }

  /** Sends the draft once; a second press while in flight shares the first send. */
  async send(backend: RapportAdapter): Promise<SendResult | undefined> {
    const { session, context, channel } = this;
    if (!session || !context || !channel) return undefined;
    const built = buildMessageDraft({
      conversationId: context.conversation.id, channel, composer: this.draft,
      values: composerOptions(session, context).values, from: this.from, to: this.to,
    });
    if (built.kind !== 'ready') return built;
    const attempt = this.sender.send(backend, built.draft);
    this.host.requestUpdate();
    const outcome = await attempt;
    this.host.requestUpdate();
    if (!outcome.ok) return { kind: 'failed', outcome };
    if (this.context?.conversation.id === context.conversation.id) {
      draftStore.delete(context.conversation.id);
      this.draft = emptyDraft(this.draft.messageType, this.draft.subject);
      this.sender = new SendOnce();
    }
    return { kind: 'sent', message: outcome.message };
  }
}
