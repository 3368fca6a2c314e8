import { expect } from '@open-wc/testing';
import { contactsCsvHeader } from './columns.js';
import { CsvFileError } from './read-text.js';
import { parseContactsCsv, QUOTE_MESSAGE, type ParsedContactsCsv } from './import.js';

const header = contactsCsvHeader();

/** A CSV in the template's layout from a few named cells per row. */
function templateCsv(records: Record<string, string>[], { newline = '\n', delimiter = ',' } = {}): string {
  const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = [header.join(delimiter), ...records.map((record) => header.map((h) => quote(record[h] ?? '')).join(delimiter))];
  return lines.join(newline) + newline;
}

async function refusal(source: string | Blob, options = {}): Promise<CsvFileError> {
  try {
    await parseContactsCsv(source, options);
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  throw new Error('The file was accepted');
}

const good = (result: ParsedContactsCsv) => result.rows.filter((row) => row.input);
const failed = (result: ParsedContactsCsv) => result.rows.filter((row) => !row.input);

describe('parseContactsCsv: seed 002 rules', () => {
  const sevenRows = templateCsv([
    { 'Last Name': 'Garcia', 'First Name': 'Ana', Mobile: '+85212345678', Email: 'ana@example.com', 'Birth Date': '12/14/1980', Language: 'English', Country: 'Hong Kong' },
    { Type: 'Customer', Level: 'Secondary', 'Last Name': 'Lee', Mobile: '+852 2345-6789' },
    { 'First Name': 'NoSurname', Email: 'nobody@example.com' },
    { Type: 'Prospect', Level: 'Tertiary', 'Last Name': 'Chen', Language: 'Simplified Chinese', Country: 'China' },
    { 'Last Name': 'Bad', Mobile: '85212345678', Email: 'not-an-email' },
    { Type: 'Others', 'Last Name': 'Rossi', Language: 'Italian', Country: 'Italy', VIP: 'yes' },
    { 'Last Name': 'Worse', 'Birth Date': '02/30/1980', Type: 'Partner', Country: 'Atlantis', Language: 'French' },
  ]);

  it('imports 4 of 7 rows and names what is wrong with each of the 3 others', async () => {
    const result = await parseContactsCsv(sevenRows);
    expect(good(result).map((row) => row.rowNumber)).to.deep.equal([2, 3, 5, 7]);
    const errors = Object.fromEntries(failed(result).map((row) => [row.rowNumber, row.errors]));
    expect(errors[4]).to.deep.equal(['Last Name is required']);
    expect(errors[6]).to.deep.equal([
      'Mobile: Must start with "+" and the country code, then the number (e.g. +85212345678)',
      'Email: Must be a valid email address (e.g. name@example.com)',
    ]);
    expect(errors[8]).to.have.members([
      'Birth Date: Must be a real date in MM/DD/YYYY form (e.g. 12/14/1980), not "02/30/1980"',
      'Country: "Atlantis" is not a country name from the ISO 3166 list',
      'Type: Must be one of Lead, Prospect, Customer, Other',
      'Language: Must be one of English, Italian, Thai, Simplified Chinese, Traditional Chinese',
    ]);
  });

  it('stores the values in the contact model’s form', async () => {
    const [ana, lee, chen, rossi] = good(await parseContactsCsv(sevenRows)).map((row) => row.input!);
    expect(ana).to.deep.include({ lastName: 'Garcia', firstName: 'Ana', birthDate: '1980-12-14', language: 'en' });
    expect(ana.phones).to.deep.equal({ mobile: { number: '+85212345678' } });
    expect(ana.emails).to.deep.equal({ primary: 'ana@example.com' });
    expect(ana.address).to.deep.equal({ country: 'HK' });
    expect(ana.type).to.equal('lead');
    expect(ana.level).to.equal('primary');
    expect(lee.phones!.mobile!.number, 'typed spaces and dashes are taken out').to.equal('+85223456789');
    expect(lee).to.deep.include({ type: 'customer', level: 'secondary' });
    expect(chen).to.deep.include({ type: 'prospect', level: 'tertiary', language: 'zh-Hans' });
    expect(chen.address!.country).to.equal('CN');
    expect(rossi).to.deep.include({ type: 'other', language: 'it', vip: true });
  });

  it('keeps each row’s cells exactly as given', async () => {
    const result = await parseContactsCsv(sevenRows);
    expect(result.header).to.deep.equal(header);
    const lee = result.rows.find((row) => row.rowNumber === 3)!;
    expect(lee.raw[header.indexOf('Mobile')]).to.equal('+852 2345-6789');
    expect(lee.raw).to.have.length(header.length);
  });

  it('accepts M/D/YYYY, refuses other date forms and future dates', async () => {
    const result = await parseContactsCsv(
      templateCsv([
        { 'Last Name': 'A', 'Birth Date': '1/5/1990' },
        { 'Last Name': 'B', 'Birth Date': '1990-01-05' },
        { 'Last Name': 'C', 'Birth Date': '01/05/2999' },
      ]),
    );
    expect(result.rows[0].input!.birthDate).to.equal('1990-01-05');
    expect(result.rows[1].errors[0]).to.match(/^Birth Date: Must be a real date in MM\/DD\/YYYY form/);
    expect(result.rows[2].errors).to.deep.equal(['Birth Date: Must not be in the future']);
  });

  it('reads VIP as yes/no/true/false and refuses anything else', async () => {
    const result = await parseContactsCsv(
      templateCsv(['Yes', 'no', 'TRUE', 'false', 'maybe'].map((vip, i) => ({ 'Last Name': `L${i}`, VIP: vip }))),
    );
    expect(result.rows.slice(0, 4).map((row) => row.input!.vip)).to.deep.equal([true, false, true, false]);
    expect(result.rows[4].errors).to.deep.equal(['VIP: Must be Yes or No, not "maybe"']);
  });

  it('reads Traditional Chinese, Thai and the official IBAN country names', async () => {
    const result = await parseContactsCsv(
      templateCsv([
        { 'Last Name': 'A', Language: 'traditional chinese', Country: 'United States of America (the)' },
        { 'Last Name': 'B', Language: 'Thai', Country: 'thailand' },
      ]),
    );
    expect(result.rows[0].input).to.deep.include({ language: 'zh-Hant' });
    expect(result.rows[0].input!.address!.country).to.equal('US');
    expect(result.rows[1].input).to.deep.include({ language: 'th' });
    expect(result.rows[1].input!.address!.country).to.equal('TH');
  });

  it('reads Custom: columns into custom attributes', async () => {
    const csv = 'Last Name,Custom: Loyalty Tier,Custom: Empty\nRossi,Gold,\n';
    const [row] = (await parseContactsCsv(csv)).rows;
    expect(row.input!.customAttributes).to.deep.equal({ 'Loyalty Tier': 'Gold' });
  });

  it('matches headers case- and space-insensitively, and by field key', async () => {
    const csv = 'LAST NAME,first_name,jobTitle,  email  ,mobile,Favourite Colour\nRossi,Ana,Buyer,ana@example.com,+393331234567,blue\n';
    const result = await parseContactsCsv(csv);
    expect(result.header[3], 'the header is kept as given, for ErrorDetail.csv').to.equal('  email  ');
    expect(result.rows[0].input).to.deep.include({ lastName: 'Rossi', firstName: 'Ana', jobTitle: 'Buyer' });
    expect(result.rows[0].input!.emails).to.deep.equal({ primary: 'ana@example.com' });
    expect(result.ignoredColumns).to.deep.equal(['Favourite Colour']);
  });
});

describe('parseContactsCsv: contacts left for the adapter to check', () => {
  const csv = templateCsv([
    { 'Last Name': 'Garcia', Email: 'not-an-email', VIP: 'Yes' },
    { 'Last Name': 'Lee', Email: 'also-bad', 'Birth Date': '31/12/1990' },
    { 'Last Name': 'Chan', Email: 'chan@example.com' },
    { 'Last Name': 'Moss', Email: 'chan@example.com' },
  ]);

  it('fails a row only for what the file gets wrong, and passes its contact on as read', async () => {
    const result = await parseContactsCsv(csv, { checkContacts: false });
    expect(result.rows[0]!.input).to.deep.equal({ lastName: 'Garcia', emails: { primary: 'not-an-email' }, vip: true });
    expect(result.rows[2]!.input).to.deep.equal({ lastName: 'Chan', emails: { primary: 'chan@example.com' } });
    // A row that fails anyway is still told every problem, the contact's own included.
    expect(result.rows[1]!.errors).to.deep.equal([
      'Birth Date: Must be a real date in MM/DD/YYYY form (e.g. 12/14/1980), not "31/12/1990"',
      'Email: Must be a valid email address (e.g. name@example.com)',
    ]);
    // A repeat of an earlier row is named, for whoever stores the rows to judge.
    expect(result.rows[3]!.errors).to.deep.equal([]);
    expect(result.rows[3]!.repeats).to.deep.equal([{ rowNumber: 4, by: 'email', value: 'chan@example.com' }]);
  });

  it('never lets a row that will be refused block a later valid row with the same email or phone', async () => {
    // Seed 002: a failed row never blocks a valid one, whether contacts are checked here or by the adapter.
    const repeats = templateCsv([
      { 'First Name': 'Ana', Email: 'ana@example.com', Mobile: '+85212345678' },
      { 'Last Name': 'Lee', 'First Name': 'x'.repeat(101), Mobile: '+85298765432' },
      { 'Last Name': 'Garcia', 'First Name': 'Ana', Email: 'ana@example.com' },
      { 'Last Name': 'Wong', Mobile: '+85298765432' },
      { 'Last Name': 'Again', Email: 'ANA@example.com' },
      // A number no contact can hold, on two rows: neither is the other's duplicate.
      { 'Last Name': 'Short', Mobile: '12345' },
      { 'Last Name': 'Shorter', Mobile: '12345' },
    ]);
    for (const checkContacts of [true, false]) {
      const result = await parseContactsCsv(repeats, { checkContacts });
      // Rows 2, 3, 7 and 8 are read unchecked as they are given; the adapter refuses them later.
      expect(result.rows.map((row) => row.errors.length === 0), `checkContacts: ${checkContacts}`)
        .to.deep.equal(checkContacts ? [false, false, true, true, false, false, false] : [true, true, true, true, true, true, true]);
      if (checkContacts) {
        expect(result.rows[6]!.errors.join()).to.match(/^Mobile: Must start with "\+"/);
        expect(result.rows[4]!.errors).to.deep.equal(['Matches row 4 of this file by email ana@example.com']);
      } else {
        // Which of the unchecked rows it repeats is stored is learnt only when they are: the rows are named.
        expect(result.rows[4]!.errors).to.deep.equal([]);
        expect(result.rows[4]!.repeats).to.deep.equal([
          { rowNumber: 2, by: 'email', value: 'ana@example.com' }, { rowNumber: 4, by: 'email', value: 'ana@example.com' },
        ]);
        expect(result.rows[3]!.repeats, 'Wong shares a mobile with Lee').to.deep.equal([{ rowNumber: 3, by: 'phone', value: '+85298765432' }]);
        expect(result.rows[6]!.repeats, 'no contact can hold "12345"').to.equal(undefined);
      }
    }
  });

  it('checks each contact by default', async () => {
    const result = await parseContactsCsv(csv);
    expect(result.rows[0]!.errors).to.deep.equal(['Email: Must be a valid email address (e.g. name@example.com)']);
    expect(result.rows[2]!.input).to.include({ type: 'lead', level: 'primary', vip: false });
  });
});

describe('parseContactsCsv: file shapes', () => {
  const expectRossiAndLee = (result: ParsedContactsCsv) => {
    expect(result.rows.map((row) => row.input?.lastName)).to.deep.equal(['Rossi', 'Lee']);
  };

  it('reads a UTF-8 file with a BOM and CRLF line ends', async () => {
    const text = '\uFEFFFirst Name,Last Name\r\nJosé,Rossi\r\nBen,Lee\r\n';
    const result = await parseContactsCsv(new File([text], 'contacts.csv', { type: 'text/csv' }));
    expect(result.header).to.deep.equal(['First Name', 'Last Name']);
    expectRossiAndLee(result);
    expect(result.rows[0].input!.firstName).to.equal('José');
    expect(result.rows[1].raw).to.deep.equal(['Ben', 'Lee']);
  });

  it('reads Windows-1252 bytes (Excel’s CSV on Windows)', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Last Name\r\nJos'), 0xe9, 0x0d, 0x0a]);
    const result = await parseContactsCsv(new Blob([bytes]));
    expect(result.rows[0].input!.lastName).to.equal('José');
  });

  it('reads UTF-16 with a BOM and tabs (Excel’s Unicode Text)', async () => {
    const text = 'Last Name\tCity\r\nRossi\tMilano\r\nLee\tSeoul\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes[2 + i * 2] = text.charCodeAt(i);
    const result = await parseContactsCsv(new Blob([bytes]));
    expect(result.delimiter).to.equal('\t');
    expectRossiAndLee(result);
  });

  it('keeps a quoted cell with a line break, commas and quotes as one cell', async () => {
    const csv = 'Last Name,Street\nRossi,"Via Roma 1,\nscala B ""interno"" 3"\nLee,Main St\n';
    const result = await parseContactsCsv(csv);
    expectRossiAndLee(result);
    expect(result.rows[0].input!.address!.street).to.equal('Via Roma 1,\nscala B "interno" 3');
    expect(result.rows[1].rowNumber, 'a multi-line cell is still one spreadsheet row').to.equal(3);
  });

  it('reads old Mac CR line ends and mixed LF / CRLF ends', async () => {
    expectRossiAndLee(await parseContactsCsv('Last Name,City\rRossi,Milano\rLee,Seoul\r'));
    const mixed = await parseContactsCsv('Last Name,City\r\nRossi,Milano\nLee,"Seoul"\r\n');
    expectRossiAndLee(mixed);
    expect(mixed.rows.map((row) => row.raw)).to.deep.equal([['Rossi', 'Milano'], ['Lee', 'Seoul']]);
  });

  it('detects a semicolon delimiter', async () => {
    const result = await parseContactsCsv('Last Name;City\nRossi;"Milano; Centro"\nLee;Seoul\n');
    expect(result.delimiter).to.equal(';');
    expectRossiAndLee(result);
    expect(result.rows[0].input!.address!.city).to.equal('Milano; Centro');
  });

  it('detects a tab delimiter', async () => {
    const result = await parseContactsCsv('Last Name\tCompany\nRossi\tAcme, Inc.\nLee\t\n');
    expect(result.delimiter).to.equal('\t');
    expectRossiAndLee(result);
    expect(result.rows[0].input!.company).to.equal('Acme, Inc.');
  });

  it('skips blank lines but keeps spreadsheet row numbers', async () => {
    const result = await parseContactsCsv('Last Name\nRossi\n\n,\nLee\n');
    expectRossiAndLee(result);
    expect(result.rows.map((row) => row.rowNumber)).to.deep.equal([2, 5]);
  });

  it('ignores the Error column of a re-uploaded ErrorDetail.csv', async () => {
    const result = await parseContactsCsv('Last Name,Error\nRossi,Last Name is required\n');
    expect(result.rows[0].errors).to.deep.equal([]);
    expect(result.rows[0].input!.customAttributes).to.deep.equal({});
    expect(result.ignoredColumns).to.deep.equal([]);
  });
});

