import { expect } from '@open-wc/testing';
import { contactNameKey, matchesContactSearch } from '../rules/index.js';
import { MemoryAdapter, type MemoryData } from './index.js';

const T0 = '2026-01-01T00:00:00.000Z';
const FIRST = ['Ana', 'Ana María', 'Ben', 'Chloé', 'Olivia Rose', 'Léa', 'Smith', 'Åsa', "D'Arcy"];
const LAST = ['Smith', 'Müller', 'Rossi', "O'Brien", 'Ó Briain', 'van der Berg', 'Lee-Smith', '(Okafor)'];

/** Enough contacts that broad words read thousands of entries, with numbered last names, accents, punctuation and shared names. */
function data(count: number): MemoryData {
  const contacts = Array.from({ length: count }, (_, i) => ({
    id: `c${i}`, version: 1, ownerId: i % 3 === 0 ? 'agent' : 'admin', createdAt: T0, updatedAt: T0,
    firstName: FIRST[i % FIRST.length]!, lastName: `${LAST[(i * 5) % LAST.length]}${i % 4 === 0 ? '' : ` ${i}`}`,
    emails: i % 2 === 0 ? { primary: `user${i}@example${i % 7}.com` } : i % 5 === 1 ? { primary: `o.${i}@smith.example` } : {},
  }));
  return {
    staff: [{ id: 'admin', name: 'Dana Whitfield', role: 'admin' }, { id: 'agent', name: 'Sam Ortiz', role: 'agent' }],
    account: { id: 'acc', name: 'Northside', tier: 'professional', country: 'CA', features: {}, smsNumbers: [], emailAddresses: [] },
    contacts,
  };
}

describe('MemoryAdapter contact search', () => {
  const seed = data(6_000);
  const adapters = { admin: new MemoryAdapter({ data: seed }), agent: new MemoryAdapter({ data: seed, userId: 'agent' }) };
  const queries = ['a', 'an', 'ana', 'ana m', 'smith', 'smith 4', '4 smith', 'smi 12', 'smith smith', 'ana smi', 'o', 'o.1', 'o.12@', 'user1',
    'user12', 'user123@example4', 'ó', 'o b', 'o brien', "o'brien", 'obrien', 'rose olivia', 'olivia r', 'mul', 'müller 1', 'asa', 'darcy', "d'arcy",
    'van der', 'der van b', 'lee-smith', 'okafor', '(okafor)', 'zz', '@', '  Smith   4 ', '1', '59', 'example3',
    // Thousands of hits over thousands of words: answered by collecting and ordering every hit.
    'u', 'user', 'user 1'];

  /** Every page, following the cursor, of the search in name order. */
  async function pages(adapter: MemoryAdapter, search: string): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await adapter.listContacts({ search, sort: 'name', limit: 120, cursor });
      ids.push(...page.items.map((contact) => contact.id));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  for (const user of ['admin', 'agent'] as const) {
    it(`finds exactly what the search rule matches, in name order, page after page, as ${user}`, async function () {
      this.timeout(30_000);
      const visible = seed.contacts!.filter((contact) => user === 'admin' || contact.ownerId === user);
      for (const search of queries) {
        const expected = visible
          .filter((contact) => matchesContactSearch({ ...contact, emails: contact.emails ?? {} }, search))
          .map((contact) => ({ id: contact.id, key: contactNameKey(contact) }))
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1))
          .map((contact) => contact.id);
        expect(await pages(adapters[user], search), search).to.deep.equal(expected);
      }
    });
  }
});
