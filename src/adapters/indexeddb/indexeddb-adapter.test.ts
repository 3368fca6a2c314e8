import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import type { RapportChange } from '../adapter.js';
import { demoData } from '../memory/index.js';
import type { MemoryData } from '../memory/index.js';
import { IMPORT_BATCH } from './import.js';
import { IndexedDbAdapter } from './indexeddb-adapter.js';
import { DB_VERSION, STEPS, type RapportDB } from './schema.js';

const T0 = '2026-01-01T00:00:00.000Z';
const data = (): MemoryData => ({
  staff: [
    { id: 'admin', name: 'Dana Whitfield', role: 'admin' },
    { id: 'agent', name: 'Sam Ortiz', role: 'agent' },
  ],
  account: {
    id: 'acc', name: 'Northside', tier: 'professional', country: 'CA',
    features: { sms: true, email: true, scheduledMessages: true }, smsNumbers: ['+15555550100'], emailAddresses: ['sales@example.com'],
  },
  contacts: [{ id: 'c1', version: 1, lastName: 'Rossi', firstName: 'José', ownerId: 'agent', createdAt: T0, updatedAt: T0,
    phones: { mobile: { number: '+15555550111' } }, emails: { primary: 'jose@example.com' } }],
  conversations: [{ id: 'v1', contactId: 'c1', context: {} }],
});
const now = () => new Date('2026-02-01T00:00:00Z');

let count = 0;
const names: string[] = [];
function freshName(): string {
  const name = `rapport-test-${Date.now()}-${(count += 1)}`;
  names.push(name);
  return name;
}
const open: IndexedDbAdapter[] = [];
function adapterOn(name: string, options: ConstructorParameters<typeof IndexedDbAdapter>[1] = {}): IndexedDbAdapter {
  const adapter = new IndexedDbAdapter(name, { data: data(), now, ...options });
  open.push(adapter);
  return adapter;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((adapter) => adapter.close()));
  await Promise.all(names.splice(0).map((name) => IndexedDbAdapter.deleteDatabase(name)));
});

async function failure(call: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await call;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the call to fail');
}

function nextChange(adapter: IndexedDbAdapter, wanted: (change: RapportChange) => boolean): Promise<RapportChange> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no change arrived')), 2000);
    const stop = adapter.subscribe((change) => {
      if (!wanted(change)) return;
      clearTimeout(timer);
      stop();
      resolve(change);
    });
  });
}

describe('IndexedDbAdapter: kept across reloads', () => {
  it('still has the data after the adapter is closed and a new one opens the database', async () => {
    const name = freshName();
    const first = adapterOn(name);
    const created = await first.createContact({ lastName: 'Whitaker', firstName: 'Ann' });
    await first.addNote(created.id, 'Call after 6 pm');
    await first.close();

    // The seed data given again is not loaded over what is there.
    const second = adapterOn(name);
    const page = await second.listContacts();
    expect(page.items.map((contact) => contact.id)).to.have.members(['c1', created.id]);
    expect((await second.listContacts({ search: 'ann whit' })).items.map((contact) => contact.id)).to.deep.equal([created.id]);
    expect((await second.listNotes(created.id)).map((note) => note.body)).to.deep.equal(['Call after 6 pm']);
    expect((await second.getChangeLog(created.id)).length).to.equal(1);
  });

  it('gives the stored message for an idempotency key used before the reload, and sends nothing new', async () => {
    const name = freshName();
    const first = adapterOn(name);
    const draft = { conversationId: 'v1', channel: 'sms' as const, body: 'Is it still for sale?' };
    const sent = await first.sendMessage(draft, { idempotencyKey: 'send-1' });
    await first.close();

    const second = adapterOn(name);
    const again = await second.sendMessage(draft, { idempotencyKey: 'send-1' });
    expect(again.id).to.equal(sent.id);
    expect((await second.listMessages('v1')).items).to.have.length(1);
    const other = await failure(second.sendMessage({ ...draft, body: 'Something else' }, { idempotencyKey: 'send-1' }));
    expect(other.code).to.equal('conflict');
  });

  it('shares one send between two calls in flight with the same key', async () => {
    const adapter = adapterOn(freshName());
    const draft = { conversationId: 'v1', channel: 'sms' as const, body: 'Hello' };
    const [a, b] = await Promise.all([
      adapter.sendMessage(draft, { idempotencyKey: 'double-click' }),
      adapter.sendMessage(draft, { idempotencyKey: 'double-click' }),
    ]);
    expect(a.id).to.equal(b.id);
    expect((await adapter.listMessages('v1')).items).to.have.length(1);
  });

  it('seeds the demo data the first time only', async () => {
    const name = freshName();
    const demo = IndexedDbAdapter.demo(name);
    open.push(demo);
    const total = demoData().contacts.length;
    expect((await demo.listContacts({ limit: 500 })).items).to.have.length(total);
    await demo.createContact({ lastName: 'Kept' });
    await demo.close();
    const reopened = IndexedDbAdapter.demo(name);
    open.push(reopened);
    expect((await reopened.listContacts({ limit: 500 })).items).to.have.length(total + 1);
  });
});

