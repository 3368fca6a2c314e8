import type { Attachment, MessageType } from '../../domain/index.js';

/**
 * What the composer edits, apart from who it goes to: the part a single send
 * and a batch share. The dialog owns it; the composer's pieces send patches.
 */
export type ComposerDraft = {
  messageType: MessageType;
  templateId?: string;
  body: string;
  subject: string;
  attachments: Attachment[];
};

/** `draft-change`: a composer piece changed part of the draft (internal to rp-send-message). */
export type DraftChangeEvent = CustomEvent<Partial<ComposerDraft>>;

export function emptyDraft(messageType: MessageType = 'text', subject = ''): ComposerDraft {
  return { messageType, body: '', subject, attachments: [] };
}

/** Whether closing now would lose something the person made. */
export function draftHasContent(draft: ComposerDraft): boolean {
  return draft.body.trim() !== '' || draft.attachments.length > 0;
}

export function emitDraftChange(from: HTMLElement, patch: Partial<ComposerDraft>): void {
  from.dispatchEvent(new CustomEvent('draft-change', { detail: patch, bubbles: true, composed: true }));
}
