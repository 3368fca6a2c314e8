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
