import type { Contact } from '../domain/index.js';
import { RapportEvent } from './rapport-event.js';

/**
 * `rp-contact-open`: a person asked to view a contact (double-click or View
 * Contact). Cancel it to show the contact your own way instead of rp-contacts'
 * details dialog.
 */
export class RpContactOpenEvent extends RapportEvent<{ contactId: string; contact: Contact }> {
  static readonly type = 'rp-contact-open';
  constructor(detail: { contactId: string; contact: Contact }) {
    super(RpContactOpenEvent.type, detail, { cancelable: true });
  }
}

/** What one import did, as seed 002's message counts it. */
export type ImportSummary = {
  fileName: string;
  total: number;
  imported: number;
  failed: number;
};

/** `rp-import-completed`: an Import Contact upload finished (whatever the count of failures). */
export class RpImportCompletedEvent extends RapportEvent<ImportSummary> {
  static readonly type = 'rp-import-completed';
  constructor(detail: ImportSummary) {
    super(RpImportCompletedEvent.type, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'rp-contact-open': RpContactOpenEvent;
    'rp-import-completed': RpImportCompletedEvent;
  }
}
