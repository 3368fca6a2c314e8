import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  Attachment, AttachmentPurpose, ChangeLogEntry, Contact, Conversation, Message, MessageDraft, Note, PageVisit,
  Staff, Template,
} from '../../domain/index.js';
import { contactSearchTerms, searchKeys } from '../rules/index.js';

/**
 * The rows the database keeps. Each wraps a wire-shape record with the keys its
 * indexes read, so a record leaves the database exactly as it went in.
 */
export type ContactRow = {
  id: string;
  contact: Contact;
  /** `contactNameKey`: last name, then first name, normalised. */
  name: string;
  created: number;
  updated: number;
  /** Version 2: `searchKeys` of the contact (name words and whole emails), for a multi-entry prefix index. */
  search?: string[];
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
      'by-name': [string, string]; 'by-created': [number, string]; 'by-updated': [number, string]; 'by-search': string;
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
}

export type StoreName = StoreNames<RapportDB>;
export const STORES: StoreName[] = [
  'meta', 'staff', 'contacts', 'conversations', 'messages', 'notes', 'changes', 'templates', 'pageVisits', 'attachments', 'sends',
];
export type Db = IDBPDatabase<RapportDB>;
/** A call's transaction; typed as read-write so areas can write, and opened read-only for calls that only read. */
export type Tx = IDBPTransaction<RapportDB, StoreName[], 'readwrite'>;
type UpgradeTx = IDBPTransaction<RapportDB, StoreName[], 'versionchange'>;
type Step = (db: Db, tx: UpgradeTx) => void;

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
  // Requests chained on the upgrade transaction keep it open until the last row is rewritten.
  const step = (cursor: Awaited<ReturnType<typeof contacts.openCursor>>): unknown => {
    if (!cursor) return undefined;
    void cursor.update({ ...cursor.value, search: contactSearchKeys(cursor.value.contact) });
    return cursor.continue().then(step);
  };
  void contacts.openCursor().then(step);
};

/** One step per version, in order: `STEPS[n]` takes a database from version n to n + 1. */
export const STEPS: readonly Step[] = [version1, version2];
export const DB_VERSION = STEPS.length;

export function upgrade(db: Db, oldVersion: number, newVersion: number | null, tx: UpgradeTx): void {
  for (let version = oldVersion; version < (newVersion ?? DB_VERSION); version += 1) STEPS[version]!(db, tx);
}

export function contactSearchKeys(contact: Contact): string[] {
  return searchKeys(contactSearchTerms(contact));
}
