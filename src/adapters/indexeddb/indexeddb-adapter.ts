import { deleteDB } from 'idb';
import type {
  Activity, Attachment, AttachmentPurpose, ChangeLogEntry, Channel, Contact, ContactInput, ContactPatch, Conversation,
  ExternalCommunicationInput, Message, MessageDraft, MessageType, Note, Page, Session, Staff, StartConversationInput,
  Template, TemplateInput,
} from '../../domain/index.js';
import { ATTACHMENT_PURPOSES, CHANNELS } from '../../domain/index.js';
import type {
  ImportResult, ListContactsQuery, ListConversationsQuery, RapportAdapter, RapportChange, UploadFile,
} from '../adapter.js';
import { RapportError } from '../errors.js';
import { DEMO_REFERENCE_DATE, demoData, type InboundMessageInput } from '../memory/index.js';
import { buildActivity, checkUpload, invalid, sameDraft } from '../rules/index.js';
import { storeAttachment } from './attachments.js';
import { contactList, contacts, conversations, messages, notes } from './areas.js';
import type { Ctx } from './context.js';
import { IdbDatabase, type DatabaseOptions } from './database.js';
import { importContacts } from './import.js';

export type IndexedDbAdapterOptions = DatabaseOptions & {
  /** The acting staff member; the first admin (else the first staff member) when absent. */
  userId?: string;
  /** Milliseconds every call waits before answering, to show loading states. */
  latencyMs?: number;
  /** From 0 to 1: the share of calls that fail with `unavailable` (before changing anything). */
  failureRate?: number;
  /** The random source for `failureRate`. */
  random?: () => number;
};

export type IndexedDbDemoOptions = Omit<IndexedDbAdapterOptions, 'data'> & { referenceDate?: Date };

/**
 * The persistent adapter: the same contract and rules as MemoryAdapter, kept
 * in the browser's IndexedDB so data survives a reload. Changes reach
 * `subscribe` listeners in every tab open on the same database.
 */
export class IndexedDbAdapter implements RapportAdapter {
  /** An adapter over `name`, seeded with the demo data set the first time that database is opened. */
  static demo(name: string, options: IndexedDbDemoOptions = {}): IndexedDbAdapter {
    const { referenceDate = DEMO_REFERENCE_DATE, ...rest } = options;
    const startedAt = Date.now();
    const now = rest.now ?? (() => new Date(referenceDate.getTime() + (Date.now() - startedAt)));
    return new IndexedDbAdapter(name, { ...rest, now, ticking: rest.ticking ?? rest.now === undefined, data: demoData(referenceDate) });
  }

  /** Deletes a database and everything in it; open adapters on it let go when asked. */
  static deleteDatabase(name: string): Promise<void> {
    return deleteDB(name);
  }

  private readonly db: IdbDatabase;
  private readonly options: IndexedDbAdapterOptions;

  constructor(name: string, options: IndexedDbAdapterOptions = {}, /** @internal a view made by `withUser` */ shared?: IdbDatabase) {
    if (typeof name !== 'string' || name === '') invalid('databaseName', 'Name the database to keep the data in');
    this.options = options;
    this.db = shared ?? new IdbDatabase(name, options);
    if (!shared) this.db.onDue = () => void this.flushScheduled().catch((error) => globalThis.reportError?.(error));
  }

  /** The database's name. */
  get databaseName(): string {
    return this.db.name;
  }

  /** Another adapter over the same database, acting as another staff member. */
  withUser(staffId: string): IndexedDbAdapter {
    const { latencyMs, failureRate, random } = this.options;
    return new IndexedDbAdapter(this.db.name, { userId: staffId, latencyMs, failureRate, random }, this.db);
  }

  /** Closes the connection (every `withUser` view shares it); later calls fail with `unavailable`. */
  close(): Promise<void> {
    return this.db.close();
  }

  /** Sends every scheduled message whose time has passed (calls do this too); gives what went out. */
  async flushScheduled(): Promise<Message[]> {
    return this.db.run('readwrite', await this.user(), messages.flushScheduled);
  }

  /** Simulates the contact writing in (an inbound message that counts as unread), for demos and tests. */
  receiveMessage(input: InboundMessageInput): Promise<Message> {
    return this.write((ctx) => messages.receiveMessage(ctx, input));
  }

