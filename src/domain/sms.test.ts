import { expect } from '@open-wc/testing';
import { countSms, isGsmCharacter } from './sms.js';

describe('countSms', () => {
  it('counts an empty text as no part with the full room left', () => {
    expect(countSms('')).to.deep.equal({
      encoding: 'GSM-7', length: 0, segments: 0, perSegment: 160, remainingInSegment: 160, nonGsmCharacters: [],
    });
  });

  it('fits 160 GSM characters in one part', () => {
    expect(countSms('a'.repeat(160))).to.deep.include({ encoding: 'GSM-7', length: 160, segments: 1, perSegment: 160, remainingInSegment: 0 });
  });

  it('sends 161 GSM characters in two parts of 153', () => {
    expect(countSms('a'.repeat(161))).to.deep.include({ length: 161, segments: 2, perSegment: 153, remainingInSegment: 145 });
  });

  it('fits 306 characters in two parts and starts a third at 307', () => {
    expect(countSms('a'.repeat(306))).to.deep.include({ segments: 2, remainingInSegment: 0 });
    expect(countSms('a'.repeat(307))).to.deep.include({ segments: 3, remainingInSegment: 152 });
  });

  it('keeps the letters of the GSM alphabet in GSM-7', () => {
    expect(countSms('Ça va? Ñoño Øre ß @home £$¥ èéùìò ÄÖÜäöüà §¿¡ ΔΦΓΛΩΠΨΣΘΞ\r\n').encoding).to.equal('GSM-7');
  });

  it('sends an accented letter outside the GSM alphabet as UCS-2', () => {
    expect(countSms('Ça coûte 5 €').encoding).to.equal('UCS-2');
  });

  it('counts € and the other extension characters as two septets', () => {
    expect(countSms('€')).to.deep.include({ encoding: 'GSM-7', length: 2, remainingInSegment: 158 });
    expect(countSms('[]{}^~|\\\f€').length).to.equal(20);
  });

  it('goes to two parts when extension characters pass 160 septets', () => {
    expect(countSms('€'.repeat(80))).to.deep.include({ length: 160, segments: 1 });
    expect(countSms('€'.repeat(81))).to.deep.include({ length: 162, segments: 2 });
  });

  it('never splits an escape pair across parts', () => {
    // 152 septets then €: the pair does not fit in part one's 153, so it opens part two.
    const count = countSms('a'.repeat(152) + '€' + 'a'.repeat(10));
    expect(count).to.deep.include({ length: 164, segments: 2, remainingInSegment: 153 - 12 });
  });

  it('switches to UCS-2 for one emoji and names it', () => {
    const count = countSms('Great, see you at 5 👍');
    expect(count).to.deep.include({ encoding: 'UCS-2', length: 22, segments: 1, perSegment: 70, remainingInSegment: 48 });
    expect(count.nonGsmCharacters).to.deep.equal(['👍']);
  });

  it('names each character that forced UCS-2 once, curly quotes included', () => {
    expect(countSms('It’s “fine” ’’ ç').nonGsmCharacters).to.deep.equal(['’', '“', '”', 'ç']);
  });

  it('names a skin-toned emoji or a flag as one character', () => {
    expect(countSms('Hi 👍🏽 🇨🇦').nonGsmCharacters).to.deep.equal(['👍🏽', '🇨🇦']);
  });

  it('fits 70 UCS-2 units in one part and uses 67 per part beyond', () => {
    expect(countSms('ж'.repeat(70))).to.deep.include({ segments: 1, perSegment: 70, remainingInSegment: 0 });
    expect(countSms('ж'.repeat(71))).to.deep.include({ segments: 2, perSegment: 67, remainingInSegment: 63 });
  });

  it('counts an emoji as two units and never splits it across parts', () => {
    expect(countSms('😀'.repeat(35))).to.deep.include({ length: 70, segments: 1 });
    // 66 units then an emoji: it cannot take the 67th unit alone, so it opens part two.
    const count = countSms('ж'.repeat(66) + '😀' + 'ж');
    expect(count).to.deep.include({ length: 69, segments: 1 });
    const longer = countSms('ж'.repeat(66) + '😀' + 'ж'.repeat(5));
    expect(longer).to.deep.include({ length: 73, segments: 2, remainingInSegment: 67 - 7 });
  });
});

describe('isGsmCharacter', () => {
  it('knows the basic and extension tables', () => {
    expect(isGsmCharacter('é')).to.equal(true);
    expect(isGsmCharacter('€')).to.equal(true);
    expect(isGsmCharacter('\u001b')).to.equal(false);
    expect(isGsmCharacter('á')).to.equal(false);
    expect(isGsmCharacter('`')).to.equal(false);
  });
});
