import { expect } from '@open-wc/testing';
import { CONTACT_CSV_COLUMNS, contactsCsvHeader, contactsCsvTemplate, ERROR_COLUMN_AA, matchHeader } from './columns.js';
import { parseContactsCsv } from './import.js';

describe('contact CSV columns', () => {
  it('follows seed 002’s form in columns A–Z, then VIP', () => {
    expect(contactsCsvHeader().slice(0, ERROR_COLUMN_AA)).to.deep.equal([
      'Type', 'Level', 'First Name', 'Last Name', 'Company', 'Job Title', 'Department', 'Birth Date', 'Language',
      'Group', 'Mobile', 'Work Phone', 'Home Phone', 'Other Phone', 'Email', 'Other Email', 'Street', 'City',
      'State', 'ZIP Code', 'Country', 'Facebook', 'WhatsApp', 'WeChat', 'Twitter', 'LinkedIn',
    ]);
    expect(contactsCsvHeader()[ERROR_COLUMN_AA]).to.equal('VIP');
  });

  it('reads headers however they are spelled, and custom attribute columns', () => {
    expect(matchHeader(' last_NAME ')).to.deep.include({ kind: 'field' });
    expect((matchHeader('lastName') as { column: { field: string } }).column.field).to.equal('lastName');
    expect((matchHeader('ZIP') as { column: { field: string } }).column.field).to.equal('address.zip');
    expect((matchHeader('Birthdate') as { column: { field: string } }).column.field).to.equal('birthDate');
    expect(matchHeader('custom:  Loyalty Tier ')).to.deep.equal({ kind: 'custom', name: 'Loyalty Tier' });
    expect(matchHeader('ERROR')).to.deep.equal({ kind: 'error' });
    expect(matchHeader('Owner')).to.deep.equal({ kind: 'export-only' });
    expect(matchHeader('Shoe Size')).to.deep.equal({ kind: 'unknown' });
  });

  it('gives every column a distinct header', () => {
    const headers = CONTACT_CSV_COLUMNS.map((column) => column.header.toLowerCase());
    expect(new Set(headers).size).to.equal(headers.length);
  });

  it('offers a template whose sample record imports cleanly', async () => {
    const template = contactsCsvTemplate();
    expect(template.startsWith('\uFEFFType,Level,First Name,Last Name,')).to.equal(true);
    const result = await parseContactsCsv(template);
    expect(result.rows).to.have.length(1);
    expect(result.rows[0].errors).to.deep.equal([]);
    expect(result.rows[0].input).to.deep.include({ lastName: 'Smith', birthDate: '1980-12-14', language: 'en' });
    expect(result.rows[0].input!.phones!.mobile!.number).to.equal('+85212345678');
  });
});
