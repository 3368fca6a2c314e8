import type { Account, Staff } from '../../domain/index.js';
import type { MemoryData } from '../memory/index.js';
import { seedCounters, validateSeedData } from '../rules/index.js';
import { contactRow, conversationRow, messageRow, noteRow } from './rows.js';
import { wordsOfTerms } from './index-keys.js';
import type { Tx } from './schema.js';

/**
 * Fills an empty database with seed data (validated as a whole first, every bad
 * field named by its place), once: a database that was seeded before is left
 * as it is. Gives the staff and account, which every call needs.
 */
export async function seedOnce(tx: Tx, data: MemoryData): Promise<{ staff: Staff[]; account: Account }> {
  const meta = tx.objectStore('meta');
  if ((await meta.get('seeded')) !== true) {
    const loaded = validateSeedData(data);
    const puts: Promise<unknown>[] = [meta.put(loaded.account, 'account'), meta.put(true, 'seeded')];
    for (const person of loaded.staff) puts.push(tx.objectStore('staff').put(person));
    const rows = loaded.contacts.map((contact) => contactRow(contact));
    for (const row of rows) puts.push(tx.objectStore('contacts').put(row));
    for (const word of wordsOfTerms(rows.flatMap((row) => row.terms ?? []))) puts.push(tx.objectStore('words').put(true, word));
    for (const conversation of loaded.conversations) puts.push(tx.objectStore('conversations').put(conversationRow(conversation)));
    let s = 0;
    for (const message of loaded.messages) puts.push(tx.objectStore('messages').put(messageRow(message, (s += 1))));
    for (const note of loaded.notes) puts.push(tx.objectStore('notes').put(noteRow(note, (s += 1))));
    for (const entry of loaded.changeLog) puts.push(tx.objectStore('changes').put({ contactId: entry.contactId, s: (s += 1), entry }));
    for (const template of loaded.templates) puts.push(tx.objectStore('templates').put(template));
    for (const visit of loaded.pageVisits) puts.push(tx.objectStore('pageVisits').add(visit));
    puts.push(meta.put(s, 'seq'));
    for (const [kind, highest] of seedCounters(loaded)) puts.push(meta.put(highest, `counter:${kind}`));
    await Promise.all(puts);
  }
  const [staff, account] = await Promise.all([tx.objectStore('staff').getAll(), meta.get('account')]);
  return { staff, account: account as Account };
}
