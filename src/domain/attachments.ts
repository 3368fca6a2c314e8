import { ATTACHMENT_REFUSAL_MESSAGES } from './attachment-refusals.js';
import { format } from './placeholders.js';
import type { AttachmentPurpose, Channel } from './values.js';

export { ATTACHMENT_REFUSAL_MESSAGES };

const MB = 1024 * 1024;

/**
 * Largest file accepted, in bytes, by what it is for. A text message keeps to
 * what carriers pass on; an email can carry more; a call recording is audio.
 */
export type AttachmentLimits = {
  /** Per file for a text, Facebook, Kijiji or web chat message. */
  message: number;
  /** Per file for an email. */
  email: number;
  /** Per audio file of a logged call. */
  call: number;
};

export const ATTACHMENT_LIMITS: Readonly<AttachmentLimits> = Object.freeze({
  message: 5 * MB,
  email: 10 * MB,
  call: 25 * MB,
});

/** How many leading bytes `checkAttachment` needs to tell every accepted type apart. */
export const ATTACHMENT_SNIFF_BYTES = 16;

export type AttachmentCandidate = { name: string; size: number; firstBytes: Uint8Array };
export type AttachmentCheckOptions = {
  purpose: AttachmentPurpose;
  /** The channel a message attachment goes out on; absent means "not chosen yet" (the largest message limit). */
  channel?: Channel;
  limits?: Partial<AttachmentLimits>;
};
/** Why a file is refused, for an element to say in its own language (`reason` says it in English). */
export type AttachmentRefusal =
  | { problem: 'empty' }
  | { problem: 'kind'; accepts: 'audio' | 'image-or-pdf' }
  | { problem: 'size'; size: number; limit: number; as: 'call' | 'email' | 'message' };
export type AttachmentCheck = { ok: true; mimeType: string } | ({ ok: false; reason: string } & AttachmentRefusal);

type Signature = { mimeType: string; label: string; matches: (bytes: Uint8Array) => boolean };

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);

const IMAGE_AND_PDF: Signature[] = [
  { mimeType: 'image/png', label: 'PNG', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mimeType: 'image/jpeg', label: 'JPEG', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { mimeType: 'image/gif', label: 'GIF', matches: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { mimeType: 'image/webp', label: 'WEBP', matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { mimeType: 'application/pdf', label: 'PDF', matches: (b) => ascii(b, 0, '%PDF-') },
];

/** An MPEG audio frame header: 11 sync bits, then a layer that is not the reserved 00. */
const isMpegFrame = (b: Uint8Array) => b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0 && ((b[1] ?? 0) & 0x06) !== 0;

const AUDIO: Signature[] = [
  { mimeType: 'audio/mpeg', label: 'MP3', matches: (b) => ascii(b, 0, 'ID3') || isMpegFrame(b) },
  { mimeType: 'audio/wav', label: 'WAV', matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WAVE') },
  { mimeType: 'audio/ogg', label: 'OGG', matches: (b) => ascii(b, 0, 'OggS') },
  { mimeType: 'audio/mp4', label: 'M4A', matches: (b) => ascii(b, 4, 'ftyp') },
  { mimeType: 'audio/webm', label: 'WebM', matches: (b) => startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]) },
];

/**
 * Says whether a file may be attached, judging its type by its first bytes
 * alone: a name ending in `.png` or a browser's guess proves nothing, and an
 * SVG (which can carry script) is never accepted. A refusal names the file and
 * says why in words a person can act on.
 */
export function checkAttachment(file: AttachmentCandidate, options: AttachmentCheckOptions): AttachmentCheck {
  const call = options.purpose === 'call';
  const { name } = file;
  const words = ATTACHMENT_REFUSAL_MESSAGES;
  if (file.size <= 0) return { ok: false, problem: 'empty', reason: format(words.empty, { name }) };

  const accepted = call ? AUDIO : IMAGE_AND_PDF;
  const match = accepted.find((signature) => signature.matches(file.firstBytes));
  if (!match) {
    const accepts = call ? 'audio' : 'image-or-pdf';
    return { ok: false, problem: 'kind', accepts, reason: format(call ? words.notAudio : words.notImageOrPdf, { name }) };
  }

  const limit = attachmentLimitFor(options.purpose, options.channel, options.limits);
  if (file.size > limit) {
    const as = call ? 'call' : options.channel === 'email' ? 'email' : 'message';
    const reason = format(words.tooLarge[as], { name, size: formatSize(file.size), limit: formatSize(limit) });
    return { ok: false, problem: 'size', size: file.size, limit, as, reason };
  }
  return { ok: true, mimeType: match.mimeType };
}

/** The size limit, in bytes, that applies to one attachment sent on `channel`. */
export function attachmentLimitFor(purpose: AttachmentPurpose, channel?: Channel, limits?: Partial<AttachmentLimits>): number {
  const all = { ...ATTACHMENT_LIMITS, ...limits };
  if (purpose === 'call') return all.call;
  if (channel === 'email') return all.email;
  return channel === undefined ? Math.max(all.message, all.email) : all.message;
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  const value = bytes / MB;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}