describe('parseContactsCsv: cells read again', () => {
  const shapes: [string, string][] = [
    ['a BOM and CRLF ends', '\uFEFFFirst Name,Last Name,Street\r\nJosé,Rossi,"Via Roma 1,\r\nscala B"\r\nBen,Lee,\r\n'],
    ['LF ends, quotes and a quoted line break', 'Last Name,Street,Notes\nRossi,"Via Roma 1,\nscala B ""interno"" 3",x\nLee,Main St,"=1+2"\n'],
    ['old Mac CR ends', 'Last Name,City\rRossi,Milano\rLee,Seoul'],
    ['semicolons and blank lines', 'Last Name;City\nRossi;"Milano; Centro"\n\n;\nLee;Seoul\n'],
    ['tabs and a file with no last line end', 'Last Name\tCompany\nRossi\tAcme, Inc.\nLee\t'],
  ];
  for (const [shape, text] of shapes) {
    it(`gives each row's cells exactly as first read: ${shape}`, async () => {
      const result = await parseContactsCsv(text);
      const rowNumbers = result.rows.map((row) => row.rowNumber);
      expect(rowNumbers.length).to.be.greaterThan(1);
      expect(result.cellsOfRows(rowNumbers)).to.deep.equal(result.rows.map((row) => row.raw));
    });
  }

  it('reads again the rows asked for, in the order asked, and nothing for a number that is no record', async () => {
    const result = await parseContactsCsv('Last Name,City\nRossi,Milano\n\nLee,"Seoul"\nPark,Busan\n');
    expect(result.cellsOfRows([5, 2, 3, 1, 99])).to.deep.equal([['Park', 'Busan'], ['Rossi', 'Milano'], [], [], []]);
  });

  it('gives a row with an unclosed quote nothing to read again: its cells came with its error', async () => {
    const result = await parseContactsCsv('Last Name,City\nRossi,Milano\nLee,"Seoul\nPark,Busan\n');
    expect(result.rows[1].raw).to.deep.equal(['Lee', '"Seoul']);
    expect(result.cellsOfRows([3, 4])).to.deep.equal([[], ['Park', 'Busan']]);
  });
});

