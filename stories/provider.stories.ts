import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/rp-provider.js';

const meta = {
  title: 'Elements/rp-provider',
  component: 'rp-provider',
  tags: ['autodocs'],
  args: { locale: 'en' },
  argTypes: { locale: { control: 'select', options: ['en', 'es'] }, theme: { control: 'select', options: [undefined, 'light', 'dark'] } },
  render: (args) => html`<rp-provider locale=${args.locale} theme=${args.theme ?? ''}>
    <p style="font-family: var(--rp-font-family); color: var(--rp-color-text); background: var(--rp-color-surface); padding: var(--rp-space-4); border-radius: var(--rp-radius)">
      Elements placed in here share the adapter, the session and the locale.
    </p>
  </rp-provider>`,
} satisfies Meta<{ locale: string; theme?: 'light' | 'dark' }>;

export default meta;
type Story = StoryObj<{ locale: string; theme?: 'light' | 'dark' }>;

export const Default: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
