import { expect } from '@open-wc/testing';
import { cellsOf } from './csv-worker-protocol.js';

describe('cellsOf', () => {
  it('gives back the cells of a valid row that travelled NUL-joined, empty cells included', () => {
    const cells = ['Ana', '', 'Lee, Jr.', '"quoted"', ''];
    expect(cellsOf({ rowNumber: 2, errors: [], raw: cells.join('\0') })).to.deep.equal(cells);
  });

  it('gives a failed row its cells as sent', () => {
    expect(cellsOf({ rowNumber: 3, errors: ['Last Name: Is required'], raw: ['Ana', ''] })).to.deep.equal(['Ana', '']);
  });
});
