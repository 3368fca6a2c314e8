import { expect } from '@open-wc/testing';
import { unguardFormula } from './cells.js';
import { contactsCsvHeader } from './columns.js';
import { errorDetailCsv } from './error-file.js';
import { parseContactsCsv } from './import.js';

const header = contactsCsvHeader();

function templateRow(cells: Record<string, string>): string {
  return header.map((h) => cells[h] ?? '').join(',');
}

/** "A", "Z", "AA": the spreadsheet's name for a 0-based column index. */
function columnLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : columnLetter(Math.floor(index / 26) - 1) + columnLetter(index % 26);
}

const upload = [
  header.join(','),
  templateRow({ 'Last Name': 'Garcia', Email: 'ana@example.com' }),
  templateRow({ 'First Name': 'Nadia', Email: 'nadia@example.com' }),
  templateRow({ 'Last Name': 'Lee', Mobile: '852 2345 6789' }),
  templateRow({ 'Last Name': 'Chen', Email: 'chen@example' }),
  templateRow({ 'Last Name': 'Rossi', 'Birth Date': '14/12/1980', Mobile: '+39 333 1234567' }),
  templateRow({ 'Last Name': 'Park', Country: '"Korea, Republic of"' }),
  templateRow({ 'Last Name': 'Kim', VIP: 'yes' }),
].join('\r\n');

describe('errorDetailCsv', () => {
  it('writes the failed rows as given with what is wrong in column AA', async () => {
    const parsed = await parseContactsCsv(upload);
    const failedRows = parsed.rows.filter((row) => !row.input);
    expect(failedRows).to.have.length(4);
    const errorDetail = await parseContactsCsv(errorDetailCsv(parsed.header, failedRows)).catch(() => undefined);
    expect(errorDetail, 'ErrorDetail.csv is itself an importable file').to.not.equal(undefined);
    const header = errorDetail!.header;
    expect(columnLetter(header.indexOf('Error'))).to.equal('AA');
    expect(header.filter((cell) => cell !== 'Error')).to.deep.equal(parsed.header);
    const errorOf = (row: { raw: string[] }) => row.raw[header.indexOf('Error')];
    expect(errorDetail!.rows.map(errorOf)).to.deep.equal([
      'Last Name is required',
      'Mobile: Must start with "+" and the country code, then the number (e.g. +85212345678)',
      'Email: Must be a valid email address (e.g. name@example.com)',
      'Birth Date: Must be a real date in MM/DD/YYYY form (e.g. 12/14/1980), not "14/12/1980"',
    ]);
    // As given, but guarded: a spreadsheet opening ErrorDetail.csv must not run "+39 333…" as a formula.
    const withoutError = (row: { raw: string[] }) => row.raw.filter((_, i) => i !== header.indexOf('Error'));
    expect(errorDetail!.rows.map(withoutError).map((cells) => cells.map(unguardFormula))).to.deep.equal(
      failedRows.map((row) => row.raw),
    );
    expect(withoutError(errorDetail!.rows[3])[header.indexOf('Mobile')]).to.equal("'+39 333 1234567");
  });

  it('joins all problems of a row with "; "', () => {
    const csv = errorDetailCsv(['Last Name', 'Email'], [{ raw: ['', 'x'], errors: ['Last Name is required', 'Email: Must be a valid email address'] }]);
    expect(csv).to.equal('\uFEFFLast Name,Email,Error\r\n,x,Last Name is required; Email: Must be a valid email address\r\n');
  });

  it('imports only the fixed rows when the corrected file is uploaded again', async () => {
    const parsed = await parseContactsCsv(upload);
    let fixed = errorDetailCsv(parsed.header, parsed.rows.filter((row) => !row.input));
    fixed = fixed
      .replace(',Nadia,,', ',Nadia,Haddad,')
      .replace('852 2345 6789', '+852 2345 6789')
      .replace('chen@example,', 'chen@example.com,')
      .replace('14/12/1980', '12/14/1980');
    const again = await parseContactsCsv(new File([fixed], 'ErrorDetail.csv'));
    expect(again.rows.map((row) => row.errors)).to.deep.equal([[], [], [], []]);
    expect(again.rows.map((row) => row.input!.lastName)).to.deep.equal(['Haddad', 'Lee', 'Chen', 'Rossi']);
    expect(again.rows[1].input!.phones!.mobile!.number).to.equal('+85223456789');
    expect(again.rows[3].input!.birthDate).to.equal('1980-12-14');
    expect(again.ignoredColumns).to.deep.equal([]);
  });

  it('rewrites the Error column of a file that already has one', () => {
    const csv = errorDetailCsv(['Last Name', 'Error', 'City'], [{ raw: ['', 'old problem', 'Milano'], errors: ['Last Name is required'] }]);
    expect(csv).to.equal('\uFEFFLast Name,Error,City\r\n,Last Name is required,Milano\r\n');
  });

  it('puts Error last in a file with fewer columns, and pads a short row to reach it', () => {
    const csv = errorDetailCsv(['First Name', 'Last Name', 'City'], [{ raw: ['Ana'], errors: ['The row has 1 cells but the header has 3 columns'] }]);
    expect(csv).to.equal('\uFEFFFirst Name,Last Name,City,Error\r\nAna,,,The row has 1 cells but the header has 3 columns\r\n');
  });

  it('keeps a cell’s formula guard single and adds one to a dangerous cell', () => {
    const csv = errorDetailCsv(['Last Name', 'Mobile'], [{ raw: ['=HYPERLINK("x")', "'+1415"], errors: ['Mobile: too short'] }]);
    expect(csv).to.equal('\uFEFFLast Name,Mobile,Error\r\n"\'=HYPERLINK(""x"")",\'+1415,Mobile: too short\r\n');
  });
});
