import { expect } from '@open-wc/testing';
import { makeContactsCsv } from '../../../bench/fixtures/contacts-csv.js';
import { contactsCsvHeader, parseContactsCsv, type ContactCsvRow } from '../../domain/csv/index.js';
import type { ContactInput } from '../../domain/index.js';
import { cellsOf, packRows, rowsOf } from './csv-worker-protocol.js';

/** Rows as the worker reads them: contacts left to the adapter to check. */
async function readRows(text: string): Promise<ContactCsvRow[]> {
  return (await parseContactsCsv(text, { checkContacts: false })).rows;
}

/** JSON that keeps key order, so a rebuilt contact must match field for field and in order. */
const exactly = (value: unknown) => JSON.stringify(value);

describe('packRows and rowsOf', () => {
  it('bring every row of a realistic file across as read: contacts, numbers, problems, and a failed row\'s cells', async () => {
    const rows = await readRows(makeContactsCsv(2_000));
    expect(rows.filter((row) => row.input).length).to.be.greaterThan(1_800);
    // Read unchecked, a row fails here only for the file's own forms (its birth date, a quarter of the broken rows).
    expect(rows.filter((row) => !row.input).length).to.be.greaterThan(20);
    const across = rowsOf(packRows(rows));
    expect(across).to.have.length(rows.length);
    across.forEach((row, index) => {
      const sent = rows[index]!;
      expect(row.rowNumber).to.equal(sent.rowNumber);
      expect(exactly(row.input), `row ${sent.rowNumber}`).to.equal(exactly(sent.input));
      expect(row.errors).to.deep.equal(sent.errors);
      // A row with a contact leaves its cells behind: the page asks for the few the adapter refuses.
      expect(cellsOf(row)).to.deep.equal(sent.input ? undefined : sent.raw);
    });
  });

  it('bring every column across: custom attributes, VIP both ways, quotes, commas and line breaks', async () => {
    const header = [...contactsCsvHeader(), 'Custom: Fleet size', 'Custom: Region'];
    const row = (fill: Record<string, string>) => header.map((name) => fill[name] ?? '').map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
    const text = [
      header.join(','),
      row(Object.fromEntries(header.map((name) => [name, `${name} value`]))),
      row({ 'Last Name': 'Lee', VIP: 'Yes', Mobile: '+852 1234-5678', 'Custom: Region': 'Nord, "Est"' }),
      row({ 'Last Name': 'Rossi', VIP: 'No', 'Custom: Fleet size': '12', Email: 'line\nbreak@example.com' }),
      // Dashes only: the number is there but empty, and must stay there for the adapter to refuse.
      row({ 'Last Name': 'Dash', Mobile: '- -', 'Work Phone': '(  )' }),
    ].join('\n');
    const rows = await readRows(text);
    const read = rows.filter((candidate) => candidate.input);
    expect(read.map((candidate) => candidate.input!.lastName)).to.include.members(['Lee', 'Rossi', 'Dash']);
    const across = rowsOf(packRows(rows));
    across.forEach((candidate, index) => expect(exactly(candidate.input)).to.equal(exactly(rows[index]!.input)));
    const dash = across.find((candidate) => candidate.input?.lastName === 'Dash')!;
    expect(dash.input!.phones).to.deep.equal({ mobile: { number: '' }, work: { number: '' } });
    expect(across.find((candidate) => candidate.input?.lastName === 'Lee')!.input).to.deep.include({ vip: true, customAttributes: { Region: 'Nord, "Est"' } });
    expect(across.find((candidate) => candidate.input?.lastName === 'Rossi')!.input).to.deep.include({ vip: false, customAttributes: { 'Fleet size': '12' } });
  });

  it('gives a failed row its problems and its cells, and no contact; a read row its contact, the rows it may repeat, and no cells', () => {
    const across = rowsOf(packRows([
      { rowNumber: 2, raw: ['Lee', '+85212345678'], input: { lastName: 'Lee' }, errors: [] },
      { rowNumber: 3, raw: ['', 'x@example.com'], errors: ['Last Name: Is required'] },
      { rowNumber: 4, raw: ['Li', '+85212345678'], input: { lastName: 'Li' }, errors: [], repeats: [{ rowNumber: 2, by: 'phone', value: '+85212345678' }] },
    ]));
    expect(across.map((row) => [row.rowNumber, row.input, row.errors, cellsOf(row), row.repeats])).to.deep.equal([
      [2, { lastName: 'Lee' }, [], undefined, undefined],
      [3, undefined, ['Last Name: Is required'], ['', 'x@example.com'], undefined],
      [4, { lastName: 'Li' }, [], undefined, [{ rowNumber: 2, by: 'phone', value: '+85212345678' }]],
    ]);
  });
});

describe('packRows: values that repeat', () => {
  it('sends each type, level, language, company, job title, department, group, city, state or country once a batch', () => {
    const inputs = [
      { type: 'customer', level: 'secondary', lastName: 'Lee', company: 'Acme', address: { country: 'HK', city: 'Kowloon' } },
      { type: 'customer', lastName: 'Kim', firstName: 'Acme', company: 'Acme', address: { city: 'Kowloon', street: 'Kowloon' } },
      { type: 'Leed', lastName: 'Park', language: 'th', jobTitle: 'Owner', department: 'Sales', group: 'Fair', address: { state: 'NT' } },
    ] as ContactInput[];
    const packed = packRows(inputs.map((input, index) => ({ rowNumber: index + 2, raw: [], input, errors: [] })));
    expect(packed.texts).to.deep.equal(['customer', 'secondary', 'Acme', 'HK', 'Kowloon', 'Leed', 'th', 'Owner', 'Sales', 'Fair', 'NT']);
    // Names, streets and the like travel as they are, even when they read like a shared value.
    expect(packed.values.filter((value) => typeof value === 'string')).to.deep.equal(['Lee', 'Kim', 'Acme', 'Kowloon', 'Park']);
    expect(rowsOf(packed).map((row) => row.input)).to.deep.equal(inputs);
  });
});

describe('cellsOf', () => {
  it('gives back the cells of a row that travelled NUL-joined, empty cells included', () => {
    const cells = ['Ana', '', 'Lee, Jr.', '"quoted"', ''];
    expect(cellsOf({ rowNumber: 2, errors: [], raw: cells.join('\0') })).to.deep.equal(cells);
  });

  it('gives a row read on the page its cells as they are', () => {
    expect(cellsOf({ rowNumber: 3, errors: ['Last Name: Is required'], raw: ['Ana', ''] })).to.deep.equal(['Ana', '']);
  });
});
