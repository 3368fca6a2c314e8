import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { MemoryAdapter } from '../../adapters/memory/index.js';
import { frames } from '../../../test/until.js';
import '../contacts/rp-contacts.js';
import type { RpContacts } from '../contacts/rp-contacts.js';
import { keyById, renderPresent } from './virtual-rows.js';

const T0 = '2026-01-01T00:00:00.000Z';
type Row = { id: string; name: string };
const rowsOf = (n: number): Row[] => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Row ${i}` }));

describe('rows of a shrinking virtual list', () => {
  it('renders only the rows that exist when the items shrink while the first ones are laid out', async () => {
    const list = await fixture<LitVirtualizer>(html`<lit-virtualizer scroller style="height:400px"
      .items=${rowsOf(50)} .keyFunction=${keyById}
      .renderItem=${renderPresent((row: Row) => html`<div class="row" style="height:20px">${row.name}</div>`)}></lit-virtualizer>`);
    list.items = rowsOf(1);
    await frames(4);
    await waitUntil(() => list.querySelectorAll('.row').length === 1, 'one row');
    expect(list.querySelector('.row')!.textContent).to.equal('Row 0');
  });

  it('shows a contact search typed before the first page has settled, without a missing row', async () => {
    const contacts = Array.from({ length: 60 }, (_, i) => ({
      id: `c${i}`, version: 1, firstName: 'Ann', lastName: i === 7 ? 'Campbell' : `Name${i}`, ownerId: 'admin', createdAt: T0, updatedAt: T0,
    }));
    const adapter = new MemoryAdapter({ data: {
      staff: [{ id: 'admin', name: 'Dana Whitfield', role: 'admin' }],
      account: { id: 'acc', name: 'Northside', tier: 'professional', country: 'US', features: {}, smsNumbers: [], emailAddresses: [] },
      contacts,
    } });
    const el = await fixture<RpContacts>(html`<rp-contacts .adapter=${adapter} style="height:600px"></rp-contacts>`);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'campbell';
    search.dispatchEvent(new Event('input'));
    const names = () => [...el.shadowRoot!.querySelectorAll('[part="row"] .name')].map((cell) => cell.textContent);
    await waitUntil(() => names().join() === 'Ann Campbell', 'the one match');
    await frames(4);
    expect(names()).to.deep.equal(['Ann Campbell']);
  });
});
