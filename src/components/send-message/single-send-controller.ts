import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RapportAdapter } from '../../adapters/adapter.js';
import type { SendableChannel } from '../../domain/channels.js';
import type { Message } from '../../domain/index.js';
import type { WildcardValues } from '../../domain/wildcards.js';
import { RpMessageScheduledEvent, RpMessageSentEvent } from '../../events/send-message.js';
import type { Formatters } from '../../i18n/format.js';
import { format, type Strings } from '../../i18n/strings.js';
import { buildMessageDraft } from './build-draft.js';
import { draftHasContent, type ComposerDraft } from './composer-draft.js';
import { draftStore } from './draft-store.js';
import type { ScheduleState } from './rp-schedule-picker.js';
import { SendOnce } from './send-once.js';

/** What the dialog holds at the moment Send is pressed. */
export interface SingleSendRequest {
  backend?: RapportAdapter;
  conversationId?: string;
  channel?: SendableChannel;
  composer: ComposerDraft;
  values: WildcardValues;
  schedule: ScheduleState;
  from?: string;
  to?: string;
}

/** A problem shown under the message; `retry` offers to send the same draft again. */
export type SendProblem = { text: string; retry: boolean };

/**
 * The single-send flow of the Send Message dialog, apart from its rendering:
 * send each draft once (with Retry on the same key), ask for a fallback when
 * wildcards have no value, and refuse a schedule without a time.
 */
export class SingleSendController implements ReactiveController {
  /** The last refusal or failure, shown as words the person can act on. */
  problem?: SendProblem;
  /** Wildcard tokens with no value for this record, while the fallback question shows. */
  missing?: string[];
  /** What the person typed to put in place of missing values. */
  fallback = '';
  /** The fallback the person chose to send with; cleared when the text changes. */
  private fallbackChosen?: string;
  private sender = new SendOnce();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      words: () => Strings['sendMessage'];
      describeError: (error: unknown) => string;
      /** Called as soon as the message was sent or scheduled. */
      onSent: (message: Message) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True while a send is in flight; a second Send then joins it. */
  get busy(): boolean {
    return this.sender.busy;
  }

  /** Starts over for a conversation: its kept draft under its kept key, or a fresh key, and no problem shown. */
  restore(conversationId: string): ComposerDraft | undefined {
    const kept = draftStore.get(conversationId);
    this.sender = new SendOnce(kept?.idempotencyKey);
    this.problem = this.missing = undefined;
    this.host.requestUpdate();
    return kept?.draft;
  }

  /** Keeps a draft with text in it under this send's key, so reopening and sending cannot make two messages. */
  keep(conversationId: string, draft: ComposerDraft): void {
    if (draftHasContent(draft)) draftStore.set(conversationId, { draft, idempotencyKey: this.sender.idempotencyKey });
  }

  /** Throws away a conversation's kept draft: it was discarded or sent. */
  forget(conversationId: string): void {
    draftStore.delete(conversationId);
  }

  /** The body or subject changed, so a fallback chosen for the old text no longer holds. */
  contentChanged(): void {
    this.fallbackChosen = undefined;
  }

  setFallback(value: string): void {
    this.fallback = value;
    this.host.requestUpdate();
  }

  /** Leaves the fallback question to edit the message instead. */
  dismissMissing(): void {
    this.missing = undefined;
    this.host.requestUpdate();
  }

  /** Sends the draft once, or shows why it cannot go yet. */
  async send(request: SingleSendRequest, withFallback?: string): Promise<void> {
    const words = this.options.words();
    const { backend, conversationId, channel, schedule } = request;
    if (this.sender.busy || !channel || !conversationId || !backend) return;
    if (withFallback !== undefined) this.fallbackChosen = withFallback;
    if (schedule.active && !schedule.instant) {
      this.problem = { text: schedule.problem ?? words.scheduleNeeded, retry: false };
      this.host.requestUpdate();
      return;
    }
    const built = buildMessageDraft({
      conversationId, channel, composer: request.composer, values: request.values,
      fallback: this.fallbackChosen, scheduledFor: schedule.instant, from: request.from, to: request.to,
    });
    this.missing = built.kind === 'missing' ? built.missing : undefined;
    if (built.kind === 'missing') this.fallback ||= words.fallbackDefault;
    if (built.kind === 'empty') this.problem = { text: words.emptyMessage, retry: false };
    this.host.requestUpdate();
    if (built.kind !== 'ready') return;
    this.problem = undefined;
    const attempt = this.sender.send(backend, built.draft);
    this.host.requestUpdate();
    const outcome = await attempt;
    if (!outcome.ok) {
      const detail = typeof outcome.error === 'string' ? outcome.error : this.options.describeError(outcome.error);
      this.problem = { text: format(words.failed, { detail }), retry: true };
      this.host.requestUpdate();
      return;
    }
    this.options.onSent(outcome.message);
  }
}

/** What a screen reader hears and which event fires once a message went: scheduled for later, or sent now. */
export function sentOutcome(message: Message, channel: SendableChannel, words: Strings['sendMessage'], formatters: Formatters) {
  if (message.status === 'scheduled' && message.scheduledFor) {
    const when = formatters.fullDateTime.format(new Date(message.scheduledFor));
    return { announcement: format(words.scheduled, { when }), event: new RpMessageScheduledEvent({ message }) };
  }
  return { announcement: format(words.sent, { channel: words.channels[channel] }), event: new RpMessageSentEvent({ message }) };
}
