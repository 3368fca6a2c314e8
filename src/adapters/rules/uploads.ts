import { ATTACHMENT_SNIFF_BYTES, checkAttachment, type AttachmentLimits, type AttachmentPurpose, type Channel } from '../../domain/index.js';
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
