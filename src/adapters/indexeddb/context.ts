import type { Account, AttachmentLimits, Staff } from '../../domain/index.js';
import type { RapportChange } from '../adapter.js';
import { RapportError } from '../errors.js';
import { staffMember, type Deliver } from '../rules/index.js';
import type { IdKind } from '../memory/index.js';
import { wordsOfTerms } from './index-keys.js';
import type { StoreName, Tx } from './schema.js';
import type { WordCache } from './word-cache.js';

const TERMS_STAMP = 'terms-stamp';

/** Where each kind of new id must be unique. */
const ID_STORES: Record<IdKind, StoreName | undefined> = {
  contact: 'contacts', conversation: 'conversations', message: 'messages', note: 'notes', template: 'templates',
  attachment: 'attachments', change: undefined,
};

/** What every area works with: one transaction, the acting user, and the store's settings. */
export type Settings = {
  account: Account;
  staff: ReadonlyMap<string, Staff>;
  now: () => Date;
  deliver: Deliver;
  idSource?: (kind: IdKind) => string;
  attachmentLimits: Partial<AttachmentLimits>;
  /** This connection's lists of `by-term` words by prefix. */
  words: WordCache;
  /** Words this connection knows the `words` store lists (none is ever taken out), so it never writes them again. */
  listedWords: Set<string>;
};

/**
 * One call's view of the database: its transaction, who acts, and the changes
 * to announce once (and only if) the transaction commits. Counters are read
 * once and written back at the end, inside the same transaction.
 */
export class Ctx {
  readonly changes: RapportChange[] = [];
  /** Set when a write may have changed which scheduled message is due next. */
  scheduleTouched = false;
  private readonly counters = new Map<string, number>();
  private stamp?: Promise<number>;
  /** Words filed in `by-term` by this transaction that `words` may not list yet. */
  private readonly newWords = new Set<string>();
  /** The terms stamp before and after this transaction added its words. */
  private stampMove?: { from: number; to: number };

  constructor(readonly tx: Tx, readonly user: Staff, readonly settings: Settings) {}

  get account(): Account {
    return this.settings.account;
  }

  now(): Date {
    return this.settings.now();
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  emit(change: RapportChange): void {
    this.changes.push(change);
  }

  staffMember(id: string, field: string): Staff {
    return staffMember(this.settings.staff, id, field);
  }

  /** A new id: from the id source (checked unused), or the next of a per-kind counter kept in the database. */
  async newId(kind: IdKind): Promise<string> {
    const { idSource } = this.settings;
    if (!idSource) return `${kind}-${await this.bump(`counter:${kind}`)}`;
    const id = idSource(kind);
    const store = ID_STORES[kind];
    if (store && (await this.tx.objectStore(store).getKey(id as never)) !== undefined) {
      throw RapportError.unavailable(`The id source gave ${id}, which is already in use`);
    }
    return id;
  }

  /** `count` new ids of one kind from the counter, taken in one step; only without an id source. */
  async counterIds(kind: IdKind, count: number): Promise<string[]> {
    const last = await this.bump(`counter:${kind}`, count);
    return Array.from({ length: count }, (_, n) => `${kind}-${last - count + n + 1}`);
  }

  /** The order the database takes records in, for ties at one time. */
  seq(): Promise<number> {
    return this.bump('seq');
  }

  /**
   * Notes the `by-term` keys of a contact row being written (`stored`: those of
   * the row it replaces): a word new to the `words` store is added to it at the
   * end, and the terms stamp moves on, so cached word lists lapse in every tab.
   */
  fileTerms(terms: readonly string[] | undefined, stored?: readonly string[]): void {
    // The words of a row already stored are listed: its write listed them. A new row (an import's) has none.
    const listed = stored && new Set(wordsOfTerms(stored));
    for (const word of wordsOfTerms(terms ?? [])) {
      if (!listed?.has(word) && !this.settings.listedWords.has(word)) this.newWords.add(word);
    }
  }

  /** Words read from the `words` store: listed for good. */
  heardWords(words: readonly string[]): void {
    for (const word of words) this.settings.listedWords.add(word);
  }

  /** After the commit: the words this transaction added are listed, and the stamp it moved on is known. */
  committed(): void {
    if (this.newWords.size === 0) return;
    const words = [...this.newWords];
    this.heardWords(words);
    if (this.stampMove) this.settings.words.added(this.stampMove.from, this.stampMove.to, words);
  }

  /** The terms stamp this transaction sees: word lists cached at another value may miss words. */
  termsStamp(): Promise<number> {
    this.stamp ??= this.tx.objectStore('meta').get(TERMS_STAMP).then((value) => (value as number | undefined) ?? 0);
    return this.stamp;
  }

  /** Writes the counters back; the transaction commits right after. */
  async finish(): Promise<void> {
    if (this.newWords.size > 0) {
      const words = this.tx.objectStore('words');
      for (const word of this.newWords) void words.put(true, word);
      const to = await this.bump(TERMS_STAMP);
      this.stampMove = { from: to - 1, to };
    }
    const meta = this.tx.objectStore('meta');
    for (const [key, value] of this.counters) await meta.put(value, key);
  }

  private async bump(key: string, by = 1): Promise<number> {
    let value = this.counters.get(key);
    if (value === undefined) value = ((await this.tx.objectStore('meta').get(key)) as number | undefined) ?? 0;
    this.counters.set(key, value + by);
    return value + by;
  }
}
