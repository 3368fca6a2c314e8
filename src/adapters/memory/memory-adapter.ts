import type {
  Activity, Attachment, AttachmentPurpose, ChangeLogEntry, Channel, Contact, ContactInput, ContactPatch, Conversation,
  ExternalCommunicationInput, Message, MessageDraft, MessageType, Note, Page, Session, Staff, StartConversationInput,
  Template, TemplateInput,
} from '../../domain/index.js';
import type {
  ImportResult, ListContactsQuery, ListConversationsQuery, RapportAdapter, RapportChange, UploadFile,
} from '../adapter.js';
import { RapportError } from '../errors.js';
import { buildActivity } from '../rules/index.js';
import { uploadAttachment } from './attachments.js';
import * as contacts from './contacts.js';
import * as conversations from './conversations.js';
import { DEMO_REFERENCE_DATE, demoData } from './demo-data.js';
import * as messages from './messages.js';
import * as notes from './notes.js';
import { clone, visibleContact, type Scope } from './scope.js';
import { MemoryStore, type MemoryStoreOptions } from './store.js';
import * as templates from './templates.js';
import { armScheduler, seededRandom } from './timing.js';

export type { MemoryData, IdKind } from './store.js';
export type { InboundMessageInput } from './messages.js';

export type MemoryAdapterOptions = MemoryStoreOptions & {
  /** The acting staff member; the first admin (else the first staff member) when absent. */
  userId?: string;
  /** Milliseconds every call waits before answering, to show loading states. */
  latencyMs?: number;
  /** From 0 to 1: the share of calls that fail with `unavailable` (before changing anything). */
  failureRate?: number;
  /** The random source for `failureRate`; a fixed-seed generator when absent, so runs repeat. */
  random?: () => number;
};

export type DemoOptions = Omit<MemoryAdapterOptions, 'data'> & {
  /** The moment the demo data is built around; a fixed date when absent, so every run shows the same. */
  referenceDate?: Date;
};

type Shared = { store: MemoryStore; latencyMs: number; failureRate: number; random: () => number };

/**
 * The reference adapter: everything in memory, deterministic (injectable clock
 * and id source), with optional latency and failures for stories. Read it to
 * learn what each method of `RapportAdapter` must do.
 */
export class MemoryAdapter implements RapportAdapter {
  /** An adapter over the realistic demo data set (`demoData`). */
  static demo(options: DemoOptions = {}): MemoryAdapter {
    const { referenceDate = DEMO_REFERENCE_DATE, ...rest } = options;
    const startedAt = Date.now();
    // The demo's clock starts at the reference date and then runs in real time.
    const now = rest.now ?? (() => new Date(referenceDate.getTime() + (Date.now() - startedAt)));
    return new MemoryAdapter({ ...rest, now, ticking: rest.ticking ?? rest.now === undefined, data: demoData(referenceDate) });
  }

  private readonly shared: Shared;
  private readonly userId: string;

  constructor(options: MemoryAdapterOptions = {}, /** @internal a view made by `withUser` */ shared?: Shared) {
    this.shared = shared ?? {
      store: new MemoryStore(options),
      latencyMs: options.latencyMs ?? 0,
      failureRate: options.failureRate ?? 0,
      random: options.random ?? seededRandom(1),
    };
    const staff = [...this.shared.store.staff.values()];
    this.userId = options.userId ?? (staff.find((person) => person.role === 'admin') ?? staff[0]!).id;
    if (!this.shared.store.staff.has(this.userId)) {
      throw RapportError.validation([{ field: 'userId', message: `No staff member has the id ${this.userId}` }]);
    }
    if (!shared) armScheduler(this.shared.store);
  }

  /** Another adapter over the same store, acting as another staff member (two agents at once). */
  withUser(staffId: string): MemoryAdapter {
    return new MemoryAdapter({ userId: staffId }, this.shared);
  }

  /** Sends every scheduled message whose time has passed (calls do this too); gives what went out. */
  flushScheduled(): Message[] {
    const sent = messages.flushScheduled(this.shared.store);
    armScheduler(this.shared.store);
    return sent;
  }

  /** Simulates the contact writing in (an inbound message that counts as unread), for demos and tests. */
  receiveMessage(input: messages.InboundMessageInput): Promise<Message> {
    return this.run((scope) => messages.receiveMessage(scope, input));
  }

  /** Stops the timer that sends scheduled messages on a ticking clock. */
  dispose(): void {
    clearTimeout(this.shared.store.schedulerTimer);
    this.shared.store.schedulerTimer = undefined;
  }

  getSession(): Promise<Session> {
    return this.run(({ store, user }) => clone({ user, account: store.account }));
  }
  listStaff(): Promise<Staff[]> {
    return this.run(({ store }) => clone([...store.staff.values()]));
  }

