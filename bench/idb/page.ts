// Runs in headless Chromium (bundled by run.mjs): importContacts against a bare idb write of the same records,
// then first-page search times over the imported contacts.
import { openDB } from 'idb';
import type { Contact, ContactInput } from '../../src/domain/index.js';
import { IndexedDbAdapter } from '../../src/adapters/indexeddb/index.js';
import { seededRandom } from '../../src/adapters/memory/timing.js';

const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Ava', 'Elijah', 'Sophia', 'Mateo', 'Isabella', 'Lucas',
  'Mia', 'Levi', 'Evelyn', 'Ezra', 'Harper', 'Asher', 'Luna', 'James', 'Camila', 'Leo', 'Gianna', 'Luca', 'Elizabeth',
  'Ethan', 'Eleanor', 'Aiden', 'Ella', 'Wyatt', 'Abigail', 'Sebastian', 'Sofia', 'Benjamin', 'Avery', 'Mason', 'Scarlett',
  'Henry', 'Emily', 'Hudson', 'Aria', 'Jack', 'Penelope', 'Jackson', 'Chloé', 'Owen', 'Layla', 'Daniel', 'Mila', 'Alexander',
  'Nora', 'Maverick', 'Hazel', 'Kai', 'Madison', 'Gabriel', 'Ellie', 'Carter', 'Lily', 'William', 'Nova', 'Logan', 'Isla',
  'Michael', 'Grace', 'Samuel', 'Violet', 'Muhammad', 'Aurora', 'Waylon', 'Riley', 'Ezekiel', 'Zoey', 'Jayden', 'Willow',
  'Luke', 'Emilia', 'Lincoln', 'Stella', 'Theo', 'Zoë', 'Jacob', 'Victoria', 'Josiah', 'Hannah', 'David', 'Addison', 'Jaxon',
  'Leah', 'Elias', 'Lucy', 'Julian', 'Eliana', 'Grayson', 'Ivy', 'Beau', 'Everly', 'Isaiah', 'Lillian', 'Isaac', 'Paisley'];
const SYLLABLES = ['bou', 'mac', 'ngu', 'ros', 'gag', 'sin', 'cô', 'kow', 'had', 'fra', 'lin', 'oka', 'pet', 'zha', 'mor',
  'cam', 'ber', 'tal', 'ven', 'dal', 'har', 'wes', 'ken', 'ric', 'sto', 'mil', 'and', 'gar', 'lop', 'her'];
const ENDINGS = ['ard', 'son', 'ski', 'ley', 'ton', 'ier', 'ez', 'sen', 'man', 'ford', 'i', 'ova', 'ault', 'wood', 'ing'];

const random = seededRandom(42);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

export function makeInputs(count: number): ContactInput[] {
  return Array.from({ length: count }, (_, n) => {
    const firstName = pick(FIRST);
    const lastName = capital(pick(SYLLABLES) + pick(SYLLABLES) + pick(ENDINGS));
    return {
      firstName, lastName, type: 'lead', phones: { mobile: { number: `+1613${String(2000000 + n).padStart(7, '0')}` } },
      emails: { primary: `${ascii(firstName)}.${ascii(lastName)}${n}@example.com` }, address: { city: 'Ottawa', country: 'CA' },
    };
  });
}

const ms = (start: number) => performance.now() - start;

/** The same records the adapter stores, written by plain idb in one transaction: the floor for any import. */
async function bareWrite(name: string, records: Contact[]): Promise<number> {
  const db = await openDB(name, 1, { upgrade: (raw) => raw.createObjectStore('contacts', { keyPath: 'id' }) });
  const start = performance.now();
  const tx = db.transaction('contacts', 'readwrite');
  for (const record of records) void tx.store.put(record);
  await tx.done;
  const took = ms(start);
  db.close();
  return took;
}

/**
 * The rows the import stored, read back from its database, written by plain idb into a new database made by the
 * adapter's own schema (the same stores and indexes), every store in one transaction: what the browser's storage
 * costs for these records, with none of the adapter's work (checks, ids, change log, batches).
 */
