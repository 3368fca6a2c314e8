import { expect } from '@open-wc/testing';
import { readUsDate } from './formats.js';

describe('readUsDate (seed 002: birth date MM/DD/YYYY)', () => {
  it('reads a real date, with or without leading zeros, as YYYY-MM-DD', () => {
    expect(readUsDate('12/14/1980')).to.equal('1980-12-14');
    expect(readUsDate('2/3/1999')).to.equal('1999-02-03');
    expect(readUsDate(' 07/04/2001 ')).to.equal('2001-07-04');
    expect(readUsDate('1/2/0999'), 'four digits of year, kept').to.equal('0999-01-02');
  });

  it('knows leap years', () => {
    expect(readUsDate('02/29/2024')).to.equal('2024-02-29');
    expect(readUsDate('02/29/2000')).to.equal('2000-02-29');
    expect(readUsDate('02/29/1900')).to.equal(undefined);
    expect(readUsDate('02/29/2023')).to.equal(undefined);
  });

  it('refuses days that do not exist and other forms', () => {
    for (const text of ['04/31/2000', '13/01/2000', '00/10/2000', '10/00/2000', '12/32/1980', '1980-12-14', '12-14-1980', '12/14/80', '1/1/0050', '1/ 2/1999', '+1/2/1999', '1/2/1999x', '']) {
      expect(readUsDate(text), text).to.equal(undefined);
    }
  });
});
