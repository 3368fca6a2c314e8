import type { ComposerDraft } from './composer-draft.js';

/** A kept draft: the composer's content and the idempotency key it was (or will be) sent under. */
export type KeptDraft = { draft: ComposerDraft; idempotencyKey: string };

const STORAGE_PREFIX = 'rp-send-message-draft:';
const kept = new Map<string, KeptDraft>();

/**
 * Drafts the person chose to keep, by conversation id: in memory for the page's
 * life, and in sessionStorage so a reload within the tab keeps them too.
 */
export const draftStore = {
  get(conversationId: string): KeptDraft | undefined {
    const inMemory = kept.get(conversationId);
    if (inMemory) return inMemory;
    try {
      const stored = sessionStorage.getItem(STORAGE_PREFIX + conversationId);
      return stored ? (JSON.parse(stored) as KeptDraft) : undefined;
    } catch {
      return undefined;
    }
  },
  set(conversationId: string, value: KeptDraft): void {
    kept.set(conversationId, value);
    try {
      sessionStorage.setItem(STORAGE_PREFIX + conversationId, JSON.stringify(value));
    } catch {
      // Storage full or refused (private mode): the in-memory copy still serves this page.
    }
  },
  delete(conversationId: string): void {
    kept.delete(conversationId);
    try {
      sessionStorage.removeItem(STORAGE_PREFIX + conversationId);
    } catch {
      // Nothing to remove where storage is refused.
    }
  },
};