  listContacts(query?: ListContactsQuery): Promise<Page<Contact>> {
    return this.run((scope) => contacts.listContacts(scope, query));
  }
  getContact(id: string): Promise<Contact> {
    return this.run((scope) => contacts.getContact(scope, id));
  }
  createContact(input: ContactInput): Promise<Contact> {
    return this.run((scope) => contacts.createContact(scope, input));
  }
  updateContact(id: string, patch: ContactPatch, options: { version: number }): Promise<Contact> {
    return this.run((scope) => contacts.updateContact(scope, id, patch, options));
  }
  deleteContact(id: string): Promise<void> {
    return this.run((scope) => contacts.deleteContact(scope, id));
  }
  shareContact(id: string, staffIds: string[]): Promise<Contact> {
    return this.run((scope) => contacts.shareContact(scope, id, staffIds));
  }
  transferContact(id: string, staffId: string): Promise<Contact> {
    return this.run((scope) => contacts.transferContact(scope, id, staffId));
  }
  importContacts(inputs: ContactInput[]): Promise<ImportResult> {
    return this.run((scope) => contacts.importContacts(scope, inputs));
  }
  getChangeLog(id: string, options?: { limit?: number }): Promise<ChangeLogEntry[]> {
    return this.run((scope) => contacts.getChangeLog(scope, id, options));
  }
  getActivity(contactId: string): Promise<Activity> {
    return this.run((scope) => {
      visibleContact(scope, contactId);
      const { store } = scope;
      const theirs = [...store.conversations.values()].filter((conversation) => conversation.contactId === contactId);
      const ids = new Set(theirs.map((conversation) => conversation.id));
      return buildActivity({
        conversations: theirs,
        messages: [...store.messages.values()].filter((message) => ids.has(message.conversationId)),
        pageVisits: store.pageVisits.filter((visit) => visit.contactId === contactId),
        now: store.now(),
      });
    });
  }

  listNotes(contactId: string): Promise<Note[]> {
    return this.run((scope) => notes.listNotes(scope, contactId));
  }
  addNote(contactId: string, body: string): Promise<Note> {
    return this.run((scope) => notes.addNote(scope, contactId, body));
  }
  updateNote(id: string, body: string, options: { version: number }): Promise<Note> {
    return this.run((scope) => notes.updateNote(scope, id, body, options));
  }
  deleteNote(id: string): Promise<void> {
    return this.run((scope) => notes.deleteNote(scope, id));
  }

  listConversations(query?: ListConversationsQuery): Promise<Page<Conversation>> {
    return this.run((scope) => conversations.listConversations(scope, query));
  }
  getConversation(id: string): Promise<Conversation> {
    return this.run((scope) => conversations.getConversation(scope, id));
  }
  startConversation(input: StartConversationInput): Promise<Conversation> {
    return this.run((scope) => conversations.startConversation(scope, input));
  }
  markConversationRead(conversationId: string): Promise<Conversation> {
    return this.run((scope) => conversations.markConversationRead(scope, conversationId));
  }
  listMessages(conversationId: string, options?: { before?: string; limit?: number }): Promise<Page<Message>> {
    return this.run((scope) => messages.listMessages(scope, conversationId, options));
  }
  sendMessage(draft: MessageDraft, options: { idempotencyKey: string }): Promise<Message> {
    // The idempotency ledger is consulted before any wait, so two calls in flight share one send.
    return this.after(messages.sendMessage(this.scope(), draft, options, () => this.prelude()));
  }
  retryMessage(id: string): Promise<Message> {
    return this.after(messages.retryMessage(this.scope(), id, () => this.prelude()));
  }
  cancelScheduledMessage(id: string): Promise<Message> {
    return this.run((scope) => messages.cancelScheduledMessage(scope, id));
  }
  logExternalCommunication(input: ExternalCommunicationInput): Promise<Message> {
    return this.run((scope) => messages.logExternalCommunication(scope, input));
  }

  listTemplates(query?: { messageType?: MessageType }): Promise<Template[]> {
    return this.run((scope) => templates.listTemplates(scope, query));
  }
  saveTemplate(input: TemplateInput): Promise<Template> {
    return this.run((scope) => templates.saveTemplate(scope, input));
  }
  deleteTemplate(id: string): Promise<void> {
    return this.run((scope) => templates.deleteTemplate(scope, id));
  }

  uploadAttachment(file: UploadFile, options: { purpose: AttachmentPurpose; channel?: Channel }): Promise<Attachment> {
    return this.run((scope) => uploadAttachment(scope, file, options));
  }

  subscribe(listener: (change: RapportChange) => void): () => void {
    return this.shared.store.subscribe(listener);
  }

  private scope(): Scope {
    return { store: this.shared.store, user: this.shared.store.staff.get(this.userId)! };
  }

  /** What every call does first: the simulated wait and failure, then sending what is due. */
  private async prelude(): Promise<void> {
    const { latencyMs, failureRate, random, store } = this.shared;
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    if (failureRate > 0 && random() < failureRate) {
      throw RapportError.unavailable('The service did not answer (simulated failure); try again');
    }
    messages.flushScheduled(store);
  }

  private async run<T>(work: (scope: Scope) => T | Promise<T>): Promise<T> {
    await this.prelude();
    return this.after(Promise.resolve(work(this.scope())));
  }

  private after<T>(result: Promise<T>): Promise<T> {
    const rearm = () => armScheduler(this.shared.store);
    result.then(rearm, rearm);
    return result;
  }
}
