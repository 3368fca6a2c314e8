import type {
  Account, AttachmentLimits, ChangeLogEntry, Contact,
  Conversation, Message, MessageDraft, Note, PageVisit, Staff, Template,
} from '../../domain/index.js';
import type { RapportChange } from '../adapter.js';
import { RapportError } from '../errors.js';
import { defaultDeliver, messageTime, seedCounters, validateSeedData, type Deliver, type SeedData, type StoredUpload } from '../rules/index.js';
import { ContactIndex } from './contact-index.js';
import { clone, withContactCopy } from './scope.js';

/**
 * A change-log entry as kept. An imported contact's creation keeps the contact
 * and lists its lines only when the log is read: an import of 100,000 rows
 * writes entries few people open. Stored contacts are replaced, never changed
 * in place, so the lines are the same whenever they are listed.
 */
export type KeptLogEntry = ChangeLogEntry | (Omit<ChangeLogEntry, 'changes'> & { created: Contact });

/** Seed data for a MemoryAdapter, in the wire shapes of DESIGN.md; validated as a whole. */
export type MemoryData = SeedData;

/** What new ids are made for; the default id source gives `contact-1`, `message-2`, … */
export type IdKind = 'contact' | 'conversation' | 'message' | 'note' | 'template' | 'attachment' | 'change';

export type MemoryStoreOptions = {
  data?: MemoryData;
  now?: () => Date;
  deliver?: Deliver;
  idSource?: (kind: IdKind) => string;
  attachmentLimits?: Partial<AttachmentLimits>;
  /** Whether `now` moves with real time (so a timer can send scheduled messages); true when `now` is absent. */
  ticking?: boolean;
};

/** Used when no data is given: one administrator on a Professional account. */
export const EMPTY_DATA: MemoryData = {
  staff: [{ id: 'staff-admin', name: 'Administrator', role: 'admin' }],
  account: {
    id: 'account-1', name: 'Rapport', tier: 'professional', country: 'CA',
    features: { sms: true, email: true, scheduledMessages: true },
    smsNumbers: ['+15555550100'], emailAddresses: ['hello@example.com'],
  },
};

type TimelineEntry = { id: string; time: number; seq: number };

/**
 * Everything one MemoryAdapter and all its `withUser` views share: the
 * records, the indexes, the idempotency ledger and the subscribers.
 */
export class MemoryStore {
  readonly staff = new Map<string, Staff>();
  account: Account;
  readonly contacts = new Map<string, Contact>();
  readonly contactIndex = new ContactIndex(this.contacts);
  readonly conversations = new Map<string, Conversation>();
  readonly messages = new Map<string, Message>();
  readonly templates = new Map<string, Template>();
  readonly notes = new Map<string, Note>();
  /** Per contact, oldest first. */
  private readonly changeLog = new Map<string, KeptLogEntry[]>();
  /**
   * Who created each contact whose creation is not written in its log yet. It
   * is written when the log is first read or added to, from the contact, which
   * is still as created then. An import creates 100,000 contacts few people
   * look back on, and a log, an entry and an id for each was a twentieth of
   * the time spent storing them.
   */
  private readonly creators = new Map<string, string>();
  readonly pageVisits: PageVisit[];
  readonly attachments = new Map<string, StoredUpload>();
  /** Sends by `user NUL idempotency key`: the draft and the one promise every repeat gets. */
  readonly sends = new Map<string, { draft: MessageDraft; result: Promise<Message> }>();
  /** Retries in flight, by message id, so two at once make one attempt. */
  readonly retries = new Map<string, Promise<Message>>();
  /** Ids of messages waiting for their time. */
  readonly scheduled = new Set<string>();
  readonly now: () => Date;
  readonly deliver: Deliver;
  readonly attachmentLimits: Partial<AttachmentLimits>;
  /** Whether `now` moves with real time, so a timer can send scheduled messages on time. */
  readonly ticking: boolean;
  /** The timer that sends the next scheduled message, when the clock ticks. */
  schedulerTimer?: ReturnType<typeof setTimeout>;

  private readonly timelines = new Map<string, TimelineEntry[]>();
  private readonly listeners = new Set<(change: RapportChange) => void>();
  /**
   * The listeners as they are now, replaced (not changed) when one comes or goes:
   * a change goes to those listening when it happened, and an import emits
   * 100,000 changes, too many to copy the set for each.
   */
  private listening: readonly ((change: RapportChange) => void)[] = [];
  private readonly counters: Map<string, number>;
  private readonly idSource?: (kind: IdKind) => string;
  private seq = 0;

