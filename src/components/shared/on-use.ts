import type { ReactiveController, ReactiveControllerHost } from 'lit';

type States<T> = { pending: () => unknown; error: () => unknown; complete: (part: T) => unknown };

/**
 * A part of an element that a person opens only sometimes (a dialog, a tab, the
 * batch mode) loads with `import()` the first time it is asked for, so a page
 * does not pay for it up front. The host renders again once the part is here;
 * a load that failed (the network dropped) is tried again on the next ask.
 */
export class OnUse<T> implements ReactiveController {
  /** The loaded module, once here. */
  part?: T;
  private loading?: Promise<T>;
  private failed = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly load: () => Promise<T>) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts the load unless it is done or under way; resolves with the module. */
  ensure(): Promise<T> {
    this.loading ??= this.load().then(
      (part) => {
        this.part = part;
        this.failed = false;
        this.host.requestUpdate();
        return part;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.loading;
  }

  /** Loads again after a failure; the host renders the outcome. */
  retry(): void {
    this.ensure().catch(() => undefined);
  }

  /** Renders the part when it is here; asking for it starts the load. */
  render(states: States<T>): unknown {
    if (this.part) return states.complete(this.part);
    if (this.failed && !this.loading) return states.error();
    this.retry();
    return states.pending();
  }
}
