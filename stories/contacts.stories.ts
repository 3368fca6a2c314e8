import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryData } from '../src/adapters/memory/index.js';
import '../src/components/contacts/rp-contacts.js';
import type { RpContacts } from '../src/components/contacts/rp-contacts.js';

type Args = { contacts: number; as?: string; latencyMs?: number; locale?: string; open?: 'import' | 'import-errors' | 'share' | 'transfer' | 'delete' };

const T0 = '2026-11-20T10:00:00.000Z';
const firsts = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Elif', 'Farah', 'Giulia', 'Hiro', 'Ines', 'Jun'];
const lasts = ['Garcia', 'Lee', 'Rossi', 'Chen', 'Müller', 'Okafor', 'Tanaka', 'Dubois', 'Nguyen', 'Silva'];
const types = ['lead', 'prospect', 'customer', 'other'] as const;
const levels = ['primary', 'secondary', 'tertiary'] as const;

function adapterWith(count: number, options: { userId?: string; latencyMs?: number } = {}): MemoryAdapter {
  const data: MemoryData = {
    staff: [
      { id: 'dana', name: 'Dana Whitfield', role: 'admin' },
      { id: 'omar', name: 'Omar Haddad', role: 'agent' },
      { id: 'priya', name: 'Priya Natarajan', role: 'agent' },
    ],
    account: { id: 'a1', name: 'Northside Motors', tier: 'professional', country: 'CA', features: {} },
    contacts: Array.from({ length: count }, (_, i) => ({
      id: `c${i}`, version: 1, type: types[i % 4], level: levels[i % 3], firstName: firsts[i % 10],
      lastName: `${lasts[(i * 3) % 10]}${count > 100 ? ` ${i}` : ''}`, ownerId: i % 3 === 0 ? 'omar' : 'dana',
      sharedWith: i % 5 === 0 ? ['omar'] : [], createdAt: T0, updatedAt: T0,
      phones: { mobile: { number: `+1416555${String(1000 + (i % 9000)).padStart(4, '0')}` } },
      emails: { primary: `${firsts[i % 10].normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()}.${i}@example.com` },
    })),
  };
  const adapter = new MemoryAdapter({ data, latencyMs: options.latencyMs });
  return options.userId ? adapter.withUser(options.userId) : adapter;
}

const ERROR_CSV = ['Type,Level,First Name,Last Name,Mobile,Email', 'Lead,Primary,Ann,Whitaker,+85212345678,ann@example.com',
  ',,Cy,,+85234567890,cy@example.com', 'Lead,Primary,Di,Ortega,+85245678901,not-an-email'].join('\r\n');

/** Opens the dialog a story is about once the element has rendered. */
async function openDialog(element: RpContacts, open: Args['open']) {
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 300));
  const root = element.shadowRoot!;
  if (open === 'import' || open === 'import-errors') {
    // The import dialog loads on use: open it the way a person does.
    [...root.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button')].find((button) => button.textContent?.trim() === 'Import Contact')?.click();
    await customElements.whenDefined('rp-contacts-import');
    const importer = root.querySelector('rp-contacts-import')!;
    const csv = open === 'import' ? `${ERROR_CSV}\r\n` + Array.from({ length: 20000 }, (_, i) =>
      `Lead,Primary,Bulk,Row ${i},,bulk${i}@example.com`).join('\r\n') : ERROR_CSV;
    await importer.updateComplete;
    void importer.importFile(new File([csv], 'contacts.csv', { type: 'text/csv' }));
    return;
  }
  if (open) root.querySelector<HTMLButtonElement>('[part="menu-button"]')?.click();
  await element.updateComplete;
  const label = { share: 'Share Contact', transfer: 'Transfer Ownership', delete: 'Delete Contact' }[open!];
  [...root.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((item) => item.textContent?.trim() === label)?.click();
}

export default {
  title: 'Elements/rp-contacts',
  component: 'rp-contacts',
  tags: ['autodocs'],
  // Each story builds its own adapter when it renders, so opening one story never pays for another's 100,000 contacts.
  loaders: [async ({ args }) => ({ adapter: adapterWith(args.contacts, { userId: args.as, latencyMs: args.latencyMs }) })],
  render: (args, { loaded }) =>
    html`<rp-contacts .adapter=${loaded.adapter as MemoryAdapter} locale=${args.locale ?? 'en'}></rp-contacts>`,
  play: async ({ canvasElement, args }) => {
    const element = canvasElement.querySelector('rp-contacts');
    if (element && args.open) await openDialog(element, args.open);
  },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const Empty: Story = { args: { contacts: 0 } };
export const FiftyContacts: Story = { name: '50 contacts', args: { contacts: 50 } };
export const HundredThousand: Story = { name: '100,000 contacts', args: { contacts: 100_000 } };
export const ImportInProgress: Story = { args: { contacts: 10, open: 'import' } };
export const ImportWithErrors: Story = { args: { contacts: 10, open: 'import-errors' } };
export const Export: Story = {
  args: { contacts: 50 },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('rp-contacts')!;
    await element.updateComplete;
    [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Download Contact')?.click();
  },
};
export const Share: Story = { args: { contacts: 20, open: 'share' } };
export const Transfer: Story = { args: { contacts: 20, open: 'transfer' } };
export const Delete: Story = { args: { contacts: 20, open: 'delete' } };
export const NonOwnerView: Story = { name: "A non-owner's view", args: { contacts: 20, as: 'omar' } };
export const Loading: Story = { args: { contacts: 20, latencyMs: 3_000_000 } };
export const Spanish: Story = { args: { contacts: 20, locale: 'es' } };
