/**
 * SMS segment counting. A text in the GSM 03.38 alphabet travels as 7-bit
 * septets: 160 in one part, 153 in each part of a longer text (the rest of each
 * part carries the concatenation header). One character outside it sends the
 * whole text as UCS-2: 70 UTF-16 code units in one part, 67 per part when longer.
 */

// The basic table, without ESC (0x1B), which only ever introduces the extension table.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
// Each of these costs two septets: ESC and the character.
const GSM_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export const SMS_LIMITS = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
} as const satisfies Record<SmsEncoding, { single: number; multi: number }>;

export type SmsCount = {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  length: number;
  /** Parts the text is sent in; 0 for an empty text. */
  segments: number;
  /** Room in one part at the current encoding and length (160, 153, 70 or 67). */
  perSegment: number;
  /** Room left in the last part before another one starts. */
  remainingInSegment: number;
  /** The characters, each once, that forced UCS-2; empty for GSM-7. */
  nonGsmCharacters: string[];
};

/** Whether one character (a code point) can be sent in GSM-7. */
export function isGsmCharacter(character: string): boolean {
  return basic.has(character) || extension.has(character);
}

/** Counts a text's SMS parts as a phone network will split it. */
export function countSms(text: string): SmsCount {
  let gsm = true;
  for (const character of text) {
    if (!isGsmCharacter(character)) {
      gsm = false;
      break;
    }
  }
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  // A character's cost in its encoding; an emoji's two code units, like ESC + €, stay in one part.
  const costs: number[] = [];
  for (const character of text) costs.push(gsm ? (extension.has(character) ? 2 : 1) : character.length);
  const length = costs.reduce((sum, cost) => sum + cost, 0);
  const limits = SMS_LIMITS[encoding];

  let segments: number;
  let perSegment: number;
  let usedInLast: number;
  if (length <= limits.single) {
    segments = length === 0 ? 0 : 1;
    perSegment = limits.single;
    usedInLast = length;
  } else {
    perSegment = limits.multi;
    segments = 1;
    usedInLast = 0;
    for (const cost of costs) {
      if (usedInLast + cost > perSegment) {
        segments += 1;
        usedInLast = 0;
      }
      usedInLast += cost;
    }
  }
  return {
    encoding,
    length,
    segments,
    perSegment,
    remainingInSegment: perSegment - usedInLast,
    nonGsmCharacters: gsm ? [] : nonGsmCharacters(text),
  };
}

// Reported as a person sees them: a flag, a skin-toned or family emoji is one character.
function nonGsmCharacters(text: string): string[] {
  const found = new Set<string>();
  const pieces =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (piece) => piece.segment)
      : Array.from(text);
  for (const piece of pieces) {
    for (const character of piece) {
      if (!isGsmCharacter(character)) {
        found.add(piece);
        break;
      }
    }
  }
  return [...found];
}
