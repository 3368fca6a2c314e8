import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import '../src/components/timeline/rp-timeline.js';
import { T0, generatedMessages, message, showcaseMessages, timelineData } from '../src/components/timeline/timeline-fixtures.js';

type Args = { adapter: MemoryAdapter; locale?: string; scheme?: 'light' | 'dark'; dir?: 'ltr' | 'rtl' };
type Messages = Parameters<typeof timelineData>[0];

// The clock stands just after the histories, so a scheduled message stays scheduled.
const now = () => new Date(T0 + 300 * 60_000);
const adapterWith = (messages: Messages, options: Partial<MemoryAdapterOptions> & { unreadCount?: number } = {}) =>
  new MemoryAdapter({ data: timelineData(messages, { unreadCount: options.unreadCount }), now, ...options });

const meta = {
  title: 'Elements/rp-timeline',
  component: 'rp-timeline',
  tags: ['autodocs'],
  args: { adapter: adapterWith(showcaseMessages()), locale: 'en', scheme: 'light', dir: 'ltr' },
  argTypes: {
    locale: { control: 'select', options: ['en', 'es'] },
    scheme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: (args) => html`<div dir=${args.dir ?? 'ltr'} style="color-scheme: ${args.scheme ?? 'light'}; max-width: 44rem">
    <rp-timeline conversation-id="conv-1" locale=${args.locale ?? 'en'} .adapter=${args.adapter}
      @rp-reply-request=${(event: CustomEvent) => console.info('rp-reply-request', event.detail)}></rp-timeline>
  </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { args: { adapter: adapterWith([]) } };
export const Loading: Story = { args: { adapter: adapterWith(showcaseMessages(), { latencyMs: 60_000 }) } };
export const LoadError: Story = { args: { adapter: adapterWith(showcaseMessages(), { failureRate: 1 }) } };
export const Short: Story = {
  args: {
    adapter: adapterWith([
      message('s1', 0, { body: 'Hi! Is the 2019 Tacoma still available?' }),
      message('s2', 4, { direction: 'outbound', body: 'It is. Would you like to see it this weekend?' }),
      message('s3', 9, { body: 'Saturday morning works.' }),
    ], { unreadCount: 1 }),
  },
};
export const Long10000: Story = { name: 'Long (10,000)', args: { adapter: adapterWith(generatedMessages(10_000)) } };
/** Contact, agent, bot and system entries on every channel, logged external communications and every status. */
export const EveryKindAndStatus: Story = {};
export const FailedWithRetry: Story = {
  args: {
    adapter: adapterWith([
      message('f1', 0, { body: 'Can you text me the price?' }),
      message('f2', 2, { direction: 'outbound', status: 'failed', error: 'The carrier rejected the number.', body: 'The price is $31,500.' }),
    ], { deliver: () => ({ ok: true }) }),
  },
};
export const Scheduled: Story = {
  args: {
    adapter: adapterWith([
      message('c1', 0, { body: 'Remind me on Friday?' }),
      message('c2', 1, { direction: 'outbound', status: 'scheduled', scheduledFor: new Date(T0 + 3 * 86_400_000).toISOString(), body: 'Reminder: viewing on Saturday at 10.' }),
    ]),
  },
};
export const Attachments: Story = {
  args: { adapter: adapterWith(showcaseMessages().filter((item) => item.attachments && item.attachments.length > 0)) },
};
export const Dark: Story = { args: { scheme: 'dark' } };
export const Rtl: Story = { name: 'RTL', args: { dir: 'rtl' } };
export const Spanish: Story = { args: { locale: 'es' } };