  async getSession(): Promise<Session> {
    await this.prelude();
    return { user: structuredClone(await this.user()), account: structuredClone((await this.db.settings()).account) };
  }
  async listStaff(): Promise<Staff[]> {
    await this.prelude();
    return structuredClone([...(await this.db.settings()).staff.values()]);
  }

  listContacts(query?: ListContactsQuery): Promise<Page<Contact>> {
    return this.read((ctx) => contactList.listContacts(ctx, query));
  }
  getContact(id: string): Promise<Contact> {
    return this.read((ctx) => contacts.getContact(ctx, id));
  }
  createContact(input: ContactInput): Promise<Contact> {
    return this.write((ctx) => contacts.createContact(ctx, input));
  }
  updateContact(id: string, patch: ContactPatch, options: { version: number }): Promise<Contact> {
    return this.write((ctx) => contacts.updateContact(ctx, id, patch, options));
  }
  deleteContact(id: string): Promise<void> {
    return this.write((ctx) => contacts.deleteContact(ctx, id));
  }
  shareContact(id: string, staffIds: string[]): Promise<Contact> {
    return this.write((ctx) => contacts.shareContact(ctx, id, staffIds));
  }
  transferContact(id: string, staffId: string): Promise<Contact> {
    return this.write((ctx) => contacts.transferContact(ctx, id, staffId));
  }
  async importContacts(inputs: ContactInput[]): Promise<ImportResult> {
    await this.prelude();
    return importContacts(this.db, await this.user(), inputs);
  }
  getChangeLog(id: string, options?: { limit?: number }): Promise<ChangeLogEntry[]> {
    return this.read((ctx) => contacts.getChangeLog(ctx, id, options));
  }
  getActivity(contactId: string): Promise<Activity> {
    return this.read(async (ctx) => {
      await contacts.visibleRow(ctx, contactId);
      const theirs = (await ctx.tx.objectStore('conversations').index('by-contact').getAll(contactId)).map((row) => row.conversation);
      const timeline = ctx.tx.objectStore('messages').index('by-conversation');
      const own = await Promise.all(theirs.map((conversation) =>
        timeline.getAll(IDBKeyRange.bound([conversation.id, -Infinity, -Infinity], [conversation.id, Infinity, Infinity]))));
      return buildActivity({
        conversations: theirs,
        messages: own.flat().map((row) => row.message),
        pageVisits: await ctx.tx.objectStore('pageVisits').index('by-contact').getAll(contactId),
        now: ctx.now(),
      });
    });
  }

  listNotes(contactId: string): Promise<Note[]> {
    return this.read((ctx) => notes.listNotes(ctx, contactId));
  }
  addNote(contactId: string, body: string): Promise<Note> {
    return this.write((ctx) => notes.addNote(ctx, contactId, body));
  }
  updateNote(id: string, body: string, options: { version: number }): Promise<Note> {
    return this.write((ctx) => notes.updateNote(ctx, id, body, options));
  }
  deleteNote(id: string): Promise<void> {
    return this.write((ctx) => notes.deleteNote(ctx, id));
  }

  listConversations(query?: ListConversationsQuery): Promise<Page<Conversation>> {
    return this.read((ctx) => conversations.listConversations(ctx, query));
  }
  getConversation(id: string): Promise<Conversation> {
    return this.read((ctx) => conversations.conversationById(ctx, id));
  }
  startConversation(input: StartConversationInput): Promise<Conversation> {
    return this.write((ctx) => conversations.startConversation(ctx, input));
  }
  markConversationRead(conversationId: string): Promise<Conversation> {
    return this.write((ctx) => conversations.markConversationRead(ctx, conversationId));
  }
  listMessages(conversationId: string, options?: { before?: string; limit?: number }): Promise<Page<Message>> {
    return this.read((ctx) => messages.listMessages(ctx, conversationId, options));
  }

