import { expect } from '@open-wc/testing';
import { buildContactIndex, findExistingMatch } from '../../domain/csv/index.js';
import { savedContact } from '../../domain/csv/test-contact.js';
import { packContacts, unpackContacts } from './existing-contacts.js';

describe('packContacts and unpackContacts', () => {
  const contacts = [
    savedContact({
      id: 'c1', firstName: 'Ana', lastName: 'García', company: 'Acme', emails: { primary: 'Ana@Example.com', other: 'a.g@example.org' },
      phones: { mobile: { number: '+14155550100', textable: true }, work: { number: '+14155550101' }, home: { number: '+14155550102' }, other: { number: '+14155550103', dnc: true } },
    }),
    savedContact({ id: 'c2', lastName: 'Lee' }),
    savedContact({ id: 'c3', firstName: 'Kofi', lastName: 'Mensah', phones: { other: { number: '+233201234567' } } }),
  ];
  const across = unpackContacts(structuredClone(packContacts(contacts)));

  it('bring across who each contact is and its emails and numbers, and nothing else', () => {
    expect(across).to.deep.equal([
      {
        id: 'c1', firstName: 'Ana', lastName: 'García', emails: { primary: 'Ana@Example.com', other: 'a.g@example.org' },
        phones: { mobile: { number: '+14155550100' }, work: { number: '+14155550101' }, home: { number: '+14155550102' }, other: { number: '+14155550103' } },
      },
      { id: 'c2', lastName: 'Lee', emails: {}, phones: {} },
      { id: 'c3', firstName: 'Kofi', lastName: 'Mensah', emails: {}, phones: { other: { number: '+233201234567' } } },
    ]);
  });

  it('find the same duplicates as the contacts themselves, by every email and number', () => {
    const sent = buildContactIndex(contacts);
    const received = buildContactIndex(across);
    const rows = [
      { emails: { primary: 'ana@example.COM' } }, { emails: { other: 'A.G@example.org' } }, { phones: { work: { number: '+14155550102' } } },
      { phones: { mobile: { number: '+233201234567' } } }, { emails: { primary: 'nobody@example.com' } },
    ];
    for (const row of rows) {
      const [expected, found] = [findExistingMatch(row, sent), findExistingMatch(row, received)];
      expect(found?.message, JSON.stringify(row)).to.equal(expected?.message);
      expect(found?.contact?.id).to.equal(expected?.contact?.id);
    }
    expect(findExistingMatch(rows[3]!, received)?.message).to.equal('Matches existing contact Kofi Mensah by phone +233201234567');
  });
});
