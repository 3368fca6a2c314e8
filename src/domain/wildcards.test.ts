import { expect } from '@open-wc/testing';
import { WILDCARDS, WILDCARD_GROUPS, findWildcard, insertAtCaret, resolveWildcards, wildcardValues, wildcardsIn } from './wildcards.js';

const contact = {
  firstName: 'Ana',
  lastName: 'Rossi',
  phones: { mobile: { number: '+14165550101' } },
  emails: { primary: 'ana@example.com' },
};
const context = { vehicle: { year: 2019, make: 'Honda', model: 'Civic' }, listing: { source: 'kijiji', stage: 'new' } };

describe('WILDCARDS', () => {
  it('lists every token the seed asks for, each in its group', () => {
    const keys = WILDCARDS.map((wildcard) => wildcard.key);
    expect(keys).to.include.members([
      'contact.firstName', 'contact.lastName', 'contact.fullName', 'contact.email', 'contact.phone',
      'vehicle.year', 'vehicle.make', 'vehicle.model', 'listing.source', 'agent.name', 'agent.firstName', 'account.name',
    ]);
    for (const wildcard of WILDCARDS) {
      expect(wildcard.token).to.equal(`{{${wildcard.key}}}`);
      expect(WILDCARD_GROUPS).to.include(wildcard.group);
      expect(wildcard.key.startsWith(`${wildcard.group}.`)).to.equal(true);
    }
    expect(new Set(keys).size).to.equal(keys.length);
  });

  it('finds a wildcard by key and nothing for an unknown key', () => {
    expect(findWildcard('vehicle.make')?.label).to.equal('Make');
    expect(findWildcard('vehicle.colour')).to.equal(undefined);
  });
});

describe('wildcardValues', () => {
  it('reads the contact, the vehicle listing, the agent and the account', () => {
    const values = wildcardValues({ contact, context, agent: { name: 'Sam Lee' }, account: { name: 'Northside Motors' } });
    expect(values).to.deep.equal({
      'contact.firstName': 'Ana',
      'contact.lastName': 'Rossi',
      'contact.fullName': 'Ana Rossi',
      'contact.email': 'ana@example.com',
      'contact.phone': '+14165550101',
      'vehicle.year': '2019',
      'vehicle.make': 'Honda',
      'vehicle.model': 'Civic',
      'listing.source': 'kijiji',
      'agent.name': 'Sam Lee',
      'agent.firstName': 'Sam',
      'account.name': 'Northside Motors',
    });
  });

  it('leaves out what is not known, blank strings included', () => {
    const values = wildcardValues({ contact: { firstName: '  ', lastName: 'Rossi', phones: {}, emails: {} } });
    expect(values).to.deep.equal({ 'contact.lastName': 'Rossi', 'contact.fullName': 'Rossi' });
  });

  it('falls back to the other email and a non-mobile phone, formatted when asked', () => {
    const values = wildcardValues({
      contact: { lastName: 'Rossi', phones: { work: { number: '+14165550199' } }, emails: { other: 'a@b.co' } },
      formatPhone: (e164) => `tel ${e164}`,
    });
    expect(values['contact.email']).to.equal('a@b.co');
    expect(values['contact.phone']).to.equal('tel +14165550199');
  });
});

