import { css, html, nothing } from 'lit';
import type { Attachment } from '../../domain/schemas/attachment.js';
import type { Message } from '../../domain/schemas/message.js';
import { format, type Strings } from '../../i18n/strings.js';
import type { EntryContext } from './render-entry.js';
import { icon } from './icons.js';
import { attachmentUrl } from './safe-content.js';

// Loaded with import() the first time an entry needs it: most entries are text that was sent.

/** A sheet of paper, before a file that is only offered as a download. */
const FILE = 'M7 3h7l4 4v14H7zm7 0v4h4';

/** Raster images a browser shows without running anything; SVG can carry script, so it is a download. */
const INLINE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']);

export type AttachmentView = 'image' | 'audio' | 'pdf' | 'download';

/** How an attachment is offered: images inline, audio in a player, PDFs as links, the rest as downloads. */
export function attachmentView(mimeType: string): AttachmentView {
  const type = mimeType.toLowerCase().split(';')[0].trim();
  if (INLINE_IMAGES.has(type)) return 'image';
  if (type.startsWith('audio/')) return 'audio';
  if (type === 'application/pdf') return 'pdf';
  return 'download';
}

const zoned = new Map<string, Intl.DateTimeFormat>();

/** Date and time with the viewer's zone named, for when a scheduled message will go. */
function zonedFormat(locale: string): Intl.DateTimeFormat {
  let formatter = zoned.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
    });
    zoned.set(locale, formatter);
  }
  return formatter;
}

/** Added to the timeline's shadow root when this module loads. */
export const extraStyles = css`
  .failed {
    font-weight: 600;
  }
  .action:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .attachments {
    display: flex;
    flex-wrap: wrap;
    gap: var(--rp-space-2);
    margin: var(--rp-space-1) 0;
    padding: 0;
    list-style: none;
  }
  .thumb {
    padding: 0;
    border: 1px solid var(--rp-color-border);
    border-radius: var(--rp-radius);
    background: var(--rp-color-surface);
    cursor: zoom-in;
    line-height: 0;
  }
  .thumb img {
    width: 6rem;
    height: 6rem;
    object-fit: cover;
    border-radius: var(--rp-radius);
  }
  audio {
    max-width: 100%;
  }
  dialog {
    padding: var(--rp-space-2);
    border: none;
    border-radius: var(--rp-radius-lg);
    background: var(--rp-color-surface);
    box-shadow: var(--rp-shadow-dialog);
  }
  dialog::backdrop {
    background: var(--rp-backdrop);
  }
  dialog img {
    display: block;
    max-width: 85vw;
    max-height: 80vh;
  }
  dialog form {
    display: flex;
    justify-content: flex-end;
    margin-bottom: var(--rp-space-2);
  }
`;

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

/** A scheduled entry's time and Cancel, or a failed one's reason and Retry. */
export function renderStatus(message: Message, context: EntryContext) {
  const { words } = context;
  const busy = context.busy.has(message.id);
  const action = (part: string, label: string, run: (message: Message) => void) =>
    html`<button class="action" part="action ${part}" ?disabled=${busy} @click=${() => run(message)}>${busy ? words.working : label}</button>`;
  switch (message.status) {
    case 'scheduled': {
      const when = zonedFormat(context.formatters.locale).format(new Date(message.scheduledFor ?? message.occurredAt));
      return html`<span class="status scheduled" part="status">${format(words.status.scheduled, { time: when })}</span>
        ${action('cancel', words.cancelScheduled, context.onCancel)}`;
    }
    case 'failed':
      return html`<span class="status failed" part="status">${message.error ? format(words.failedReason, { reason: message.error }) : words.status.failed}</span>
        ${action('retry', words.retry, context.onRetry)}`;
    default:
      return nothing;
  }
}
