import { expect } from '@open-wc/testing';
import type { ListContactsQuery } from '../adapter.js';
import { MemoryAdapter, type MemoryData } from '../memory/index.js';
import { IndexedDbAdapter } from './indexeddb-adapter.js';
import { KEPT_WORDS } from './word-cache.js';

const T0 = '2026-01-01T00:00:00.000Z';
const FIRST = ['Olivia', 'Oliver', 'Owen', 'Léa', 'Liam', 'Ana', 'Olivia Rose'];
const LAST = ['Boucher', 'Bouchard', 'Rossi', 'Ortiz', 'Macdonald', 'Ó Briain', 'Lin', "'t Hooft"];

/** Contacts with shared names (ties broken by id), names of several words, accents, and addresses unlike the names. */
function data(): MemoryData {
  const contacts = Array.from({ length: 240 }, (_, n) => {
    const firstName = FIRST[n % FIRST.length]!;
    const lastName = LAST[Math.floor(n / 3) % LAST.length]!;
    const email = n % 5 === 0 ? `olive${n}@example.com` : n % 5 === 1 ? `${firstName[0]}.${n}@example.com` : undefined;
    return {
      id: `c${n}`, version: 1, firstName, lastName, ownerId: n % 4 === 0 ? 'agent' : 'admin', createdAt: T0, updatedAt: T0,
      emails: email ? { primary: email } : {},
    };
  });
  return {
    staff: [{ id: 'admin', name: 'Dana Whitfield', role: 'admin' }, { id: 'agent', name: 'Sam Ortiz', role: 'agent' }],
    account: { id: 'acc', name: 'Northside', tier: 'professional', country: 'CA', features: {}, smsNumbers: [], emailAddresses: [] },
    contacts, conversations: [],
  };
}

/** Every page of a search, as ids, following the cursor. */
async function allPages(adapter: { listContacts: IndexedDbAdapter['listContacts'] }, query: ListContactsQuery): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.listContacts({ ...query, cursor });
    pages.push(page.items.map((contact) => contact.id));
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return pages;
}

describe('IndexedDbAdapter: contact search', () => {
  const name = `rapport-search-${Date.now()}`;
  let stored: IndexedDbAdapter;
  before(() => {
    stored = new IndexedDbAdapter(name, { data: data(), now: () => new Date('2026-02-01T00:00:00Z') });
  });
  after(async () => {
    await stored.close();
    await IndexedDbAdapter.deleteDatabase(name);
  });

  const queries = ['o', 'ol', 'olivia', 'OLIVIA ro', 'olivia b', 'rose', 'b', 'bou', 'lea', 'o b', 'olive1', 'o.', 'l.1', 'ó', 'zz', '@', '  li  ', 't', 'hoo', 'briain o',
    'rose olivia', 'olivia rose', 'rose ol', 'ro ol b', 'o rose', 'lin olivia', 't olivia', 'hooft o', 'ó olivia', 'owen bouch', 'bou ow', 'liam l',
    'olive1@ex', 'olive10@example.com', 'o.1', 'o.1@', 'l.2 lea'];
  // One test per search, so a slow machine never adds all of them up against one timeout.
  for (const user of ['admin', 'agent']) {
    for (const search of queries) {
      it(`pages "${search}" in the same order as MemoryAdapter, as ${user}`, async () => {
        const memory = new MemoryAdapter({ data: data(), userId: user });
        const adapter = user === 'admin' ? stored : stored.withUser(user);
        for (const sort of ['name', '-name', 'createdAt'] as const) {
          const query = { search, sort, limit: 7 };
          expect(JSON.stringify(await allPages(adapter, query)), `${search} by ${sort}`).to.equal(JSON.stringify(await allPages(memory, query)));
        }
      });
    }
  }

  it('finds a contact by the start of an address that is not its name, in name order among name matches', async () => {
    const page = await stored.listContacts({ search: 'olive', limit: 500 });
    const ids = page.items.map((contact) => contact.id);
    expect(ids).to.include('c1'); // Oliver, no address
    expect(ids).to.include('c5'); // Léa, olive5@example.com
    const keys = page.items.map((contact) => `${contact.lastName} ${contact.firstName}`.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase());
    expect(keys).to.deep.equal([...keys].sort());
  });

  it('finds a word new since a search listed the words of its prefix, whether this or another connection wrote it', async () => {
    const shared = `rapport-words-${Date.now()}`;
    const now = () => new Date('2026-02-01T00:00:00Z');
    const reader = new IndexedDbAdapter(shared, { data: data(), now });
    const writer = new IndexedDbAdapter(shared, { now });
    const firstNames = async (search: string) => (await reader.listContacts({ search, limit: 500 })).items.map((found) => found.firstName);
    try {
      expect(await firstNames('ol')).not.to.include('Olaf');
      expect(await firstNames('olaf')).to.deep.equal([]);
      await reader.createContact({ lastName: 'Aalto', firstName: 'Olaf' });
      expect(await firstNames('ol')).to.include('Olaf');
      expect(await firstNames('olaf')).to.deep.equal(['Olaf']);
      await writer.createContact({ lastName: 'Aalto', firstName: 'Olwen' });
      expect(await firstNames('olw')).to.deep.equal(['Olwen']);
      const [ana] = (await reader.listContacts({ search: 'ana', limit: 1 })).items;
      await writer.updateContact(ana!.id, { firstName: 'Oona' }, { version: ana!.version });
      expect(await firstNames('oo')).to.deep.equal(['Oona']);
      // A word whose last contact is gone stays listed, and finds nothing.
      const [olwen] = (await reader.listContacts({ search: 'olwen' })).items;
      await writer.deleteContact(olwen!.id);
      expect(await firstNames('olw')).to.deep.equal([]);
      expect(await firstNames('ol')).not.to.include('Olwen');
      await reader.createContact({ lastName: 'Berg', firstName: 'Olwen' });
      expect(await firstNames('olw')).to.deep.equal(['Olwen']);
    } finally {
      await reader.close();
      await writer.close();
      await IndexedDbAdapter.deleteDatabase(shared);
    }
  });
});

describe('IndexedDbAdapter: contact search with more words than a connection keeps', () => {
  const name = `rapport-search-lists-${Date.now()}`;
  const kept = KEPT_WORDS.max;
  let stored: IndexedDbAdapter;
  before(() => {
    // The store holds more words than this: every prefix's words are read as a list of their own.
    KEPT_WORDS.max = 3;
    stored = new IndexedDbAdapter(name, { data: data(), now: () => new Date('2026-02-01T00:00:00Z') });
  });
  after(async () => {
    KEPT_WORDS.max = kept;
    await stored.close();
    await IndexedDbAdapter.deleteDatabase(name);
  });

  for (const search of ['o', 'ol', 'olivia', 'olivia b', 'rose ol', 'l.1', 'b', 'zz']) {
    it(`pages "${search}" in the same order as MemoryAdapter`, async () => {
      const memory = new MemoryAdapter({ data: data() });
      const query = { search, sort: 'name' as const, limit: 7 };
      expect(JSON.stringify(await allPages(stored, query))).to.equal(JSON.stringify(await allPages(memory, query)));
    });
  }

  it('finds a word this connection has just added', async () => {
    expect((await stored.listContacts({ search: 'ola' })).items).to.deep.equal([]);
    await stored.createContact({ lastName: 'Aalto', firstName: 'Olaf' });
    expect((await stored.listContacts({ search: 'ola' })).items.map((found) => found.firstName)).to.deep.equal(['Olaf']);
  });
});
