import type { Strings } from '../strings.js';
import { registerStrings } from '../strings.js';
import { common } from './common.js';
import { notes } from './notes.js';
import { contactPanel } from './contactPanel.js';
import { sendMessage } from './sendMessage.js';
import { contacts } from './contacts.js';
import { contactForm } from './contactForm.js';
import { timeline } from './timeline.js';
import { externalCommForm } from './externalCommForm.js';
import { inbox } from './inbox.js';
import { attachments } from './attachments.js';

/** Every Spanish word on screen, the same shape as the English table. */
export const es: Strings = {
  common,
  notes,
  contactPanel,
  sendMessage,
  contacts,
  contactForm,
  timeline,
  externalCommForm,
  inbox,
  attachments,
};

registerStrings('es', es);
