import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  Attachment, AttachmentPurpose, ChangeLogEntry, Contact, Conversation, Message, MessageDraft, Note, PageVisit,
  Staff, Template,
} from '../../domain/index.js';
import { contactSearchKeys, contactSearchTerms } from '../rules/index.js';
import {
  contactPairTerms, contactTerms, contactTimes, mailTerms, wordsOfTerms, type TimeKey,
} from './index-keys.js';

/**
 * The rows the database keeps. Each wraps a wire-shape record with the keys its
 * indexes read, so a record leaves the database exactly as it went in.
 */
export type ContactRow = {
  id: string;
  contact: Contact;
  /** `contactNameKey`: last name, then first name, normalised. */
  name: string;
  /** Version 5: `contactTimes`, for the multi-entry `by-time` index. */
  times?: TimeKey[];
  /** Versions 1–4 only: the creation time; version 5 files it in `times`. */
  created?: number;
  /** Versions 1–4 only: the time of the last change; version 5 files it in `times`. */
  updated?: number;
  /** Version 2 only: `searchKeys` of the contact; version 3 reads `terms` instead. */
  search?: string[];
  /** Version 3: `contactTerms` of the contact, for the multi-entry `by-term` index; from version 5 with `mailTerms` too. */
  terms?: string[];
  /** Version 4: `contactPairTerms`, only on contacts with two or more name words filed in `by-term`. */
  pairs?: string[];
  /** Version 4 only: the contact's email addresses, normalised, for the multi-entry `by-email` index; absent with none. */
  mails?: string[];
  /**
   * The creation entry of the change log, until the first change: its id and
   * actor (its time is `createdAt`, its changes are the contact as it still
   * is). An import then writes one small record per contact.
   */
  creation?: { id: string; actorId: string };
};
export type ConversationRow = { id: string; conversation: Conversation; contactId: string; /** minus the last message time */ last: number };
/** `t` is the message time, `s` the order the database took it in (ties at one time keep that order). */
export type MessageRow = { id: string; message: Message; conversationId: string; t: number; s: number; /** when scheduled */ due?: number };
export type NoteRow = { id: string; note: Note; contactId: string; s: number };
export type ChangeRow = { contactId: string; s: number; entry: ChangeLogEntry };
export type AttachmentRow = { id: string; attachment: Attachment; purpose: AttachmentPurpose; blob: Blob };
/** An idempotency key, by `user NUL key`: the draft it was used for and the message it made. */
export type SendRow = { key: string; draft: MessageDraft; messageId: string };

export interface RapportDB extends DBSchema {
  meta: { key: string; value: unknown };
  staff: { key: string; value: Staff };
  contacts: {
    key: string;
    value: ContactRow;
    indexes: {
      'by-name': [string, string]; 'by-created': [number, string]; 'by-updated': [number, string]; 'by-search': string; 'by-term': string; 'by-pair': string; 'by-email': string;
      'by-time': TimeKey;
    };
  };
  conversations: { key: string; value: ConversationRow; indexes: { 'by-last': [number, string]; 'by-contact': string } };
  messages: { key: string; value: MessageRow; indexes: { 'by-conversation': [string, number, number]; 'by-due': number } };
  notes: { key: string; value: NoteRow; indexes: { 'by-contact': string } };
  changes: { key: [string, number]; value: ChangeRow };
  templates: { key: string; value: Template };
  pageVisits: { key: number; value: PageVisit; indexes: { 'by-contact': string } };
  attachments: { key: string; value: AttachmentRow };
  sends: { key: string; value: SendRow };
  /** Version 6: every word ever filed in `by-term` (see `wordsOfTerms`), so a prefix's words are one read. */
  words: { key: string; value: true };
}

export type StoreName = StoreNames<RapportDB>;
export const STORES: StoreName[] = [
  'meta', 'staff', 'contacts', 'conversations', 'messages', 'notes', 'changes', 'templates', 'pageVisits', 'attachments', 'sends',
  'words',
];
export type Db = IDBPDatabase<RapportDB>;
/** A call's transaction; typed as read-write so areas can write, and opened read-only for calls that only read. */
export type Tx = IDBPTransaction<RapportDB, StoreName[], 'readwrite'>;
type UpgradeTx = IDBPTransaction<RapportDB, StoreName[], 'versionchange'>;
/** A step that rewrites rows returns when it has, so the next step reads what it wrote. */
type Step = (db: Db, tx: UpgradeTx) => void | Promise<unknown>;

/** Version 1: every store, contacts sorted by name and dates, messages in conversation order; no search index yet. */
const version1: Step = (db) => {
  db.createObjectStore('meta');
  db.createObjectStore('staff', { keyPath: 'id' });
  const contacts = db.createObjectStore('contacts', { keyPath: 'id' });
  contacts.createIndex('by-name', ['name', 'id']);
  contacts.createIndex('by-created', ['created', 'id']);
  contacts.createIndex('by-updated', ['updated', 'id']);
  const conversations = db.createObjectStore('conversations', { keyPath: 'id' });
  conversations.createIndex('by-last', ['last', 'id']);
  conversations.createIndex('by-contact', 'contactId');
  const messages = db.createObjectStore('messages', { keyPath: 'id' });
  messages.createIndex('by-conversation', ['conversationId', 't', 's']);
  // Sparse: only scheduled messages have `due`, so finding what is due never reads the rest.
  messages.createIndex('by-due', 'due');
  db.createObjectStore('notes', { keyPath: 'id' }).createIndex('by-contact', 'contactId');
  db.createObjectStore('changes', { keyPath: ['contactId', 's'] });
  db.createObjectStore('templates', { keyPath: 'id' });
  db.createObjectStore('pageVisits', { autoIncrement: true }).createIndex('by-contact', 'contactId');
  db.createObjectStore('attachments', { keyPath: 'id' });
  db.createObjectStore('sends', { keyPath: 'key' });
};

