import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryData } from '../src/adapters/memory/index.js';
import '../src/components/contact-panel/rp-contact-panel.js';

type Args = { adapter: MemoryAdapter; channel?: string; locale?: string; picture?: string };

const T0 = '2026-11-20T10:00:00.000Z';

/** One contact, owned by Dana and shared with Omar, with whatever the story changes. */
function adapterWith(contact: object = {}, options: { latencyMs?: number; failureRate?: number } = {}): MemoryAdapter {
  const data: MemoryData = {
    staff: [
      { id: 'dana', name: 'Dana Whitfield', role: 'admin' },
      { id: 'omar', name: 'Omar Haddad', role: 'agent' },
    ],
    account: { id: 'a1', name: 'Northside Motors', tier: 'professional', country: 'CA', features: { sms: true, facebook: true } },
    contacts: [{
      id: 'c1', version: 1, type: 'customer', level: 'primary', firstName: 'Lucía', lastName: 'Reyes',
      company: 'Reyes Landscaping', jobTitle: 'Owner', language: 'en', ownerId: 'dana', sharedWith: ['omar'],
      createdAt: T0, updatedAt: T0, validated: true,
      emails: { primary: 'lucia@example.com' }, phones: { mobile: { number: '+14165550101' }, work: { number: '+14165550188' } },
      social: { facebook: 'lucia.reyes', linkedin: 'https://www.linkedin.com/in/lucia-reyes' },
      address: { city: 'Toronto', state: 'ON', country: 'CA' },
      customAttributes: { Bio: 'Fleet buyer for a landscaping company', Location: 'Toronto' },
      ...contact,
    }],
    notes: [{ id: 'n1', version: 1, contactId: 'c1', body: 'Prefers a call after 5 pm.', authorId: 'omar',
      authorName: 'Omar Haddad', createdAt: T0, updatedAt: T0 }],
  };
  return new MemoryAdapter({ data, ...options });
}

const meta = {
  title: 'Elements/rp-contact-panel',
  component: 'rp-contact-panel',
  tags: ['autodocs'],
  args: { adapter: adapterWith(), channel: 'facebook', locale: 'en' },
  argTypes: {
    channel: { control: 'select', options: ['facebook', 'sms', 'email', 'kijiji', 'webchat', 'call', 'listing', 'form'] },
    locale: { control: 'select', options: ['en', 'es'] },
  },
  render: (args) => html`<div style="max-width: 28rem">
    <rp-contact-panel contact-id="c1" channel=${args.channel ?? 'facebook'} locale=${args.locale ?? 'en'}
      picture=${args.picture ?? ''} .adapter=${args.adapter}></rp-contact-panel></div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Vip: Story = { args: { adapter: adapterWith({ vip: true }) } };
export const NotValidated: Story = { args: { adapter: adapterWith({ validated: false }), channel: 'sms' } };
export const CrmManagedReadOnly: Story = {
  args: {
    adapter: adapterWith({
      crmManaged: {
        'emails.primary': { editable: false, syncedAt: '2026-11-19T08:00:00.000Z' },
        company: { editable: false, syncedAt: '2026-11-19T08:00:00.000Z' },
        'phones.mobile': { editable: true, syncedAt: '2026-11-18T08:00:00.000Z' },
      },
    }),
  },
};
export const ManyCustomAttributes: Story = {
  args: {
    adapter: adapterWith({
      customAttributes: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`Attribute ${i + 1}`, `Value number ${i + 1}`])),
    }),
  },
};
export const Loading: Story = { args: { adapter: adapterWith({}, { latencyMs: 60_000 }) } };
export const LoadError: Story = { args: { adapter: adapterWith({}, { failureRate: 1 }) } };

/** Dana edits the email while Omar saves another one first: Dana sees the current value and keeps her edit. */
export const Conflict: Story = {
  args: { adapter: adapterWith() },
  play: async ({ canvasElement, args }) => {
    const panel = canvasElement.querySelector('rp-contact-panel')!;
    const details = await waitFor(() => panel.shadowRoot?.querySelector('rp-contact-details')?.shadowRoot);
    const edit = await waitFor(() => details.querySelector<HTMLButtonElement>('[data-edit="emails.primary"]'));
    edit.click();
    const input = await waitFor(() => details.querySelector<HTMLInputElement>('[data-input="emails.primary"]'));
    input.value = 'lucia.reyes@example.com';
    input.dispatchEvent(new Event('input'));
    const current = await args.adapter.getContact('c1');
    await args.adapter.withUser('omar').updateContact('c1', { emails: { primary: 'l.reyes@example.org' } }, { version: current.version });
    details.querySelector<HTMLButtonElement>('[aria-label="Save Email"]')!.click();
  },
};

export const Dark: Story = {
  render: (args) => html`<div style="color-scheme: dark; background: var(--rp-color-bg); padding: 1rem; max-width: 28rem">
    <rp-contact-panel contact-id="c1" channel="facebook" .adapter=${args.adapter}></rp-contact-panel></div>`,
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
