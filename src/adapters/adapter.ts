import type {
  Activity, Attachment, ChangeLogEntry, Contact, ContactInput, ContactPatch, Conversation, ExternalCommunicationInput,
  Message, MessageDraft, Note, Page, Session, Staff, StartConversationInput, Template, TemplateInput,
} from '../domain/index.js';
import type { AttachmentPurpose, Channel, ConversationView, MessageType } from '../domain/values.js';

export { RapportError, isRapportError, ERROR_CODES, type RapportErrorCode } from './errors.js';

/** What `subscribe` listeners hear: every change made through any view of the same store. */
export type RapportChange =
  | { type: 'message'; action: 'created' | 'updated'; message: Message }
  | { type: 'conversation'; action: 'created' | 'updated'; conversation: Conversation }
  | { type: 'contact'; action: 'created' | 'updated'; contact: Contact }
  | { type: 'contact'; action: 'deleted'; contactId: string }
  | { type: 'note'; action: 'created' | 'updated'; note: Note }
  | { type: 'note'; action: 'deleted'; noteId: string; contactId: string }
  | { type: 'template'; action: 'created' | 'updated'; template: Template }
  | { type: 'template'; action: 'deleted'; templateId: string };

export type ContactSort = 'name' | '-name' | 'createdAt' | '-createdAt' | 'updatedAt' | '-updatedAt';

export type ListContactsQuery = {
  /** Matches the start of any word of the name, or the start of an email address; case and accents ignored. */
  search?: string;
  cursor?: string;
  /** 1 to 500; 50 when absent. */
  limit?: number;
  sort?: ContactSort;
};

export type ListConversationsQuery = {
  view?: ConversationView;
  /** Matches the contact's name or email, as `listContacts` does. */
  search?: string;
  contactId?: string;
  cursor?: string;
  limit?: number;
};

export type ImportResult = {
  /** One result per input, in input order; a failed row never stops the others. */
  results: ({ ok: true; contact: Contact } | { ok: false; error: RapportErrorLike })[];
};

/** A RapportError as plain data, as it crosses a worker or the network. */
export type RapportErrorLike = { code: string; message: string; issues?: { field: string; message: string }[] };

/** A file to upload: a Blob with a name (a `File` is one). */
export type UploadFile = Blob & { readonly name: string };

/**
 * The one interface every element talks to. Every method is async, checks its
 * input with the domain schemas and fails only with a `RapportError`.
 */
export interface RapportAdapter {
  // Session
  getSession(): Promise<Session>;
  listStaff(): Promise<Staff[]>;

  // Contacts
  /** Contacts the current user owns or that are shared with them (an admin sees all). */
  listContacts(query?: ListContactsQuery): Promise<Page<Contact>>;
  getContact(id: string): Promise<Contact>;
  createContact(input: ContactInput): Promise<Contact>;
  /** Refuses with `conflict` (carrying the current contact) when `version` is not the stored one. */
  updateContact(id: string, patch: ContactPatch, options: { version: number }): Promise<Contact>;
  /** Owner or admin only. */
  deleteContact(id: string): Promise<void>;
  /** Owner or admin only; adds the staff members to those the contact is shared with. */
  shareContact(id: string, staffIds: string[]): Promise<Contact>;
  /** Owner or admin only. */
  transferContact(id: string, staffId: string): Promise<Contact>;
  importContacts(inputs: ContactInput[]): Promise<ImportResult>;
  /** Newest first. */
  getChangeLog(id: string, options?: { limit?: number }): Promise<ChangeLogEntry[]>;
  getActivity(contactId: string): Promise<Activity>;

  // Notes (any agent may edit or delete any note)
  /** Newest first. */
  listNotes(contactId: string): Promise<Note[]>;
  addNote(contactId: string, body: string): Promise<Note>;
  updateNote(id: string, body: string, options: { version: number }): Promise<Note>;
  deleteNote(id: string): Promise<void>;

  // Conversations and messages
  /** Newest activity first. */
  listConversations(query?: ListConversationsQuery): Promise<Page<Conversation>>;
  getConversation(id: string): Promise<Conversation>;
  startConversation(input: StartConversationInput): Promise<Conversation>;
  /** Oldest to newest within a page; `nextCursor` leads to the older page before it. */
  listMessages(conversationId: string, options?: { before?: string; limit?: number }): Promise<Page<Message>>;
  /** The same idempotency key never makes two messages, even for two calls in flight. */
  sendMessage(draft: MessageDraft, options: { idempotencyKey: string }): Promise<Message>;
  /** Tries a failed message again, in place: it can never become two messages. */
  retryMessage(id: string): Promise<Message>;
  cancelScheduledMessage(id: string): Promise<Message>;
  /** `loggedBy` is always the current user, whatever the client sends. */
  logExternalCommunication(input: ExternalCommunicationInput): Promise<Message>;
  markConversationRead(conversationId: string): Promise<Conversation>;

  // Templates (local ones are their owner's alone; only an admin makes or edits global ones)
  listTemplates(query?: { messageType?: MessageType }): Promise<Template[]>;
  saveTemplate(input: TemplateInput): Promise<Template>;
  deleteTemplate(id: string): Promise<void>;

  // Attachments
  /**
   * Checks the file by its bytes and size (`checkAttachment`); `channel`, when known, applies that
   * channel's size limit (an email takes more than a text).
   */
  uploadAttachment(file: UploadFile, options: { purpose: AttachmentPurpose; channel?: Channel }): Promise<Attachment>;

  // Live updates
  subscribe(listener: (change: RapportChange) => void): () => void;
}
