import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import type { Contact, Message } from '../../domain/index.js';
import { contactNameKey, contactSearchTerms } from '../rules/index.js';
import { IndexedDbAdapter } from './indexeddb-adapter.js';
import { contactRow } from './rows.js';
import { contactSearchKeys } from '../rules/index.js';
import { MAIL_MARK, TERM_SEP, TIME, contactPairTerms, contactTerms } from './index-keys.js';
import { DB_VERSION, runSteps, type ContactRow, type RapportDB } from './schema.js';

const T0 = '2026-01-01T00:00:00.000Z';
const contact = (id: string, firstName: string, lastName: string, email?: string): Contact => ({
  id, version: 1, type: 'lead', level: 'primary', firstName, lastName, phones: {}, emails: email ? { primary: email } : {},
  address: {}, social: {}, vip: false, validated: false, dealership: false, crmManaged: {}, customAttributes: {},
  ownerId: 'admin', sharedWith: [], createdAt: T0, updatedAt: T0,
});
const CONTACTS = [
  contact('c1', 'José', 'Álvarez', 'jose@example.com'),
  { ...contact('c2', 'Chloé', 'Martin'), version: 2, updatedAt: '2026-01-05T00:00:00.000Z' },
  ...Array.from({ length: 30 }, (_, n) => contact(`c-${n + 3}`, 'Page', `Person ${n}`)),
];
const MESSAGES: Message[] = Array.from({ length: 5 }, (_, n) => ({
  id: `m${n}`, conversationId: 'v1', channel: 'sms', direction: 'inbound', author: { kind: 'contact', name: 'José Álvarez' },
  body: `Message ${n}`, attachments: [], occurredAt: `2026-01-0${n + 1}T10:00:00.000Z`, status: 'delivered',
}));

/**
 * A database exactly as version 1 (2, 3, 4, 5) of the adapter left it: that
 * version's stores and indexes, and its rows (version 2's with their `search`
 * keys, version 3's with their `terms`, version 4's with `pairs` and `mails`,
 * version 5's as the adapter writes them now).
 */
async function createVersion1(name: string, version: 1 | 2 | 3 | 4 | 5 = 1): Promise<void> {
  const db = await openDB<RapportDB>(name, version, {
    upgrade: (raw, _old, _new, tx) => void runSteps(raw, tx as never, 0, version),
  });
  const tx = db.transaction(['meta', 'staff', 'contacts', 'conversations', 'messages', 'notes'], 'readwrite');
  await Promise.all([
    tx.objectStore('meta').put(true, 'seeded'),
    tx.objectStore('meta').put({ id: 'acc', name: 'Northside', tier: 'professional', country: 'CA', features: { sms: true },
      smsNumbers: ['+15555550100'], emailAddresses: [] }, 'account'),
    tx.objectStore('meta').put(40, 'seq'),
    tx.objectStore('meta').put(0, 'counter:contact'),
    tx.objectStore('staff').put({ id: 'admin', name: 'Dana Whitfield', role: 'admin' }),
    ...CONTACTS.map((record) => tx.objectStore('contacts').put(version === 5 ? contactRow(record) : {
      id: record.id, contact: record, name: contactNameKey(record), created: Date.parse(record.createdAt), updated: Date.parse(record.updatedAt),
      ...(version === 2 ? { search: contactSearchKeys(record) } : version >= 3 ? { terms: contactTerms(record) } : {}),
      ...(version === 4 ? version4Extras(record) : {}),
    } satisfies ContactRow)),
    tx.objectStore('conversations').put({ id: 'v1', contactId: 'c1', conversation: { id: 'v1', contactId: 'c1', context: {}, unreadCount: 0 }, last: 0 }),
    ...MESSAGES.map((message, n) => tx.objectStore('messages').put({
      id: message.id, message, conversationId: 'v1', t: Date.parse(message.occurredAt), s: n + 1,
    })),
    tx.objectStore('notes').put({ id: 'n1', contactId: 'c2', s: 10, note: { id: 'n1', version: 1, contactId: 'c2', body: 'Kept',
      authorId: 'admin', authorName: 'Dana Whitfield', createdAt: T0, updatedAt: T0 } }),
  ]);
  await tx.done;
  db.close();
}

/** What version 4 added to a row: `pairs` and `mails`, each only when there are some. */
function version4Extras(record: Contact): Partial<ContactRow> {
  const pairs = contactPairTerms(record);
  const mails = contactSearchTerms(record).emails;
  return { ...(pairs.length > 0 ? { pairs } : {}), ...(mails.length > 0 ? { mails } : {}) };
}

/** A version 5 database of `count` contacts, each with a first name of its own. */
async function createVersion5(name: string, count: number): Promise<void> {
  const db = await openDB<RapportDB>(name, 5, { upgrade: (raw, _old, _new, tx) => void runSteps(raw, tx as never, 0, 5) });
  const tx = db.transaction(['meta', 'staff', 'contacts'], 'readwrite');
  void tx.objectStore('meta').put(true, 'seeded');
  void tx.objectStore('meta').put({ id: 'acc', name: 'Northside', tier: 'professional', country: 'CA', features: {},
    smsNumbers: [], emailAddresses: [] }, 'account');
  void tx.objectStore('staff').put({ id: 'admin', name: 'Dana Whitfield', role: 'admin' });
  for (let n = 0; n < count; n += 1) void tx.objectStore('contacts').put(contactRow(contact(`c${n}`, `Given${n}`, 'Family')));
  await tx.done;
  db.close();
}

