import { html, type TemplateResult } from 'lit';

/** Links in message bodies: only these schemes ever become clickable. */
const LINK = /\b(?:https?:\/\/[^\s<>"']+|mailto:[^\s<>"']+|tel:\+?[\d\-(). ]{3,}\d)/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/**
 * A backend text as text, with its http(s), mailto and tel links made
 * clickable. Anything else that looks like a link (javascript:, data:) stays words.
 */
export function linkify(text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    let url = match[0];
    const trailing = TRAILING_PUNCTUATION.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    const start = match.index;
    parts.push(text.slice(last, start));
    parts.push(html`<a part="link" href=${url} target="_blank" rel="noopener noreferrer">${url}</a>`);
    last = start + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}

const ATTACHMENT_SCHEMES = new Set(['http:', 'https:', 'blob:', 'data:']);

/** An attachment's address if it is one a browser may fetch as a file; never javascript: and the like. */
export function attachmentUrl(url: string): string | undefined {
  try {
    return ATTACHMENT_SCHEMES.has(new URL(url, document.baseURI).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

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
