import {
  ATTACHMENT_SNIFF_BYTES, attachmentLimitFor, checkAttachment, type Attachment, type AttachmentLimits, type AttachmentPurpose, type Channel,
} from '../../domain/index.js';
import { RapportError } from '../errors.js';

/** The leading bytes of a file, which is all `checkAttachment` trusts. */
export async function readFirstBytes(file: Blob, count = ATTACHMENT_SNIFF_BYTES): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, count).arrayBuffer());
}

/**
 * Checks an upload by its bytes and size; gives the sniffed MIME type or
 * throws `validation` on the `file` field with the plain-words reason.
 */
export async function checkUpload(
  file: Blob & { readonly name: string },
  options: { purpose: AttachmentPurpose; channel?: Channel; limits?: Partial<AttachmentLimits> },
): Promise<string> {
  if (!(file instanceof Blob)) throw RapportError.validation([{ field: 'file', message: 'Choose a file to attach' }]);
  const result = checkAttachment({ name: file.name || 'file', size: file.size, firstBytes: await readFirstBytes(file) }, options);
  if (!result.ok) throw RapportError.validation([{ field: 'file', message: result.reason }]);
  return result.mimeType;
}

/** An upload as an adapter keeps it: the attachment and what it was uploaded for. */
export type StoredUpload = { attachment: Attachment; purpose: AttachmentPurpose };

/**
 * The uploaded attachments a message names (`stored`, one per id, undefined
 * where none), checked for what they were uploaded for and against the size
 * limit of the channel they now go out on; throws `validation` naming each.
 */
export function attachmentsToSend(
  stored: readonly (StoredUpload | undefined)[],
  purpose: AttachmentPurpose,
  channel: Channel | undefined,
  limits: Partial<AttachmentLimits> | undefined,
): Attachment[] {
  const limit = attachmentLimitFor(purpose, channel, limits);
  const issues = stored.flatMap((upload, index) => {
    const field = `attachmentIds.${index}`;
    if (!upload) return [{ field, message: 'This file was not uploaded, or its upload failed' }];
    const { attachment } = upload;
    if (upload.purpose !== purpose) {
      const wanted = purpose === 'call' ? 'a call takes an audio file' : 'a message takes an image or a PDF';
      return [{ field, message: `"${attachment.name}" can't be attached here: ${wanted}` }];
    }
    if (attachment.size > limit) {
      return [{ field, message: `"${attachment.name}" is too large for this channel (at most ${Math.floor(limit / 1048576)} MB)` }];
    }
    return [];
  });
  if (issues.length > 0) throw RapportError.validation(issues);
  return stored.map((upload) => upload!.attachment);
}