  /**
   * Once per idempotency key: two calls in flight in this tab share one
   * promise, and the key is stored with the message, so a repeat after a
   * reload (or from another tab) gets the stored message.
   */
  sendMessage(draft: MessageDraft, options: { idempotencyKey: string }): Promise<Message> {
    const key = options?.idempotencyKey;
    if (typeof key !== 'string' || key.trim() === '') {
      return Promise.reject(RapportError.validation([{ field: 'idempotencyKey', message: 'A send needs an idempotency key' }]));
    }
    const inFlight = `${this.options.userId ?? ''}\u0000${key}`;
    const existing = this.db.sends.get(inFlight);
    if (existing) {
      if (!sameDraft(existing.draft as MessageDraft, draft)) {
        return Promise.reject(RapportError.conflict('This idempotency key was already used for a different message'));
      }
      return existing.result.then((message) => structuredClone(message));
    }
    const result = this.prelude().then(async () => {
      const user = await this.user();
      return this.db.run('readwrite', user, (ctx) => messages.sendOnce(ctx, `${user.id}\u0000${key}`, draft));
    });
    this.db.sends.set(inFlight, { draft: structuredClone(draft), result });
    // Settled sends are in the database; the in-flight entry only joins calls made at the same time.
    const settle = () => {
      if (this.db.sends.get(inFlight)?.result === result) this.db.sends.delete(inFlight);
    };
    result.then(settle, settle);
    return result.then((message) => structuredClone(message));
  }
  retryMessage(id: string): Promise<Message> {
    const inFlight = this.db.retries.get(id);
    if (inFlight) return inFlight.then((message) => structuredClone(message));
    const result = this.write((ctx) => messages.retryMessage(ctx, id));
    this.db.retries.set(id, result);
    const done = () => this.db.retries.delete(id);
    result.then(done, done);
    return result.then((message) => structuredClone(message));
  }
  cancelScheduledMessage(id: string): Promise<Message> {
    return this.write((ctx) => messages.cancelScheduledMessage(ctx, id));
  }
  logExternalCommunication(input: ExternalCommunicationInput): Promise<Message> {
    return this.write((ctx) => messages.logExternalCommunication(ctx, input));
  }

  listTemplates(query?: { messageType?: MessageType }): Promise<Template[]> {
    return this.read((ctx) => notes.listTemplates(ctx, query));
  }
  saveTemplate(input: TemplateInput): Promise<Template> {
    return this.write((ctx) => notes.saveTemplate(ctx, input));
  }
  deleteTemplate(id: string): Promise<void> {
    return this.write((ctx) => notes.deleteTemplate(ctx, id));
  }

  async uploadAttachment(file: UploadFile, options: { purpose: AttachmentPurpose; channel?: Channel }): Promise<Attachment> {
    await this.prelude();
    if (!ATTACHMENT_PURPOSES.includes(options?.purpose)) invalid('purpose', 'Must be call or message');
    if (options.channel !== undefined && !CHANNELS.includes(options.channel)) invalid('channel', 'Is not a channel');
    const { attachmentLimits } = await this.db.settings();
    // Reading the bytes waits on the file, so it happens before the transaction opens.
    const mimeType = await checkUpload(file, { purpose: options.purpose, channel: options.channel, limits: attachmentLimits });
    return this.db.run('readwrite', await this.user(), (ctx) => storeAttachment(ctx, file, options.purpose, mimeType));
  }

  subscribe(listener: (change: RapportChange) => void): () => void {
    return this.db.subscribe(listener);
  }

  private async user(): Promise<Staff> {
    const { staff } = await this.db.settings();
    const everyone = [...staff.values()];
    const id = this.options.userId ?? (everyone.find((person) => person.role === 'admin') ?? everyone[0]!).id;
    const user = staff.get(id);
    if (!user) throw RapportError.validation([{ field: 'userId', message: `No staff member has the id ${id}` }]);
    return user;
  }

  /** What every call does first, outside any transaction: the simulated wait and failure, then sending what is due. */
  private async prelude(): Promise<void> {
    const { latencyMs = 0, failureRate = 0, random = Math.random } = this.options;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (failureRate > 0 && random() < failureRate) {
      throw RapportError.unavailable('The service did not answer (simulated failure); try again');
    }
    await this.db.settings();
    const due = this.db.nextDue;
    if (due !== undefined && due <= this.db.now().getTime()) await this.flushScheduled();
  }

  private async read<T>(work: (ctx: Ctx) => Promise<T>): Promise<T> {
    await this.prelude();
    // Records read from the database are fresh copies already.
    return this.db.run('readonly', await this.user(), work);
  }

  private async write<T>(work: (ctx: Ctx) => Promise<T>): Promise<T> {
    await this.prelude();
    return structuredClone(await this.db.run('readwrite', await this.user(), work));
  }
}
