import type { Contact, ContactPatch } from '../domain/index.js';
import { RapportEvent } from './rapport-event.js';

/** `rp-contact-updated`: a change made in the contact panel was saved; `detail.contact` is the stored contact. */
export class RpContactUpdatedEvent extends RapportEvent<{ contact: Contact; patch: ContactPatch }> {
  static readonly type = 'rp-contact-updated';
  constructor(detail: { contact: Contact; patch: ContactPatch }) {
    super(RpContactUpdatedEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-contact-updated': RpContactUpdatedEvent;
  }
}
