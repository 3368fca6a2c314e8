import type { Message, Staff } from '../../domain/index.js';
import type { RapportChange } from '../adapter.js';
import { RapportError } from '../errors.js';
import { defaultDeliver } from '../rules/index.js';
import { EMPTY_DATA, type MemoryStoreOptions } from '../memory/store.js';
import { Ctx, type Settings } from './context.js';
import { toRapportError } from './failures.js';
import { openDatabase } from './open.js';
import { STORES, type Db, type Tx } from './schema.js';
import { seedOnce } from './seed.js';
import { WordCache } from './word-cache.js';

/** The same data, clock, delivery, ids and limits a MemoryAdapter takes, and where to keep them. */
export type DatabaseOptions = MemoryStoreOptions & {
  /** The IndexedDB to use; `globalThis.indexedDB` when absent. Pass `undefined` explicitly to act as a browser without one. */
  indexedDB?: IDBFactory;
  /** How long an upgrade waits for other tabs to close the database before failing; 3 seconds when absent. */
  blockedTimeoutMs?: number;
};

type Opened = { db: Db; settings: Settings };

/**
 * One database as every view of it (`withUser`) shares it: the connection
 * (opened on first use, reopened once when lost), the seed step, the
 * listeners and the BroadcastChannel that carries changes to other tabs.
 */
export class IdbDatabase {
  /** Sends by `user NUL idempotency key` in flight in this tab, so two at once share one. */
  readonly sends = new Map<string, { draft: unknown; result: Promise<Message> }>();
  readonly retries = new Map<string, Promise<Message>>();
  /** When the next scheduled message is due (ms), as far as this tab knows. */
  nextDue: number | undefined;
  readonly ticking: boolean;
  private opened?: Promise<Opened>;
  private readonly factory: IDBFactory | undefined;
  private readonly listeners = new Set<(change: RapportChange) => void>();
  private readonly channel?: BroadcastChannel;
  private schedulerTimer?: ReturnType<typeof setTimeout>;
  private closed = false;
  /** Called when a scheduled message falls due on a ticking clock. */
  onDue?: () => void;

  constructor(readonly name: string, private readonly options: DatabaseOptions) {
    this.factory = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
    this.ticking = options.ticking ?? options.now === undefined;
    if (typeof BroadcastChannel === 'function') {
      this.channel = new BroadcastChannel(`rapport:${name}`);
      this.channel.onmessage = (event: MessageEvent<RapportChange[]>) => {
        for (const change of event.data) this.noteSchedule(change);
        this.deliver(event.data);
        this.arm();
      };
    }
  }

  now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  /** The staff and account, once the database is open and seeded. */
  async settings(): Promise<Settings> {
    return (await this.open()).settings;
  }

