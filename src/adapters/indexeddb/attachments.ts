import type { Attachment, AttachmentPurpose, Channel } from '../../domain/index.js';
import { attachmentsToSend } from '../rules/index.js';
import type { Ctx } from './context.js';

/** Keeps a checked upload (its bytes too, so it is still there after a reload) and gives it a `blob:` URL. */
export async function storeAttachment(ctx: Ctx, file: Blob & { readonly name: string }, purpose: AttachmentPurpose, mimeType: string): Promise<Attachment> {
  const attachment: Attachment = {
    id: await ctx.newId('attachment'), name: file.name || 'file', mimeType, size: file.size, url: URL.createObjectURL(file),
  };
  await ctx.tx.objectStore('attachments').add({ id: attachment.id, attachment, purpose, blob: file });
  return attachment;
}

/** The uploaded attachments a message names, checked as `attachmentsToSend` says. */
export async function resolveAttachments(
  ctx: Ctx,
  ids: readonly string[] | undefined,
  purpose: AttachmentPurpose,
  channel: Channel | undefined,
): Promise<Attachment[]> {
  const stored = await Promise.all((ids ?? []).map((id) => ctx.tx.objectStore('attachments').get(id)));
  return attachmentsToSend(stored, purpose, channel, ctx.settings.attachmentLimits);
}
