import type { Contact, Conversation, Message, Note } from '../../domain/index.js';
import { contactNameKey, contactSearchTerms, messageTime, searchWords } from '../rules/index.js';
import { contactPairTerms, contactTerms, contactTimes, mailTerms } from './index-keys.js';
import type { ContactRow, ConversationRow, MessageRow, NoteRow } from './schema.js';

/** Rows as the current schema version writes them; an import builds one per contact, so each text is normalised once. */
export function contactRow(contact: Contact, creation?: ContactRow['creation']): ContactRow {
  const name = contactNameKey(contact);
  const found = contactSearchTerms(contact);
  const leading = searchWords(name)[0];
  const pairs = contactPairTerms(contact, name, found.words, leading);
  return {
    id: contact.id, contact, name, times: contactTimes(contact),
    terms: [...contactTerms(contact, name, found, leading), ...mailTerms(found.emails)], ...(pairs.length > 0 ? { pairs } : {}),
    ...(creation ? { creation } : {}),
  };
}

/** Newest first with an ascending index: the negated time of the last message; none yet sorts last. */
export function conversationRow(conversation: Conversation): ConversationRow {
  const last = conversation.lastMessageAt ? Date.parse(conversation.lastMessageAt) : 0;
  return { id: conversation.id, conversation, contactId: conversation.contactId, last: -last };
}

export function messageRow(message: Message, s: number): MessageRow {
  const due = message.status === 'scheduled' ? Date.parse(message.scheduledFor ?? message.occurredAt) : undefined;
  return { id: message.id, message, conversationId: message.conversationId, t: messageTime(message), s, ...(due === undefined ? {} : { due }) };
}

/** The same message in its same place in the timeline (its time and order never change). */
export function replaceMessage(row: MessageRow, message: Message): MessageRow {
  const { due: _due, ...rest } = messageRow(message, row.s);
  return message.status === 'scheduled' ? { ...rest, t: row.t, due: _due } : { ...rest, t: row.t };
}

export function noteRow(note: Note, s: number): NoteRow {
  return { id: note.id, note, contactId: note.contactId, s };
}