  /**
   * Runs `work` in one transaction over every store. The changes it emits reach
   * listeners and other tabs only after the transaction commits; when it fails,
   * the transaction is aborted and nothing it did is kept or announced.
   */
  async run<T>(mode: IDBTransactionMode, user: Staff, work: (ctx: Ctx) => Promise<T>): Promise<T> {
    const { tx, settings } = await this.transaction(mode);
    const ctx = new Ctx(tx, user, settings);
    let result: T;
    try {
      result = await work(ctx);
      if (mode === 'readwrite') {
        await ctx.finish();
        if (ctx.scheduleTouched) {
          const first = await tx.objectStore('messages').index('by-due').openKeyCursor();
          this.nextDue = first ? (first.key as number) : undefined;
        }
      }
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished: the abort is moot, the failure below is what matters.
      }
      await tx.done.catch(() => undefined);
      throw toRapportError(error, tx.error);
    }
    // A read's results are final once its requests succeeded: waiting for the commit only adds a turn to every search.
    if (mode === 'readonly') return result;
    try {
      await tx.done;
    } catch (error) {
      throw toRapportError(error, tx.error);
    }
    ctx.committed();
    this.publish(ctx.changes);
    return result;
  }

  subscribe(listener: (change: RapportChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the connection and the channel, and stops the scheduler; later calls fail with `unavailable`. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.schedulerTimer);
    this.channel?.close();
    const opened = this.opened;
    this.opened = undefined;
    const db = await opened?.catch(() => undefined);
    db?.db.close();
  }

  /** On a ticking clock, wakes up when the next scheduled message is due. */
  arm(): void {
    clearTimeout(this.schedulerTimer);
    if (!this.ticking || this.closed || this.nextDue === undefined) return;
    const wait = Math.min(Math.max(0, this.nextDue - this.now().getTime()), 2 ** 31 - 1);
    this.schedulerTimer = setTimeout(() => this.onDue?.(), wait);
  }

  private publish(changes: RapportChange[]): void {
    if (changes.length === 0) return;
    this.deliver(changes);
    try {
      this.channel?.postMessage(changes);
    } catch (error) {
      globalThis.reportError?.(error);
    }
    this.arm();
  }

  private deliver(changes: readonly RapportChange[]): void {
    if (this.listeners.size === 0) return;
    for (const change of changes) {
      for (const listener of [...this.listeners]) {
        try {
          listener(structuredClone(change));
        } catch (error) {
          globalThis.reportError?.(error);
        }
      }
    }
  }

  /** A message scheduled in another tab may be due before anything this tab knows of. */
  private noteSchedule(change: RapportChange): void {
    if (change.type !== 'message' || change.message.status !== 'scheduled') return;
    const due = Date.parse(change.message.scheduledFor ?? change.message.occurredAt);
    this.nextDue = this.nextDue === undefined ? due : Math.min(this.nextDue, due);
  }

  /** A transaction on the open database; a connection found closed is reopened once, then reported. */
  private async transaction(mode: IDBTransactionMode) {
    for (let attempt = 0; ; attempt += 1) {
      const opened = await this.open();
      try {
        return { tx: opened.db.transaction(STORES, mode) as unknown as Tx, settings: opened.settings };
      } catch (error) {
        if (this.opened) this.forget();
        if (attempt > 0 || (error as DOMException)?.name !== 'InvalidStateError') {
          throw RapportError.unavailable('The connection to the browser storage was lost and could not be restored; reload the page', error);
        }
      }
    }
  }

  private open(): Promise<Opened> {
    if (this.closed) return Promise.reject(RapportError.unavailable('This adapter was closed; open a new one to keep working'));
    this.opened ??= this.connect();
    const opened = this.opened;
    // A failed open is not remembered: the next call tries again.
    opened.catch(() => {
      if (this.opened === opened) this.opened = undefined;
    });
    return opened;
  }

  private forget(): void {
    const opened = this.opened;
    this.opened = undefined;
    void opened?.then(({ db }) => db.close(), () => undefined);
  }

  private async connect(): Promise<Opened> {
    const db = await openDatabase(this.name, {
      factory: this.factory,
      blockedTimeoutMs: this.options.blockedTimeoutMs ?? 3000,
      onLost: () => {
        if (this.opened) this.opened = undefined;
      },
    });
    try {
      const tx = db.transaction(STORES, 'readwrite') as unknown as Tx;
      const seeded = await seedOnce(tx, this.options.data ?? EMPTY_DATA);
      const first = await tx.objectStore('messages').index('by-due').openKeyCursor();
      this.nextDue = first ? (first.key as number) : undefined;
      await tx.done;
      const settings: Settings = {
        account: seeded.account, staff: new Map(seeded.staff.map((person) => [person.id, person])), now: () => this.now(),
        deliver: this.options.deliver ?? defaultDeliver, idSource: this.options.idSource,
        attachmentLimits: this.options.attachmentLimits ?? {}, words: new WordCache(), listedWords: new Set(),
      };
      this.arm();
      return { db, settings };
    } catch (error) {
      db.close();
      throw toRapportError(error);
    }
  }
}
