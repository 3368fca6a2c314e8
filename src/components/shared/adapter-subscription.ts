import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RapportAdapter, RapportChange } from '../../adapters/adapter.js';

/**
 * Keeps an element subscribed to the adapter in force — its own or the
 * provider's, whichever that is after each update — and unsubscribed while it
 * is out of the page, so live changes reach it without a leak.
 */
export class AdapterSubscription implements ReactiveController {
  private unsubscribe?: () => void;
  private subscribedTo?: RapportAdapter;

  constructor(
    host: ReactiveControllerHost,
    private readonly backend: () => RapportAdapter | undefined,
    private readonly onChange: (change: RapportChange) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdated(): void {
    this.follow();
  }

  /** Subscribes to the adapter now in force; true when that is a new one (a list then loads afresh). */
  follow(): boolean {
    const backend = this.backend();
    if (backend === this.subscribedTo) return false;
    this.unsubscribe?.();
    this.subscribedTo = backend;
    this.unsubscribe = backend?.subscribe(this.onChange);
    return true;
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = this.subscribedTo = undefined;
  }
}
