import { expect } from '@open-wc/testing';
import type { Contact } from '../../domain/index.js';
import { demoData } from '../memory/demo-data.js';
import { applyContactPatch, creationChanges, diffContacts } from './contact-changes.js';
import { decodeCursor, encodeCursor, isKeyPosition } from './cursor.js';
import { sameDraft } from './messages.js';
import { canManageContact, canSeeContact, canSeeTemplate } from './permissions.js';
import { contactSearchKeys, contactSearchTerms, lowerBound, matchesSearch, mergeSorted, normalizeSearch, searchKeys, searchWords } from './search.js';

const T = '2026-01-01T00:00:00.000Z';
const contact: Contact = {
  id: 'c1', version: 1, type: 'lead', level: 'primary', firstName: 'Zoë', lastName: "O'Brien-Côté",
  phones: { mobile: { number: '+16135550111' } }, emails: { primary: 'zoe@example.com' }, address: { city: 'Ottawa' },
  social: {}, vip: false, validated: false, dealership: false, crmManaged: {}, customAttributes: { Bio: 'Hi' },
  ownerId: 'ana', sharedWith: ['ben'], createdAt: T, updatedAt: T,
};
const staff = (id: string, role: 'admin' | 'agent' = 'agent') => ({ id, name: id, role });

describe('adapter rules', () => {
  it('diffs contacts into dotted field changes with from and to', () => {
    const next = applyContactPatch(contact, { phones: { mobile: { number: '+16135550222' } }, address: null, customAttributes: { Bio: 'Hello' } });
    expect(diffContacts(contact, next)).to.deep.equal([
      { field: 'phones.mobile.number', from: '+16135550111', to: '+16135550222' },
      { field: 'address.city', from: 'Ottawa' },
      { field: 'customAttributes.Bio', from: 'Hi', to: 'Hello' },
    ]);
  });

  it('lists a new contact\'s creation lines as the general diff does, less the empty defaults', () => {
    const empty = (value: unknown) => value === false || (Array.isArray(value) && value.length === 0);
    for (const seeded of [contact, ...demoData().contacts] as Contact[]) {
      expect(creationChanges(seeded), seeded.id).to.deep.equal(diffContacts({}, seeded).filter((change) => !empty(change.to)));
    }
    expect(creationChanges(contact).map((change) => change.field)).to.include.members(['lastName', 'phones.mobile.number', 'address.city']);
  });

  it('keeps a field given as undefined and removes one given as null', () => {
    expect(applyContactPatch(contact, { firstName: undefined }).firstName).to.equal('Zoë');
    expect(applyContactPatch(contact, { firstName: null })).not.to.have.property('firstName');
  });

  it('refuses to patch ownership or ids', () => {
    expect(() => applyContactPatch(contact, { ownerId: 'ben' } as never)).to.throw('ownerId');
  });

  it('searches names by word prefix and emails by prefix, without case or accents', () => {
    const terms = contactSearchTerms(contact);
    expect(normalizeSearch('  ZOË Côté ')).to.equal('zoe cote');
    expect(matchesSearch(terms, 'zoe')).to.equal(true);
    expect(matchesSearch(terms, 'COTE')).to.equal(true);
    expect(matchesSearch(terms, 'brien')).to.equal(true);
    expect(matchesSearch(terms, 'zoe@ex')).to.equal(true);
    expect(matchesSearch(terms, 'rien')).to.equal(false);
    expect(matchesSearch(terms, 'example.com')).to.equal(false);
    expect(searchKeys(terms)).to.include.members(['zoe', 'o', 'brien', 'cote', 'zoe@example.com']);
  });

  it('gives a contact the same keys built directly as through its terms', () => {
    const contacts = [
      contact,
      { firstName: 'José', lastName: 'Smith', emails: { primary: 'Jose@Example.com', other: 'jose@example.com' } },
      { firstName: 'Ana Ana', lastName: 'Ana-Lee', emails: {} },
      { lastName: '李 小龍', emails: { other: 'li@example.cn' } },
      { firstName: '', lastName: "O'Neil", emails: { primary: 'oneil@example.com' } },
      { firstName: 'ANA', lastName: 'x9', emails: {} },
    ];
    for (const one of contacts) expect(contactSearchKeys(one), one.lastName).to.deep.equal(searchKeys(contactSearchTerms(one)));
  });

  it('splits plain ASCII into words exactly as the Unicode rule does', () => {
    for (let code = 0; code < 128; code += 1) {
      const text = `Ab${String.fromCharCode(code)}9z Q`;
      const unicodeWords = normalizeSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      expect(searchWords(text), `character ${code}`).to.deep.equal(unicodeWords);
    }
    expect(searchWords("O'Brien-Smith (Okafor) 2nd")).to.deep.equal(['o', 'brien', 'smith', 'okafor', '2nd']);
    expect(searchWords('Zoë Ó Briain')).to.deep.equal(['zoe', 'o', 'briain']);
  });

  it('round-trips a cursor and refuses a forged one on the named field', () => {
    expect(decodeCursor(encodeCursor({ k: 'é', id: 'x' }), isKeyPosition)).to.deep.equal({ k: 'é', id: 'x' });
    expect(() => decodeCursor('not-a-cursor', isKeyPosition, 'before')).to.throw('before');
  });

  it('lets owners, the shared and admins see a contact; only owners and admins manage it', () => {
    expect(canSeeContact(contact, staff('ben'))).to.equal(true);
    expect(canSeeContact(contact, staff('cy'))).to.equal(false);
    expect(canSeeContact(contact, staff('cy', 'admin'))).to.equal(true);
    expect(canManageContact(contact, staff('ben'))).to.equal(false);
    expect(canManageContact(contact, staff('ana'))).to.equal(true);
    expect(canSeeTemplate({ scope: 'local', ownerId: 'ana' }, staff('root', 'admin'))).to.equal(false);
  });

  it('compares drafts for idempotency regardless of key order and time notation', () => {
    const a = { conversationId: 'v', channel: 'sms' as const, body: 'Hi', scheduledFor: '2026-12-01T10:00:00Z' };
    const b = { scheduledFor: '2026-12-01T10:00:00.000+00:00', body: 'Hi', channel: 'sms' as const, conversationId: 'v' };
    expect(sameDraft(a, b)).to.equal(true);
    expect(sameDraft(a, { ...b, body: 'Hello' })).to.equal(false);
  });

  it('merges two sorted lists in code unit order, keeping each string once when asked', () => {
    const big = ['Zed', 'ana', 'ana\u0000c1', 'bo'];
    const small = ['A', 'ana', 'ana', 'anna', 'zz'];
    expect(mergeSorted(big, small)).to.deep.equal(['A', 'Zed', 'ana', 'ana', 'ana', 'ana\u0000c1', 'anna', 'bo', 'zz']);
    expect(mergeSorted(big, small, true)).to.deep.equal(['A', 'Zed', 'ana', 'ana\u0000c1', 'anna', 'bo', 'zz']);
    expect(mergeSorted([], small, true)).to.deep.equal(['A', 'ana', 'anna', 'zz']);
    expect(mergeSorted(big, [])).to.deep.equal(big);
  });

  it('finds where a string sorts in a sorted list, from a given place on, in code unit order', () => {
    const sorted = ['Zed', 'ana', 'ana\u0000c1', 'anna', 'bo'];
    expect(lowerBound(sorted, 'ana')).to.equal(1);
    expect(lowerBound(sorted, 'ana\uffff')).to.equal(3);
    expect(lowerBound(sorted, 'ann', 2)).to.equal(3);
    expect(lowerBound(sorted, 'a', 4)).to.equal(4);
    expect(lowerBound(sorted, 'c')).to.equal(5);
    expect(lowerBound([], 'x')).to.equal(0);
  });
});
