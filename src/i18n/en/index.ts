import { common } from './common.js';
import { notes } from './notes.js';
import { contactPanel } from './contactPanel.js';
import { sendMessage } from './sendMessage.js';
import { sendMessageBatch } from './sendMessageBatch.js';
import { contacts } from './contacts.js';
import { contactsDialogs } from './contactsDialogs.js';
import { contactForm } from './contactForm.js';
import { timeline } from './timeline.js';
import { externalCommForm } from './externalCommForm.js';
import { inbox } from './inbox.js';
import { attachments } from './attachments.js';

/**
 * Every English word on screen. Each element owns one section, in its own file
 * beside this one (a part loaded on use has its words in a file of its own);
 * another language is the same shape in its own folder.
 */
export const en = {
  common,
  notes,
  contactPanel,
  sendMessage: { ...sendMessage, batch: sendMessageBatch },
  contacts: { ...contacts, ...contactsDialogs },
  contactForm,
  timeline,
  externalCommForm,
  inbox,
  attachments,
};
