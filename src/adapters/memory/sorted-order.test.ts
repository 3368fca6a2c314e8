import { expect } from '@open-wc/testing';
import type { Contact } from '../../domain/index.js';
import type { ContactSort } from '../adapter.js';
import { compareKeys } from '../rules/index.js';
import { contactSortKey, SortedOrder } from './sorted-order.js';

/** Deterministic contacts with many shared names and times, so ties fall to the id. */
function contacts(from: number, count: number): Contact[] {
  const names = ['Lee', 'Rossi', 'Ó Briain', 'chen', 'Müller', 'Zhang', 'Aalto'];
  return Array.from({ length: count }, (_, n) => {
    const i = from + n;
    const at = new Date(Date.UTC(2026, 0, 1 + ((i * 7) % 40))).toISOString();
    return {
      id: `c${i}`, version: 1, type: 'lead', level: 'primary', firstName: `F${(i * 13) % 17}`, lastName: names[(i * 5) % names.length]!,
      ownerId: 'admin', sharedWith: [], createdAt: at, updatedAt: at, phones: {}, emails: {}, address: {}, social: {},
      vip: false, validated: false, dealership: false, crmManaged: {}, customAttributes: {},
    } as Contact;
  });
}

const sorted = (sort: ContactSort, all: Contact[]) => {
  const direction = sort.startsWith('-') ? -1 : 1;
  return all.map((contact) => ({ id: contact.id, key: contactSortKey(sort, contact) }))
    .sort((a, b) => direction * compareKeys(a.key, a.id, b.key, b.id)).map((item) => item.id);
};

describe('SortedOrder', () => {
  for (const sort of ['name', '-name', 'createdAt', '-updatedAt'] as const) {
    it(`stays in ${sort} order through batches of every size, single placements and removals`, () => {
      let all = contacts(0, 500);
      const order = new SortedOrder(sort, all, (contact) => contactSortKey(sort, contact));
      let next = 500;
      // Batches far smaller than the order (merged in blocks), of like size (merged step by step), and bigger.
      for (const size of [1, 7, 40, 300, 900, 3]) {
        const batch = contacts(next, size);
        next += size;
        order.addMany(batch);
        all = all.concat(batch);
        if (size === 40) order.addMany([]);
        if (size !== 300) expect(order.ids(), `after a batch of ${size}`).to.deep.equal(sorted(sort, all));
      }
      // Several batches before the order is read again, as during an import.
      for (const size of [5, 5, 20, 2, 60]) {
        const batch = contacts(next, size);
        next += size;
        order.addMany(batch);
        all = all.concat(batch);
      }
      const [placed] = contacts(next, 1);
      order.place(placed!);
      all.push(placed!);
      for (const id of ['c3', 'c600', `c${next}`]) {
        order.remove(id);
        all = all.filter((contact) => contact.id !== id);
      }
      expect(order.ids()).to.deep.equal(sorted(sort, all));
      expect([...order.placeOf()].every(([id, place]) => order.ids()[place] === id)).to.equal(true);
    });
  }
});