async function sameSchemaWrite(from: string, name: string): Promise<{ ms: number; rows: number }> {
  const source = await openDB(from);
  const stores = ['contacts', 'changes', 'meta'] as const;
  const rows = new Map<string, { key: IDBValidKey; value: unknown; inline: boolean }[]>();
  for (const store of stores) {
    const tx = source.transaction(store);
    const inline = tx.store.keyPath !== null;
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
    rows.set(store, values.map((value, n) => ({ key: keys[n]!, value, inline })));
  }
  source.close();
  const empty = new IndexedDbAdapter(name);
  await empty.getSession();
  await empty.close();
  const db = await openDB(name);
  const start = performance.now();
  const tx = db.transaction([...stores], 'readwrite');
  let count = 0;
  for (const store of stores) {
    for (const { key, value, inline } of rows.get(store)!) {
      void (inline ? tx.objectStore(store).put(value) : tx.objectStore(store).put(value, key));
      count += 1;
    }
  }
  await tx.done;
  const took = ms(start);
  db.close();
  await IndexedDbAdapter.deleteDatabase(name);
  return { ms: took, rows: count };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function run(count: number, log: (line: string) => void) {
  const inputs = makeInputs(count);
  const tag = Date.now();
  const adapter = new IndexedDbAdapter(`bench-import-${tag}`);
  await adapter.getSession();

  const start = performance.now();
  const { results } = await adapter.importContacts(inputs);
  const importMs = ms(start);
  const saved = results.flatMap((result) => (result.ok ? [result.contact] : []));
  log(`importContacts: ${count} rows in ${importMs.toFixed(0)} ms (${saved.length} saved)`);

  // Searches as a person types them: prefixes of first names, last names, "first last", and email addresses.
  const queries: string[] = [];
  const probe = seededRandom(7);
  for (let n = 0; n < 400; n += 1) {
    const contact = saved[Math.floor(probe() * saved.length)]!;
    const kind = n % 4;
    const cut = (text: string) => text.slice(0, 1 + Math.floor(probe() * Math.min(6, text.length)));
    if (kind === 0) queries.push(cut(contact.firstName!));
    else if (kind === 1) queries.push(cut(contact.lastName));
    else if (kind === 2) queries.push(`${contact.firstName} ${cut(contact.lastName)}`);
    else queries.push(cut(contact.emails.primary!) + (probe() < 0.5 ? contact.emails.primary!.slice(6, 10) : ''));
  }
  // Right after the import, the browser's storage is still settling its rows; a person comes back to
  // a list later, after a reload: measured both ways, the second on a database opened again. The
  // bare writes come in between, so their own settling never lands on the first searches.
  const fresh = await searchTimes(adapter, queries, log, 'right after the import');
  await adapter.close();

  const bareMs = await bareWrite(`bench-bare-${tag}`, saved);
  log(`bare idb put, one transaction: ${count} rows in ${bareMs.toFixed(0)} ms`);
  const same = await sameSchemaWrite(`bench-import-${tag}`, `bench-same-${tag}`);
  log(`bare idb put of the stored rows into the adapter's own stores and indexes, one transaction: ${same.rows} rows in ${same.ms.toFixed(0)} ms`);
  await IndexedDbAdapter.deleteDatabase(`bench-bare-${tag}`);
  const reopened = new IndexedDbAdapter(`bench-import-${tag}`);
  await reopened.getSession();
  const settled = await searchTimes(reopened, queries, log, 'opened again');
  await reopened.close();
  await IndexedDbAdapter.deleteDatabase(`bench-import-${tag}`);
  return {
    count, importMs, bareMs, ratio: importMs / bareMs, sameSchemaMs: same.ms, sameSchemaRatio: importMs / same.ms,
    searchP50: percentile(fresh, 50), searchP95: percentile(fresh, 95),
    reopenedP50: percentile(settled, 50), reopenedP95: percentile(settled, 95),
  };
}

/** 20 warm-up searches, then every query timed to its first page (limit 50). */
async function searchTimes(adapter: IndexedDbAdapter, queries: string[], log: (line: string) => void, when: string): Promise<number[]> {
  for (const query of queries.slice(0, 20)) await adapter.listContacts({ search: query, limit: 50 });
  const times: number[] = [];
  let found = 0;
  for (const query of queries) {
    const start = performance.now();
    const page = await adapter.listContacts({ search: query, limit: 50 });
    times.push(ms(start));
    found += page.items.length;
  }
  const slowest = times.map((took, n) => ({ took, query: queries[n]! })).sort((a, b) => b.took - a.took).slice(0, 12);
  log(`search ${when}:`);
  log(`  slowest: ${slowest.map(({ took, query }) => `${JSON.stringify(query)} ${took.toFixed(1)}`).join(', ')}`);
  // Which kind of query the slow tail comes from.
  ['first-name prefix', 'last-name prefix', 'first last-prefix', 'email prefix'].forEach((kind, k) => {
    const own = times.filter((_, n) => n % 4 === k);
    log(`  ${kind}: p50 ${percentile(own, 50).toFixed(2)} ms, p95 ${percentile(own, 95).toFixed(2)} ms, max ${Math.max(...own).toFixed(2)} ms`);
  });
  log(`  first page (limit 50), ${queries.length} queries: p50 ${percentile(times, 50).toFixed(2)} ms, ` +
    `p95 ${percentile(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms, ${(found / queries.length).toFixed(1)} results on average`);
  return times;
}
