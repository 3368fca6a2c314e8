import { expect } from '@open-wc/testing';
import { MemoryAdapter } from '../../adapters/memory/index.js';
import { ContactInputSchema, validate } from '../../domain/index.js';
import { cellsOf, rowsOf, travellingInput } from './csv-worker-protocol.js';

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

describe('travellingInput', () => {
  it('leaves out only what the schema fills in, so storing it gives the same contact', async () => {
    const read = { lastName: 'Lee', vip: true, phones: { mobile: { number: '+85212345678', landline: false } }, customAttributes: { Source: 'Fair' } };
    const parsed = validate(ContactInputSchema, read);
    if (!parsed.ok) throw new Error('the sample row must be valid');
    const travelling = travellingInput(parsed.value);
    expect(travelling).to.not.have.any.keys('validated', 'dealership', 'emails', 'address', 'social', 'crmManaged', 'sharedWith');
    expect(travelling.phones).to.deep.equal({ mobile: { number: '+85212345678', landline: false } });
    const store = async (input: typeof travelling) => {
      const adapter = MemoryAdapter.demo();
      const [result] = (await adapter.importContacts([input])).results;
      // Only the id and the moment of storing may differ.
      const { id, createdAt, updatedAt, ...contact } = result!.ok ? result!.contact : ({} as never);
      return id && createdAt === updatedAt ? contact : undefined;
    };
    expect(await store(travelling)).to.deep.equal(await store(parsed.value));
  });
});
