import {
  ATTACHMENT_PURPOSES, CHANNELS, attachmentLimitFor, type Attachment, type AttachmentPurpose, type Channel,
} from '../../domain/index.js';
import type { UploadFile } from '../adapter.js';
import { RapportError } from '../errors.js';
import { checkUpload, invalid } from '../rules/index.js';
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

/**
 * The uploaded attachments a message names, checked for what they were
 * uploaded for and against the size limit of the channel they now go out on.
 */
export function resolveAttachments(
  scope: Scope,
  ids: readonly string[] | undefined,
  purpose: AttachmentPurpose,
  channel: Channel | undefined,
): Attachment[] {
  const limit = attachmentLimitFor(purpose, channel, scope.store.attachmentLimits);
  const issues = (ids ?? []).flatMap((id, index) => {
    const field = `attachmentIds.${index}`;
    const stored = scope.store.attachments.get(id);
    if (!stored) return [{ field, message: 'This file was not uploaded, or its upload failed' }];
    const { attachment } = stored;
    if (stored.purpose !== purpose) {
      const wanted = purpose === 'call' ? 'a call takes an audio file' : 'a message takes an image or a PDF';
      return [{ field, message: `"${attachment.name}" can't be attached here: ${wanted}` }];
    }
    if (attachment.size > limit) {
      return [{ field, message: `"${attachment.name}" is too large for this channel (at most ${Math.floor(limit / 1048576)} MB)` }];
    }
    return [];
  });
  if (issues.length > 0) throw RapportError.validation(issues);
  return (ids ?? []).map((id) => clone(scope.store.attachments.get(id)!.attachment));
}