describe('IndexedDbAdapter: live updates across instances', () => {
  it('tells a second instance on the same database what the first one changed', async () => {
    const name = freshName();
    const writer = adapterOn(name);
    const reader = adapterOn(name);
    await reader.getSession();
    const heard = nextChange(reader, (change) => change.type === 'contact' && change.action === 'created');
    const created = await writer.createContact({ lastName: 'Broadcast' });
    const change = await heard;
    expect(change.type === 'contact' && change.action === 'created' && change.contact.id).to.equal(created.id);
    expect((await reader.getContact(created.id)).lastName).to.equal('Broadcast');
  });

  it('announces nothing for a write that failed', async () => {
    const name = freshName();
    const writer = adapterOn(name);
    const reader = adapterOn(name);
    const heard: RapportChange[] = [];
    reader.subscribe((change) => heard.push(change));
    writer.subscribe((change) => heard.push(change));
    await failure(writer.createContact({ lastName: '' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).to.deep.equal([]);
  });
});

describe('IndexedDbAdapter: bulk import', () => {
  it('writes good rows in batches, reports bad ones in their place, in input order', async () => {
    const adapter = adapterOn(freshName());
    const inputs = Array.from({ length: IMPORT_BATCH + 500 }, (_, n) => ({ lastName: n === 7 || n === IMPORT_BATCH + 100 ? '' : `Row ${n}` }));
    const { results } = await adapter.importContacts(inputs);
    expect(results).to.have.length(IMPORT_BATCH + 500);
    expect(results.filter((result) => !result.ok).map((_, n) => n)).to.have.length(2);
    expect(results[7]!.ok).to.equal(false);
    expect(results[IMPORT_BATCH + 100]!.ok).to.equal(false);
    const third = results[3]!;
    expect(third.ok && third.contact.lastName).to.equal('Row 3');
    expect((await adapter.listContacts({ search: `row ${IMPORT_BATCH + 499}` })).items).to.have.length(1);
  });
});

describe('IndexedDbAdapter: failures said plainly', () => {
  it('says storage is full when the browser refuses the write, and keeps nothing of it', async () => {
    const adapter = adapterOn(freshName());
    await adapter.getSession();
    const heard: RapportChange[] = [];
    adapter.subscribe((change) => heard.push(change));
    const realAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    let error;
    try {
      error = await failure(adapter.createContact({ lastName: 'Too Much' }));
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    expect(error.code).to.equal('unavailable');
    expect(error.message).to.match(/storage .* is full/);
    expect(heard).to.deep.equal([]);
    expect((await adapter.listContacts({ search: 'too much' })).items).to.deep.equal([]);
  });

  it('reports rows of an import that could not be written as not saved', async () => {
    const adapter = adapterOn(freshName());
    await adapter.getSession();
    const realAdd = IDBObjectStore.prototype.add;
    let adds = 0;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if ((adds += 1) > IMPORT_BATCH + 200) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realAdd.apply(this, args);
    };
    let results;
    try {
      ({ results } = await adapter.importContacts(Array.from({ length: IMPORT_BATCH + 1000 }, (_, n) => ({ lastName: `Import ${n}` }))));
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    expect(results.slice(0, IMPORT_BATCH).every((result) => result.ok)).to.equal(true);
    const rest = results.slice(IMPORT_BATCH);
    expect(rest.every((result) => !result.ok && result.error.code === 'unavailable')).to.equal(true);
    // Exactly what was reported saved is there: the seeded contact and the first batch.
    expect((await adapter.listContacts({ limit: 500, search: 'import' })).items).to.have.length(500);
    const all = await adapter.listContacts({ limit: 500, search: 'import 1' });
    expect(all.items.every((contact) => Number(contact.lastName.split(' ')[1]) < IMPORT_BATCH)).to.equal(true);
  });

  it('says IndexedDB is unavailable when the browser has none', async () => {
    const adapter = adapterOn(freshName(), { indexedDB: undefined });
    const error = await failure(adapter.listContacts());
    expect(error.code).to.equal('unavailable');
    expect(error.message).to.match(/IndexedDB is unavailable/);
  });

  it('says so when the browser refuses to open its storage', async () => {
    const refusing = { open: () => { throw new DOMException('Access denied', 'SecurityError'); } } as unknown as IDBFactory;
    const error = await failure(adapterOn(freshName(), { indexedDB: refusing }).getSession());
    expect(error.code).to.equal('unavailable');
    expect(error.message).to.match(/refused to open its storage: Access denied/);
  });

  it('fails clearly when another tab holds an older version open, and upgrades once it lets go', async () => {
    const name = freshName();
    // An older tab: version 1, and it ignores requests to close.
    const stubborn = await openDB<RapportDB>(name, 1, { upgrade: (db, _old, _new, tx) => STEPS[0]!(db, tx as never) });
    const adapter = adapterOn(name, { blockedTimeoutMs: 100 });
    const error = await failure(adapter.getSession());
    expect(error.code).to.equal('unavailable');
    expect(error.message).to.match(/another tab .* close the other tabs/);
    stubborn.close();
    expect((await adapter.listContacts()).items).to.have.length(1);
  });

  it('closes its connection when another tab needs a newer version, then says a newer version has the data', async () => {
    const name = freshName();
    const adapter = adapterOn(name);
    await adapter.getSession();
    const newer = await rawOpen(name, DB_VERSION + 1);
    newer.close();
    const error = await failure(adapter.listContacts());
    expect(error.code).to.equal('unavailable');
    expect(error.message).to.match(/newer version/);
  });

  it('reopens a lost connection once, then reports the storage unavailable', async () => {
    const name = freshName();
    const connections: IDBOpenDBRequest[] = [];
    let refuse = false;
    const factory = {
      open: (dbName: string, version?: number) => {
        if (refuse) throw new DOMException('Storage is gone', 'UnknownError');
        const request = indexedDB.open(dbName, version);
        connections.push(request);
        return request;
      },
    } as unknown as IDBFactory;
    const adapter = adapterOn(name, { indexedDB: factory });
    const created = await adapter.createContact({ lastName: 'Survivor' });
    connections[0]!.result.close();
    expect((await adapter.getContact(created.id)).lastName).to.equal('Survivor');
    expect(connections).to.have.length(2);

    refuse = true;
    connections[1]!.result.close();
    const error = await failure(adapter.getContact(created.id));
    expect(error.code).to.equal('unavailable');
    expect(error.message).to.match(/Storage is gone/);
  });
});

function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
