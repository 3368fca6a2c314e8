import { expect } from '@open-wc/testing';
import { buildContactIndex, findExistingMatch } from './duplicates.js';
import { parseContactsCsv } from './import.js';
import { savedContact } from './test-contact.js';

const existing = [
  savedContact({ id: 'c1', firstName: 'Ana', lastName: 'Garcia', emails: { primary: 'Ana.Garcia@Example.com' } }),
  savedContact({ id: 'c2', lastName: 'Lee', phones: { work: { number: '+85223456789' } }, emails: { other: 'lee@example.org' } }),
];

describe('duplicates', () => {
  it('finds an existing contact by email, whatever its case', () => {
    const match = findExistingMatch({ emails: { primary: 'ana.garcia@example.COM' } }, buildContactIndex(existing));
    expect(match?.message).to.equal('Matches existing contact Ana Garcia by email ana.garcia@example.com');
    expect(match?.contact?.id).to.equal('c1');
  });

  it('finds an existing contact by any of its phone numbers, from any of the row’s', () => {
    const match = findExistingMatch({ phones: { home: { number: '+85223456789' } } }, buildContactIndex(existing));
    expect(match).to.deep.include({ by: 'phone', value: '+85223456789' });
    expect(match?.message).to.equal('Matches existing contact Lee by phone +85223456789');
  });

  it('finds nothing for a new person', () => {
    const index = buildContactIndex(existing);
    expect(findExistingMatch({ emails: { primary: 'new@example.com' }, phones: { mobile: { number: '+85212345678' } } }, index)).to.equal(undefined);
  });

  it('fails rows that repeat an existing contact or an earlier row, and imports the rest', async () => {
    const csv = [
      'Last Name,Email,Other Email,Mobile',
      'Garcia,ANA.GARCIA@example.com,,',
      'Lee,,,+852 2345 6789',
      'Park,park@example.com,,+82 10 1234 5678',
      'Park,,PARK@example.com,',
      'Kim,,,+821012345678',
      'Bad,not-an-email,,+85299999999',
      'Choi,,,+85299999999',
    ].join('\n');
    const result = await parseContactsCsv(csv, { existingContacts: existing });
    expect(result.rows.map((row) => [row.rowNumber, row.errors.join('; ') || 'ok'])).to.deep.equal([
      [2, 'Matches existing contact Ana Garcia by email ana.garcia@example.com'],
      [3, 'Matches existing contact Lee by phone +85223456789'],
      [4, 'ok'],
      [5, 'Matches row 4 of this file by email park@example.com'],
      [6, 'Matches row 4 of this file by phone +821012345678'],
      [7, 'Email: Must be a valid email address (e.g. name@example.com)'],
      [8, 'ok'],
    ]);
  });
});
