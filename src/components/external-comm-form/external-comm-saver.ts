import type { RapportAdapter } from '../../adapters/adapter.js';
import { attachmentPurposeFor } from '../../domain/external-communication.js';
import type { Attachment, Conversation, Message } from '../../domain/index.js';
import type { Strings } from '../../i18n/strings.js';
import { buildExternalInput, buildNoteBody, type Draft, type DraftErrors } from './external-comm-draft.js';

/** How a save ended: refused with every problem by its field, an external communication logged, or a note added. */
export type SaveOutcome = { kind: 'refused'; errors: DraftErrors } | { kind: 'logged'; message: Message } | { kind: 'noted' };

/**
 * Saves what the Add External Communication window holds, apart from its
 * rendering: the external communication with its file, or a note on the
 * conversation's contact. A file is uploaded once, however often Add is retried.
 */
export class ExternalCommSaver {
  /** Uploads already made for a file, so a retried Add never uploads it twice. */
  private readonly uploaded = new WeakMap<File, Attachment>();

  save(backend: RapportAdapter, draft: Draft, conversation: Conversation, words: Strings['externalCommForm'],
  ): Promise<SaveOutcome> {
    return draft.kind === 'note'
      ? this.saveNote(backend, draft, conversation.contactId)
      : this.saveExternal(backend, draft, conversation.id, words);
  }

  private async saveExternal(backend: RapportAdapter, draft: Draft, conversationId: string,
    words: Strings['externalCommForm']): Promise<SaveOutcome> {
    const built = buildExternalInput(draft, conversationId, words);
    if (!built.ok) return { kind: 'refused', errors: built.errors };
    const file = draft.file;
    const attachmentIds: string[] = [];
    if (file) {
      const attachment = this.uploaded.get(file)
        ?? (await backend.uploadAttachment(file, { purpose: attachmentPurposeFor(draft.channel) }));
      this.uploaded.set(file, attachment);
      attachmentIds.push(attachment.id);
    }
    const message = await backend.logExternalCommunication({
      ...built.value, ...(attachmentIds.length ? { attachmentIds } : {}),
    });
    return { kind: 'logged', message };
  }

  private async saveNote(backend: RapportAdapter, draft: Draft, contactId: string): Promise<SaveOutcome> {
    const built = buildNoteBody(draft);
    if (!built.ok) return { kind: 'refused', errors: built.errors };
    await backend.addNote(contactId, built.value);
    return { kind: 'noted' };
  }
}