describe('IndexedDbAdapter: schema upgrades', () => {
  const name = `rapport-upgrade-${Date.now()}`;
  let adapter: IndexedDbAdapter | undefined;
  afterEach(async () => {
    await adapter?.close();
    await IndexedDbAdapter.deleteDatabase(name);
  });

  it('lists the words of every stored contact when it adds the words store, however many there are', async () => {
    // More rows than the upgrade reads at a time, each filing a word of its own.
    await createVersion5(name, 2345);
    adapter = new IndexedDbAdapter(name);
    await adapter.getSession();
    const raw = await openDB(name);
    const words = (await raw.getAllKeys('words')) as string[];
    raw.close();
    expect(words).to.have.length(2345);
    expect(words).to.include.members(['given0', 'given1000', 'given2344']);
    expect((await adapter.listContacts({ search: 'given2344' })).items.map((found) => found.id)).to.deep.equal(['c2344']);
  });

  for (const version of [1, 2, 3, 4, 5] as const) {
    it(`opens a version ${version} database at the current version with every record kept and search working`, async () => {
      await createVersion1(name, version);
      adapter = new IndexedDbAdapter(name, { now: () => new Date('2026-02-01T00:00:00Z') });

      const contacts = await adapter.listContacts({ limit: 500 });
      expect(contacts.items).to.deep.equal([...CONTACTS].sort((a, b) => (contactNameKey(a) < contactNameKey(b) ? -1 : 1)));
      expect((await adapter.listMessages('v1')).items).to.deep.equal(MESSAGES);
      expect((await adapter.listNotes('c2')).map((note) => note.body)).to.deep.equal(['Kept']);
      expect((await adapter.getSession()).account.name).to.equal('Northside');

      // The search indexes were filled for the rows the old version wrote.
      expect((await adapter.listContacts({ search: 'jose alv' })).items.map((found) => found.id)).to.deep.equal(['c1']);
      expect((await adapter.listContacts({ search: 'jose@ex' })).items.map((found) => found.id)).to.deep.equal(['c1']);
      expect((await adapter.listContacts({ search: 'chloe' })).items.map((found) => found.id)).to.deep.equal(['c2']);
      expect((await adapter.listContacts({ search: 'person 1' })).items).to.have.length(11);
      // Two words, neither the one the name key starts with: found through `by-pair`.
      expect((await adapter.listContacts({ search: 'page 1' })).items).to.have.length(11);

      const raw = await openDB(name);
      expect(raw.version).to.equal(DB_VERSION);
      const indexes = [...raw.transaction('contacts').store.indexNames];
      expect(indexes).to.have.members(['by-name', 'by-time', 'by-term', 'by-pair']);
      const rows: ContactRow[] = await raw.getAll('contacts');
      expect(rows.map((row) => row.contact)).to.have.deep.members(CONTACTS);
      expect(rows.some((row) => 'search' in row || 'mails' in row || 'created' in row || 'updated' in row)).to.equal(false);
      expect(rows.filter((row) => row.pairs).map((row) => row.id)).to.have.members(CONTACTS.slice(2).map((record) => record.id));
      expect(rows.find((row) => row.id === 'c1')!.terms).to.include(`${MAIL_MARK}jose@example.com`);
      // A contact changed since its creation files both times; one never changed files one key for both.
      expect(rows.find((row) => row.id === 'c2')!.times).to.deep.equal([[TIME.created, Date.parse(T0), 'c2'], [TIME.updated, Date.parse('2026-01-05T00:00:00.000Z'), 'c2']]);
      expect(rows.find((row) => row.id === 'c1')!.times).to.deep.equal([[TIME.unchanged, Date.parse(T0), 'c1']]);
      // Each word filed in `by-term` is listed once in `words`, and no address is.
      const filed = new Set(rows.flatMap((row) => row.terms!).filter((term) => !term.startsWith(MAIL_MARK)).map((term) => term.split(TERM_SEP)[0]));
      expect(await raw.getAllKeys('words')).to.deep.equal([...filed].sort());
      expect([...filed]).to.include.members(['jose', 'chloe', 'page']);
      raw.close();

      // Both date sorts read the one `by-time` index, going either way.
      const byUpdate = (await adapter.listContacts({ sort: '-updatedAt', limit: 3 })).items.map((found) => found.id);
      expect(byUpdate).to.deep.equal(['c2', ...CONTACTS.map((record) => record.id).filter((id) => id !== 'c2').sort().reverse().slice(0, 2)]);
      const byCreation = (await adapter.listContacts({ sort: 'createdAt', limit: 500 })).items.map((found) => found.id);
      expect(byCreation).to.deep.equal(CONTACTS.map((record) => record.id).sort());
      expect((await adapter.listContacts({ sort: 'updatedAt', limit: 500 })).items.at(-1)!.id).to.equal('c2');
    });
  }
});
