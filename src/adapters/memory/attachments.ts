import {
  ATTACHMENT_PURPOSES, CHANNELS, type Attachment, type AttachmentPurpose, type Channel,
} from '../../domain/index.js';
import type { UploadFile } from '../adapter.js';
import { attachmentsToSend, checkUpload, invalid } from '../rules/index.js';
import { clone, type Scope } from './scope.js';

/** Checks the file by its bytes, keeps it as a `blob:` URL and remembers what it was uploaded for. */
export async function uploadAttachment(
  scope: Scope,
  file: UploadFile,
  options: { purpose: AttachmentPurpose; channel?: Channel },
): Promise<Attachment> {
  const { store } = scope;
  if (!ATTACHMENT_PURPOSES.includes(options?.purpose)) invalid('purpose', 'Must be call or message');
  if (options.channel !== undefined && !CHANNELS.includes(options.channel)) invalid('channel', 'Is not a channel');
  const mimeType = await checkUpload(file, { purpose: options.purpose, channel: options.channel, limits: store.attachmentLimits });
  const attachment: Attachment = {
    id: store.newId('attachment'), name: file.name || 'file', mimeType, size: file.size, url: URL.createObjectURL(file),
  };
  store.attachments.set(attachment.id, { attachment, purpose: options.purpose });
  return clone(attachment);
}

/** The uploaded attachments a message names, checked as `attachmentsToSend` says. */
export function resolveAttachments(
  scope: Scope,
  ids: readonly string[] | undefined,
  purpose: AttachmentPurpose,
  channel: Channel | undefined,
): Attachment[] {
  const stored = (ids ?? []).map((id) => scope.store.attachments.get(id));
  return clone(attachmentsToSend(stored, purpose, channel, scope.store.attachmentLimits));
}
