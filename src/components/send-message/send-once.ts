import type { RapportAdapter } from '../../adapters/adapter.js';
import { isRapportError } from '../../adapters/errors.js';
import type { Message, MessageDraft } from '../../domain/index.js';

export type SendOutcome = { ok: true; message: Message } | { ok: false; error: unknown; message?: Message };

/**
 * Sends one draft at most once. One idempotency key lives as long as the
 * draft: a second click or Enter while a send is in flight gets the same
 * promise, and Retry after a failure or timeout repeats the same key, so the
 * backend can never make two messages of it.
 */
export class SendOnce {
  private inFlight?: Promise<SendOutcome>;
  private lastDraft?: string;
  private outcomeUnknown = false;
  /** The message a failed delivery left behind, which Retry sends again in place. */
  private failedMessage?: Message;

  constructor(public idempotencyKey: string = crypto.randomUUID()) {}

  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  send(backend: RapportAdapter, draft: MessageDraft): Promise<SendOutcome> {
    if (this.inFlight) return this.inFlight;
    const content = JSON.stringify(draft);
    // A changed draft after a refusal is a new send; after an unknown outcome the old key stays,
    // so a first attempt that did land is answered by the backend instead of doubled.
    if (this.lastDraft !== undefined && this.lastDraft !== content && !this.outcomeUnknown) {
      this.idempotencyKey = crypto.randomUUID();
      this.failedMessage = undefined;
    }
    this.lastDraft = content;
    const failed = this.failedMessage;
    const attempt = failed ? backend.retryMessage(failed.id) : backend.sendMessage(draft, { idempotencyKey: this.idempotencyKey });
    return this.track(attempt);
  }

  private track(attempt: Promise<Message>): Promise<SendOutcome> {
    this.inFlight = attempt.then(
      (message): SendOutcome => {
        if (message.status === 'failed') {
          this.failedMessage = message;
          this.outcomeUnknown = false;
          return { ok: false, error: message.error, message };
        }
        return { ok: true, message };
      },
      (error: unknown): SendOutcome => {
        this.outcomeUnknown = !isRapportError(error) || error.code === 'unavailable';
        return { ok: false, error };
      },
    ).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }
}
