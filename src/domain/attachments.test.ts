import { expect } from '@open-wc/testing';
import { ATTACHMENT_LIMITS, checkAttachment } from './attachments.js';

const text = (value: string) => [...value].map((char) => char.charCodeAt(0));
const bytes = (...parts: number[][]) => new Uint8Array(parts.flat());
const file = (name: string, firstBytes: Uint8Array, size = 1000) => ({ name, size, firstBytes });
const MB = 1024 * 1024;

const SIGNATURES: [string, Uint8Array, 'message' | 'call', string][] = [
  ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'message', 'image/png'],
  ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe1, 0, 0]), 'message', 'image/jpeg'],
  ['GIF', bytes(text('GIF89a'), [1, 0]), 'message', 'image/gif'],
  ['WEBP', bytes(text('RIFF'), [0, 0, 0, 0], text('WEBPVP8 ')), 'message', 'image/webp'],
  ['PDF', bytes(text('%PDF-1.4\n')), 'message', 'application/pdf'],
  ['MP3 with ID3', bytes(text('ID3'), [3, 0, 0, 0]), 'call', 'audio/mpeg'],
  ['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x44]), 'call', 'audio/mpeg'],
  ['WAV', bytes(text('RIFF'), [0, 0, 0, 0], text('WAVEfmt ')), 'call', 'audio/wav'],
  ['OGG', bytes(text('OggS'), [0, 2]), 'call', 'audio/ogg'],
  ['M4A', bytes([0, 0, 0, 0x20], text('ftypM4A ')), 'call', 'audio/mp4'],
  ['WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), 'call', 'audio/webm'],
];

describe('checkAttachment', () => {
  for (const [label, firstBytes, purpose, mimeType] of SIGNATURES) {
    it(`recognises ${label} from its bytes`, () => {
      expect(checkAttachment(file('upload.bin', firstBytes), { purpose })).to.deep.equal({ ok: true, mimeType });
    });
  }

  it('ignores the name: a PNG named .txt is a PNG, an SVG named .png is refused', () => {
    const png = SIGNATURES[0]![1];
    expect(checkAttachment(file('notes.txt', png), { purpose: 'message' })).to.deep.equal({ ok: true, mimeType: 'image/png' });
    const svg = checkAttachment(file('photo.png', bytes(text('<svg xmlns="http://www.w3.org/2000/svg">'))), { purpose: 'message' });
    expect(svg.ok).to.equal(false);
    if (!svg.ok) expect(svg.reason).to.equal(
      `"photo.png" can't be attached: a message takes an image (PNG, JPEG, GIF or WEBP) or a PDF document, and this file's content is not one of those.`,
    );
  });

  it('takes only audio for a call, and only images or PDF for a message', () => {
    const pdf = SIGNATURES[4]![1];
    const mp3 = SIGNATURES[5]![1];
    const call = checkAttachment(file('offer.pdf', pdf), { purpose: 'call' });
    expect(call.ok).to.equal(false);
    if (!call.ok) expect(call.reason).to.include('"offer.pdf"').and.include('audio');
    expect(call).to.include({ problem: 'kind', accepts: 'audio' });
    expect(checkAttachment(file('voice.mp3', mp3), { purpose: 'message' }).ok).to.equal(false);
  });

  it('refuses an empty file, naming it', () => {
    const result = checkAttachment(file('blank.png', new Uint8Array(), 0), { purpose: 'message' });
    expect(result).to.deep.equal({ ok: false, problem: 'empty', reason: '"blank.png" is empty.' });
  });

  it('applies the text limit (5 MB), the email limit (10 MB) and the call limit (25 MB) by default', () => {
    const png = SIGNATURES[0]![1];
    const mp3 = SIGNATURES[5]![1];
    expect(ATTACHMENT_LIMITS).to.deep.equal({ message: 5 * MB, email: 10 * MB, call: 25 * MB });
    const big = file('car.png', png, 6 * MB);
    const text = checkAttachment(big, { purpose: 'message', channel: 'sms' });
    expect(text).to.deep.equal({
      ok: false, problem: 'size', size: 6 * MB, limit: 5 * MB, as: 'message', reason: '"car.png" is 6 MB; a message attachment can be at most 5 MB.',
    });
    expect(checkAttachment(big, { purpose: 'message', channel: 'email' }).ok).to.equal(true);
    expect(checkAttachment(file('car.png', png, 11 * MB), { purpose: 'message', channel: 'email' }).ok).to.equal(false);
    expect(checkAttachment(file('call.mp3', mp3, 24 * MB), { purpose: 'call' }).ok).to.equal(true);
    expect(checkAttachment(file('call.mp3', mp3, 26 * MB), { purpose: 'call' }).ok).to.equal(false);
  });

  it('takes limits as configuration', () => {
    const png = SIGNATURES[0]![1];
    const result = checkAttachment(file('car.png', png, 2 * MB), { purpose: 'message', channel: 'sms', limits: { message: MB } });
    expect(result).to.deep.equal({
      ok: false, problem: 'size', size: 2 * MB, limit: MB, as: 'message', reason: '"car.png" is 2 MB; a message attachment can be at most 1 MB.',
    });
  });
});
