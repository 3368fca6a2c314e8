import { html } from 'lit';
import type { RapportAdapter } from '../../adapters/adapter.js';
import type { Contact, Staff } from '../../domain/index.js';
import './rp-contact-activity.js';
import './rp-contact-change-log.js';
import './rp-contact-sharing.js';

export type ContactPiece = 'activity' | 'sharing' | 'changeLog';

/**
 * Seed 002's Activity, Contact Sharing and Change Log, as rp-contact-panel's
 * tabs and rp-contacts' View Contact both show them. A new `revision` reloads
 * the change log; `staff`, when the host has them, spares asking again.
 */
export function renderContactPiece(
  piece: ContactPiece, contact: Contact, adapter: RapportAdapter | undefined, locale: string, revision: number,
  staff?: readonly Staff[],
) {
  switch (piece) {
    case 'activity':
      return html`<rp-contact-activity contact-id=${contact.id} .adapter=${adapter} locale=${locale}></rp-contact-activity>`;
    case 'sharing':
      return html`<rp-contact-sharing .contact=${contact} .knownStaff=${staff} .adapter=${adapter} locale=${locale}></rp-contact-sharing>`;
    case 'changeLog':
      return html`<rp-contact-change-log contact-id=${contact.id} revision=${revision} .adapter=${adapter}
        locale=${locale}></rp-contact-change-log>`;
  }
}
