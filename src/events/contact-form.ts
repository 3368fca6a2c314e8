import type { Contact } from '../domain/index.js';
import { RapportEvent } from './rapport-event.js';

/** `rp-contact-saved`: rp-contact-form created or updated a contact. */
export class RpContactSavedEvent extends RapportEvent<{ contact: Contact; mode: 'created' | 'updated' }> {
  static readonly type = 'rp-contact-saved';
  constructor(detail: { contact: Contact; mode: 'created' | 'updated' }) {
    super(RpContactSavedEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-contact-saved': RpContactSavedEvent;
  }
}
