import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryData } from '../src/adapters/memory/index.js';
import '../src/components/notes/rp-notes.js';

type Args = { adapter: MemoryAdapter; locale?: string };

const T0 = Date.parse('2026-11-20T10:00:00.000Z');
type NoteSeed = NonNullable<MemoryData['notes']>[number];

function noteAt(index: number, body: string, author: 'dana' | 'omar' = index % 2 ? 'omar' : 'dana'): NoteSeed {
  const at = new Date(T0 - index * 3_600_000).toISOString();
  return { id: `n${index + 1}`, version: 1, contactId: 'c1', body, authorId: author,
    authorName: author === 'dana' ? 'Dana Whitfield' : 'Omar Haddad', createdAt: at, updatedAt: at };
}

function adapterWith(notes: NoteSeed[], options: { latencyMs?: number; failureRate?: number } = {}): MemoryAdapter {
  return new MemoryAdapter({
    data: {
      staff: [
        { id: 'dana', name: 'Dana Whitfield', role: 'admin' },
        { id: 'omar', name: 'Omar Haddad', role: 'agent' },
      ],
      account: { id: 'a1', name: 'Northside Motors', tier: 'professional', country: 'CA', features: {} },
      contacts: [{ id: 'c1', version: 1, firstName: 'Lucía', lastName: 'Reyes', ownerId: 'dana', sharedWith: ['omar'],
        createdAt: new Date(T0).toISOString(), updatedAt: new Date(T0).toISOString() }],
      notes,
    },
    ...options,
  });
}

const someNotes = [
  noteAt(0, 'Asked for the trade-in value of her 2019 Civic.'),
  { ...noteAt(1, 'Prefers a call after 5 pm.'), editedBy: 'Dana Whitfield', version: 2, updatedAt: new Date(T0 - 600_000).toISOString() },
  noteAt(2, 'Lines one\nto six\nof a note\nthat is\nlonger than\nfour lines.'),
];

const meta = {
  title: 'Elements/rp-notes',
  component: 'rp-notes',
  tags: ['autodocs'],
  args: { adapter: adapterWith(someNotes), locale: 'en' },
  argTypes: { locale: { control: 'select', options: ['en', 'es'] } },
  render: (args) => html`<div style="max-width: 32rem">
    <rp-notes contact-id="c1" locale=${args.locale ?? 'en'} .adapter=${args.adapter}></rp-notes></div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Empty: Story = { args: { adapter: adapterWith([]) } };
export const TwoHundredNotes: Story = {
  args: { adapter: adapterWith(Array.from({ length: 200 }, (_, i) => noteAt(i, `Note number ${200 - i}: followed up about the listing.`))) },
};
export const TwoThousandCharacterNote: Story = {
  // Exactly 2,000 characters counted as code points, emoji included.
  args: { adapter: adapterWith([noteAt(0, Array.from('Long note with an emoji 🚗. '.repeat(80)).slice(0, 2000).join(''))]) },
};
export const Loading: Story = { args: { adapter: adapterWith(someNotes, { latencyMs: 60_000 }) } };
export const LoadError: Story = { args: { adapter: adapterWith(someNotes, { failureRate: 1 }) } };

/** Dana edits a note while Omar saves his edit first: Dana sees Omar's text beside her own. */
export const Conflict: Story = {
  args: { adapter: adapterWith([noteAt(0, 'Wants the blue SUV.')]) },
  play: async ({ canvasElement, args }) => {
    const notes = canvasElement.querySelector('rp-notes')!;
    const item = await waitFor(() => notes.shadowRoot?.querySelector('rp-note-item')?.shadowRoot);
    (await waitFor(() => item.querySelector<HTMLButtonElement>('[data-action="edit"]'))).click();
    const area = await waitFor(() => item.querySelector('textarea'));
    area.value = 'Wants the blue SUV, with financing.';
    area.dispatchEvent(new Event('input'));
    await args.adapter.withUser('omar').updateNote('n1', 'Changed her mind: the red sedan.', { version: 1 });
    [...item.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Save')!.click();
  },
};

export const Dark: Story = {
  render: (args) => html`<div style="color-scheme: dark; background: var(--rp-color-bg); padding: 1rem; max-width: 32rem">
    <rp-notes contact-id="c1" .adapter=${args.adapter}></rp-notes></div>`,
};
export const Spanish: Story = { args: { locale: 'es' } };

async function waitFor<T>(read: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    const value = read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The story did not render in time');
}