/** Version 2: contact search by name word or email prefix through a multi-entry index; fills it for stored contacts. */
const version2: Step = (_db, tx) => {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('by-search', 'search', { multiEntry: true });
  return eachContactRow(tx, (row) => ({ ...row, search: contactSearchKeys(row.contact) }));
};

/**
 * Version 3: the search index keeps contacts in name order within each word, so
 * a first page is a short merge of a few runs (see `contactTerms`); replaces
 * version 2's `by-search` and fills `terms` for stored contacts.
 */
const version3: Step = (_db, tx) => {
  const contacts = tx.objectStore('contacts');
  contacts.deleteIndex('by-search');
  contacts.createIndex('by-term', 'terms', { multiEntry: true });
  return eachContactRow(tx, ({ search: _search, ...row }) => ({ ...row, terms: contactTerms(row.contact) }));
};

/**
 * Version 4: a sparse `by-pair` index over the few contacts whose name has two
 * or more words filed in `by-term` (see `contactPairTerms`), so a search of
 * several words finds them without reading a whole word's run, and `by-email`
 * over whole addresses, so text like "first.last" finds its addresses
 * directly; fills `pairs` and `mails` for the stored contacts that have them.
 */
const version4: Step = (_db, tx) => {
  const contacts = tx.objectStore('contacts');
  contacts.createIndex('by-pair', 'pairs', { multiEntry: true });
  contacts.createIndex('by-email', 'mails', { multiEntry: true });
  return eachContactRow(tx, (row) => {
    const pairs = contactPairTerms(row.contact, row.name);
    const mails = contactSearchTerms(row.contact).emails;
    if (pairs.length === 0 && mails.length === 0) return undefined;
    return { ...row, ...(pairs.length > 0 ? { pairs } : {}), ...(mails.length > 0 ? { mails } : {}) };
  });
};

/**
 * Version 5: fewer index entries per contact, so an import writes less. One
 * multi-entry `by-time` index serves both date sorts (see `contactTimes`): a
 * contact never changed since its creation files one entry where
 * `by-created` and `by-updated` filed two. Addresses move from `by-email`
 * into `by-term` (see `mailTerms`), one index fewer. Rewrites every stored
 * contact that way.
 */
const version5: Step = (_db, tx) => {
  const contacts = tx.objectStore('contacts');
  for (const name of ['by-created', 'by-updated', 'by-email'] as const) contacts.deleteIndex(name);
  contacts.createIndex('by-time', 'times', { multiEntry: true });
  return eachContactRow(tx, ({ created: _created, updated: _updated, mails: _mails, ...row }) => {
    const terms = [...(row.terms ?? []), ...mailTerms(contactSearchTerms(row.contact).emails)];
    return { ...row, times: contactTimes(row.contact), terms };
  });
};

/**
 * Version 6: the `words` store, each word filed in `by-term` once, so the
 * words a search prefix starts are one read of a key range, where listing
 * them from `by-term` took one cursor step a word (15 for "e", about 1 ms
 * each). Filled from the `terms` every stored row keeps, read a thousand rows
 * at a time: a cursor skipping from word to word would cost that 1 ms a word
 * here too, half a minute for 20,000 distinct words.
 */
const version6: Step = (db, tx) => {
  db.createObjectStore('words');
  const words = tx.objectStore('words');
  const listed = new Set<string>();
  return eachContactRow(tx, (row) => {
    for (const word of wordsOfTerms(row.terms ?? [])) {
      if (listed.has(word)) continue;
      listed.add(word);
      void words.put(true, word);
    }
    return undefined;
  });
};

/** Rows an upgrade step reads per request. */
const UPGRADE_READ = 1000;

/**
 * Calls `rewrite` on every stored contact row and puts back what it returns
 * (nothing: the row stays as it is). Rows are read a thousand at a time and
 * the writes are not waited for one by one: a cursor stepping row by row took
 * one round trip each, over two minutes for 20,000 contacts across the steps
 * from version 1. Each read asks for the rows after the last one read, so a
 * row is never read after it was rewritten. Requests chained on the upgrade
 * transaction keep it open until the last row is done.
 */
function eachContactRow(tx: UpgradeTx, rewrite: (row: ContactRow) => ContactRow | undefined): Promise<unknown> {
  const contacts = tx.objectStore('contacts');
  const step = (rows: ContactRow[]): unknown => {
    for (const row of rows) {
      const rewritten = rewrite(row);
      if (rewritten) void contacts.put(rewritten);
    }
    if (rows.length < UPGRADE_READ) return undefined;
    return contacts.getAll(IDBKeyRange.lowerBound(rows.at(-1)!.id, true), UPGRADE_READ).then(step);
  };
  return contacts.getAll(undefined, UPGRADE_READ).then(step);
}

/** One step per version, in order: `STEPS[n]` takes a database from version n to n + 1. */
export const STEPS: readonly Step[] = [version1, version2, version3, version4, version5, version6];
export const DB_VERSION = STEPS.length;

export function upgrade(db: Db, oldVersion: number, newVersion: number | null, tx: UpgradeTx): void {
  void runSteps(db, tx, oldVersion, newVersion ?? DB_VERSION);
}

/**
 * Runs the steps from version `from` to `to` one after another: each starts
 * once the previous one's requests are done (the transaction stays open
 * meanwhile), so no step overwrites a row with a copy read before another
 * step rewrote it.
 */
export async function runSteps(db: Db, tx: UpgradeTx, from: number, to: number): Promise<void> {
  for (let version = from; version < to; version += 1) await STEPS[version]!(db, tx);
}