describe('resolveWildcards', () => {
  const values = wildcardValues({ contact, context, agent: { name: 'Sam Lee' } });

  it('fills every known token', () => {
    const result = resolveWildcards('Hi {{contact.firstName}}, is your {{vehicle.year}} {{vehicle.make}} for sale? {{agent.firstName}}', values);
    expect(result).to.deep.equal({ text: 'Hi Ana, is your 2019 Honda for sale? Sam', missing: [], unknown: [] });
  });

  it('forgives spaces inside the braces', () => {
    expect(resolveWildcards('Hi {{ contact.firstName }}!', values).text).to.equal('Hi Ana!');
  });

  it('inserts "$&", "$1" and "$$" literally, never as replace patterns', () => {
    const result = resolveWildcards('Hi {{contact.firstName}}!', { 'contact.firstName': "$& $1 $$ $` $'" });
    expect(result.text).to.equal("Hi $& $1 $$ $` $'!");
  });

  it('never reads an inserted value a second time', () => {
    const result = resolveWildcards('Hi {{contact.firstName}}', {
      'contact.firstName': '{{contact.email}}',
      'contact.email': 'leak@example.com',
    });
    expect(result.text).to.equal('Hi {{contact.email}}');
    expect(result.missing).to.deep.equal([]);
  });

  it('reports each missing token once and leaves it visible rather than sending "Hi ,"', () => {
    const result = resolveWildcards('Hi {{contact.firstName}}, {{account.name}} {{contact.firstName}}', {});
    expect(result.missing).to.deep.equal(['{{contact.firstName}}', '{{account.name}}']);
    expect(result.text).to.equal('Hi {{contact.firstName}}, {{account.name}} {{contact.firstName}}');
    expect(result.text).not.to.contain('Hi ,');
  });

  it('treats a blank value as missing', () => {
    expect(resolveWildcards('Hi {{contact.firstName}}', { 'contact.firstName': ' ' }).missing).to.deep.equal([
      '{{contact.firstName}}',
    ]);
  });

  it('puts the fallback in place of missing values and still names them', () => {
    const result = resolveWildcards('Hi {{contact.firstName}}, from {{agent.name}}', { 'agent.name': 'Sam' }, { fallback: 'there' });
    expect(result.text).to.equal('Hi there, from Sam');
    expect(result.missing).to.deep.equal(['{{contact.firstName}}']);
  });

  it('reports unknown tokens and keeps them as typed', () => {
    const result = resolveWildcards('Hi {{contact.nickname}} {{contact.nickname}} {{Contact.FirstName}}', values, { fallback: 'there' });
    expect(result.unknown).to.deep.equal(['{{contact.nickname}}', '{{Contact.FirstName}}']);
    expect(result.text).to.equal('Hi {{contact.nickname}} {{contact.nickname}} {{Contact.FirstName}}');
  });

  it('leaves text without tokens untouched, single braces included', () => {
    const plain = 'Price {firm} and {{ }} and {{a b}}';
    expect(resolveWildcards(plain, values)).to.deep.equal({ text: plain, missing: [], unknown: [] });
  });
});

describe('wildcardsIn', () => {
  it('lists the known wildcards a text uses, each once', () => {
    expect(wildcardsIn('{{vehicle.make}} {{vehicle.make}} {{agent.name}} {{nope.x}}')).to.deep.equal(['vehicle.make', 'agent.name']);
  });
});

describe('insertAtCaret', () => {
  it('inserts at the caret and puts the caret after the token', () => {
    expect(insertAtCaret('Hi !', '{{contact.firstName}}', 3)).to.deep.equal({ text: 'Hi {{contact.firstName}}!', caret: 24 });
  });

  it('replaces the selection', () => {
    expect(insertAtCaret('Hi NAME!', '{{contact.firstName}}', 3, 7)).to.deep.equal({ text: 'Hi {{contact.firstName}}!', caret: 24 });
  });

  it('accepts a selection given backwards', () => {
    expect(insertAtCaret('Hi NAME!', 'X', 7, 3)).to.deep.equal({ text: 'Hi X!', caret: 4 });
  });

  it('clamps a caret outside the text', () => {
    expect(insertAtCaret('abc', 'X', 99)).to.deep.equal({ text: 'abcX', caret: 4 });
    expect(insertAtCaret('abc', 'X', -5)).to.deep.equal({ text: 'Xabc', caret: 1 });
  });

  it('never splits an emoji', () => {
    const result = insertAtCaret('a😀b', 'X', 2);
    expect(result.text).to.equal('aX😀b');
    expect([...result.text]).to.include('😀');
  });
});