  constructor(options: MemoryStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.ticking = options.ticking ?? options.now === undefined;
    this.deliver = options.deliver ?? defaultDeliver;
    this.idSource = options.idSource;
    this.attachmentLimits = options.attachmentLimits ?? {};
    const data = validateSeedData(options.data ?? EMPTY_DATA);
    this.account = data.account;
    for (const person of data.staff) this.staff.set(person.id, person);
    for (const contact of data.contacts) this.contacts.set(contact.id, contact);
    this.contactIndex.putMany(data.contacts);
    for (const conversation of data.conversations) this.conversations.set(conversation.id, conversation);
    for (const message of data.messages) this.putMessage(message);
    for (const template of data.templates) this.templates.set(template.id, template);
    for (const note of data.notes) this.notes.set(note.id, note);
    for (const entry of data.changeLog) this.logFor(entry.contactId).push(entry);
    this.pageVisits = data.pageVisits;
    this.counters = seedCounters(data);
  }

  nowIso(): string {
    return this.now().toISOString();
  }

  /**
   * A new id no record of that kind has yet, from the id source or a per-kind
   * counter. The counters start past every counted id the data came with
   * (`seedCounters`), and every later record takes its id here, so a
   * counter's id needs no lookup (an import asks 200,000 times).
   */
  newId(kind: IdKind): string {
    // Joined, not a template literal: from 13 characters on ("contact-10000") that makes a tree of
    // two pieces, which V8 keeps beside the flat copy it makes the first time the id is a Map key.
    if (!this.idSource) return [kind, this.bump(kind)].join('-');
    const id = this.idSource(kind);
    if (this.idTaken(kind, id)) throw RapportError.unavailable(`The id source gave ${id}, which is already in use`);
    return id;
  }

  /** Adds a message, or replaces the stored one with the same id (its time never changes). */
  putMessage(message: Message): void {
    const isNew = !this.messages.has(message.id);
    this.messages.set(message.id, message);
    if (message.status === 'scheduled') this.scheduled.add(message.id);
    else this.scheduled.delete(message.id);
    if (!isNew) return;
    const entry = { id: message.id, time: messageTime(message), seq: (this.seq += 1) };
    const timeline = this.timelines.get(message.conversationId) ?? [];
    this.timelines.set(message.conversationId, timeline);
    let at = timeline.length;
    while (at > 0 && compareEntries(timeline[at - 1]!, entry) > 0) at -= 1;
    timeline.splice(at, 0, entry);
  }

  /** A conversation's messages as `{ id, time, seq }`, oldest first. */
  timeline(conversationId: string): readonly TimelineEntry[] {
    return this.timelines.get(conversationId) ?? [];
  }

  /** A contact's log, oldest first; add to it before the contact is replaced, so a creation not yet written is written as it was. */
  logFor(contactId: string): KeptLogEntry[] {
    let log = this.changeLog.get(contactId);
    if (!log) this.changeLog.set(contactId, (log = []));
    const actorId = this.creators.get(contactId);
    if (actorId !== undefined) {
      this.creators.delete(contactId);
      const created = this.contacts.get(contactId)!;
      log.unshift({ id: this.newId('change'), contactId, at: created.createdAt, actorId, created });
    }
    return log;
  }

  /** The first entry of a new contact's log: `actorId` created it. */
  logCreation(contactId: string, actorId: string): void {
    this.creators.set(contactId, actorId);
  }

  forgetLog(contactId: string): void {
    this.changeLog.delete(contactId);
    this.creators.delete(contactId);
  }

  subscribe(listener: (change: RapportChange) => void): () => void {
    this.listeners.add(listener);
    this.listening = [...this.listeners];
    return () => {
      this.listeners.delete(listener);
      this.listening = [...this.listeners];
    };
  }

  /** Tells every view; a listener that throws is reported and never undoes the change. */
  emit(change: RapportChange): void {
    // An import emits one "created" per contact and a list only counts them: that contact is copied when read.
    const created = change.type === 'contact' && change.action === 'created' ? change.contact : undefined;
    for (const listener of this.listening) {
      try {
        listener(created ? withContactCopy({ type: 'contact', action: 'created' }, created) : clone(change));
      } catch (error) {
        globalThis.reportError?.(error);
      }
    }
  }

  private bump(kind: string): number {
    const next = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, next);
    return next;
  }

  /** Whether the id source repeated an id. */
  private idTaken(kind: IdKind, id: string): boolean {
    switch (kind) {
      case 'contact': return this.contacts.has(id);
      case 'conversation': return this.conversations.has(id);
      case 'message': return this.messages.has(id);
      case 'note': return this.notes.has(id);
      case 'template': return this.templates.has(id);
      case 'attachment': return this.attachments.has(id);
      case 'change': return false;
    }
  }
}

export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return a.time - b.time || a.seq - b.seq;
}


