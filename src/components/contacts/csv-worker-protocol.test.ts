import { expect } from '@open-wc/testing';
import { cellsOf, rowsOf } from './csv-worker-protocol.js';

describe('cellsOf', () => {
  it('gives back the cells of a valid row that travelled NUL-joined, empty cells included', () => {
    const cells = ['Ana', '', 'Lee, Jr.', '"quoted"', ''];
    expect(cellsOf({ rowNumber: 2, errors: [], raw: cells.join('\0') })).to.deep.equal(cells);
  });

  it('gives back every row of a reply with its own cells, failed rows included', () => {
    const rows = rowsOf({
      json: JSON.stringify([{ rowNumber: 2, input: { lastName: 'Lee' }, errors: [] }, { rowNumber: 3, errors: ['Last Name: Is required'] }]),
      cells: [['Lee', '+85212345678'].join('\0'), ['', 'x@example.com'].join('\0')],
    });
    expect(rows.map((row) => [row.rowNumber, cellsOf(row)])).to.deep.equal([[2, ['Lee', '+85212345678']], [3, ['', 'x@example.com']]]);
  });

  it('gives a failed row its cells as sent', () => {
    expect(cellsOf({ rowNumber: 3, errors: ['Last Name: Is required'], raw: ['Ana', ''] })).to.deep.equal(['Ana', '']);
  });
});
