import { html, nothing } from 'lit';
import type { Attachment } from '../../domain/schemas/attachment.js';
import type { Message } from '../../domain/schemas/message.js';
import { format, type Strings } from '../../i18n/strings.js';
import type { EntryContext } from './render-entry.js';
import { FILE, icon } from './icons.js';
import { attachmentUrl, attachmentView } from './safe-content.js';

// Loaded with import() the first time an entry with attachments is shown: most histories are text.

/** An entry's attachments: raster images as thumbnails, audio in a player, PDFs as links, the rest as downloads. */
export function renderAttachments(message: Message, context: EntryContext) {
  const { words, formatters } = context;
  return html`<ul class="attachments" part="attachments" aria-label=${words.attachments}>
    ${message.attachments.map((attachment) => {
      const url = attachmentUrl(attachment.url);
      const size = formatters.fileSize(attachment.size);
      const name = attachment.name;
      if (!url) return html`<li part="attachment">${name} (${size})</li>`;
      const view = attachmentView(attachment.mimeType);
      if (view === 'image') {
        return html`<li part="attachment"><button class="thumb" part="thumbnail" aria-label=${format(words.openImage, { name })}
          @click=${() => context.onOpenImage(attachment)}><img src=${url} alt="" loading="lazy" /></button></li>`;
      }
      if (view === 'audio') {
        return html`<li part="attachment"><audio part="audio" controls preload="none" src=${url}
          aria-label=${format(words.recording, { name })}></audio></li>`;
      }
      return html`<li part="attachment"><a part="file" href=${url} rel="noopener noreferrer"
        target=${view === 'pdf' ? '_blank' : nothing} download=${view === 'pdf' ? nothing : name}
        >${icon(FILE)} ${format(words.download, { name, size })}</a></li>`;
    })}
  </ul>`;
}

/** The enlarged image, in a modal dialog the element opens with showModal(). */
export function renderImageDialog(image: Attachment, words: Strings['timeline'], onClose: () => void) {
  return html`<dialog part="image-dialog" aria-label=${image.name} @close=${onClose}>
    <form method="dialog"><button class="action" part="action">${words.closeImage}</button></form>
    <img src=${attachmentUrl(image.url) ?? ''} alt=${image.name} />
  </dialog>`;
}