describe('parseContactsCsv: a malformed row fails alone', () => {
  it('fails a row with too few or too many cells, not the file', async () => {
    const result = await parseContactsCsv('First Name,Last Name,City\nAna,Rossi,Milano\nBen,Lee\nCy,Park,Seoul,extra\nDee,Kim,Busan\n');
    expect(result.rows.map((row) => row.errors)).to.deep.equal([
      [],
      ['The row has 2 cells but the header has 3 columns'],
      ['The row has 4 cells but the header has 3 columns'],
      [],
    ]);
    expect(result.rows[1].raw).to.deep.equal(['Ben', 'Lee']);
  });

  it('fails a row whose unquoted comma shifts its cells', async () => {
    const result = await parseContactsCsv('Last Name,Country,VIP\nPark,Korea, Republic of,\nKim,Korea (the Republic of),No\n');
    expect(result.rows[0].errors).to.deep.equal(['The row has 4 cells but the header has 3 columns']);
    expect(result.rows[1].input!.address!.country).to.equal('KR');
  });

  it('fails a row with an unclosed quote and reads the rows after it', async () => {
    const csv = 'Last Name,City\nRossi,Milano\nLee,"Seoul\nPark,Busan\nKim,"Daegu"\n';
    const result = await parseContactsCsv(csv);
    expect(result.rows.map((row) => [row.rowNumber, row.input?.lastName ?? row.errors[0]])).to.deep.equal([
      [2, 'Rossi'],
      [3, QUOTE_MESSAGE],
      [4, 'Park'],
      [5, 'Kim'],
    ]);
    expect(result.rows[1].raw).to.deep.equal(['Lee', '"Seoul']);
  });

  it('fails a row with text after a closing quote', async () => {
    const result = await parseContactsCsv('Last Name,City\n"Rossi"x,Milano\nLee,Seoul\n');
    expect(result.rows[0].errors).to.deep.equal([QUOTE_MESSAGE]);
    expect(result.rows[1].input!.lastName).to.equal('Lee');
  });

  it('fails an unclosed quote on the last line', async () => {
    const result = await parseContactsCsv('Last Name,City\nRossi,Milano\nLee,"Seoul');
    expect(result.rows[1].errors).to.deep.equal([QUOTE_MESSAGE]);
  });
});

describe('parseContactsCsv: refused files', () => {
  it('refuses an empty file', async () => {
    expect((await refusal(new File([], 'empty.csv'))).code).to.equal('empty');
    expect((await refusal('\uFEFF \r\n')).code).to.equal('empty');
  });

  it('refuses a binary file, such as an .xlsx', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const error = await refusal(new Blob([zip]));
    expect(error.code).to.equal('binary');
    expect(error.message).to.contain('Save it as CSV');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await refusal(new Blob(['Last Name\n', 'x'.repeat(2000)]), { maxBytes: 1024 });
    expect(error.code).to.equal('too-large');
    expect(error.message).to.contain('files up to');
  });

  it('refuses a file with more records than the limit', async () => {
    const error = await refusal(`Last Name\n${'Rossi\n'.repeat(11)}`, { maxRows: 10 });
    expect(error.code).to.equal('too-many-rows');
  });

  it('refuses a file with no Last Name column', async () => {
    const error = await refusal('First Name,Email\nAna,ana@example.com\n');
    expect(error.code).to.equal('no-last-name');
    expect(error.message).to.contain('Last Name column');
  });

  it('refuses a header with no records', async () => {
    expect((await refusal('Last Name,First Name\r\n')).code).to.equal('no-records');
  });
});
