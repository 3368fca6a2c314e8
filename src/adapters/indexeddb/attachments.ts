import { attachmentLimitFor, type Attachment, type AttachmentPurpose, type Channel } from '../../domain/index.js';
import { RapportError } from '../errors.js';
import type { Ctx } from './context.js';

/** Keeps a checked upload (its bytes too, so it is still there after a reload) and gives it a `blob:` URL. */
export async function storeAttachment(ctx: Ctx, file: Blob & { readonly name: string }, purpose: AttachmentPurpose, mimeType: string): Promise<Attachment> {
  const attachment: Attachment = {
    id: await ctx.newId('attachment'), name: file.name || 'file', mimeType, size: file.size, url: URL.createObjectURL(file),
  };
  await ctx.tx.objectStore('attachments').add({ id: attachment.id, attachment, purpose, blob: file });
  return attachment;
}

/**
 * The uploaded attachments a message names, checked for what they were
 * uploaded for and against the size limit of the channel they now go out on.
 */
export async function resolveAttachments(
  ctx: Ctx,
  ids: readonly string[] | undefined,
  purpose: AttachmentPurpose,
  channel: Channel | undefined,
): Promise<Attachment[]> {
  const limit = attachmentLimitFor(purpose, channel, ctx.settings.attachmentLimits);
  const rows = await Promise.all((ids ?? []).map((id) => ctx.tx.objectStore('attachments').get(id)));
  const issues = rows.flatMap((stored, index) => {
    const field = `attachmentIds.${index}`;
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
  return rows.map((stored) => stored!.attachment);
}
