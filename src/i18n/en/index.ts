import { common } from './common.js';
import { notes } from './notes.js';
import { contactPanel } from './contactPanel.js';
import { sendMessage } from './sendMessage.js';
import { contacts } from './contacts.js';
import { contactForm } from './contactForm.js';
import { timeline } from './timeline.js';
import { externalCommForm } from './externalCommForm.js';
import { inbox } from './inbox.js';

/**
 * Every English word on screen. Each element owns one section, in its own file
 * beside this one; another language is the same shape in its own folder.
 */
export const en = {
  common,
  notes,
  contactPanel,
  sendMessage,
  contacts,
  contactForm,
  timeline,
  externalCommForm,
  inbox,
};
