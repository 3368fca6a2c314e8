import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryData } from '../src/adapters/memory/index.js';
import '../src/components/contact-form/rp-contact-form.js';

type Args = { adapter: MemoryAdapter; contactId?: string; locale?: string };

const T0 = '2026-11-20T10:00:00.000Z';
function adapterWith(options: { latencyMs?: number } = {}): MemoryAdapter {
  const data: MemoryData = {
    staff: [{ id: 'dana', name: 'Dana Whitfield', role: 'admin' }],
    account: { id: 'a1', name: 'Northside Motors', tier: 'professional', country: 'CA', features: {} },
    contacts: [{ id: 'c1', version: 1, type: 'customer', level: 'secondary', firstName: 'Lucía', lastName: 'Reyes',
      company: 'Reyes Landscaping', ownerId: 'dana', createdAt: T0, updatedAt: T0,
      phones: { mobile: { number: '+14165550101' } }, emails: { primary: 'lucia@example.com' } }],
  };
  return new MemoryAdapter({ data, latencyMs: options.latencyMs });
}

export default {
  title: 'Elements/rp-contact-form',
  component: 'rp-contact-form',
  tags: ['autodocs'],
  render: (args) => html`<rp-contact-form open .adapter=${args.adapter} contact-id=${args.contactId ?? ''}
    locale=${args.locale ?? 'en'}></rp-contact-form>`,
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

export const Create: Story = { args: { adapter: adapterWith() } };
export const Edit: Story = { args: { adapter: adapterWith(), contactId: 'c1' } };
export const EditLoading: Story = { args: { adapter: adapterWith({ latencyMs: 3_000_000 }), contactId: 'c1' } };
export const Spanish: Story = { args: { adapter: adapterWith(), locale: 'es' } };
export const Dark: Story = {
  args: { adapter: adapterWith() },
  render: (args) => html`<div style="color-scheme: dark"><rp-contact-form open .adapter=${args.adapter}></rp-contact-form></div>`,
};
