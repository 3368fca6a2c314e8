import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '../src/adapters/memory/index.js';
import { INBOX_T0, busyInboxData, inboxData } from '../src/components/inbox/inbox-fixtures.js';
import '../src/components/inbox/rp-inbox.js';
import '../src/i18n/es/index.js';

type Args = { adapter: MemoryAdapter; locale?: string; conversationId?: string };

const now = () => new Date(INBOX_T0 + 60 * 60_000);
const inbox = (args: Args, style = 'block-size: 40rem') =>
  html`<rp-inbox .adapter=${args.adapter} locale=${args.locale ?? 'en'} conversation-id=${args.conversationId ?? ''}
    style=${style}></rp-inbox>`;

export default {
  title: 'Elements/rp-inbox',
  component: 'rp-inbox',
  tags: ['autodocs'],
  render: (args: Args) => inbox(args),
  args: { adapter: new MemoryAdapter({ data: inboxData(), now }) },
} satisfies Meta<Args>;

type Story = StoryObj<Args>;

/** Three conversations, newest first, one unread; Noah Fischer has none yet (start one with +). */
export const Default: Story = {};

/** A conversation open in the dialog window, with the inline composer on its default channel. */
export const ConversationOpen: Story = {
  args: { adapter: new MemoryAdapter({ data: inboxData(), now }), conversationId: 'k1' },
};

/** Nobody is in a conversation yet. */
export const EmptyInbox: Story = {
  args: { adapter: new MemoryAdapter({ data: { ...inboxData(), conversations: [], messages: [] }, now }) },
};

/** 5,000 conversations: the contacts panel is virtualized and pages in as it scrolls. */
export const BusyInbox: Story = {
  args: { adapter: new MemoryAdapter({ data: busyInboxData(5_000, 6), now: () => new Date(INBOX_T0) }) },
};

/** Slow answers: every column shows its loading state. */
export const Loading: Story = {
  args: { adapter: new MemoryAdapter({ data: inboxData(), now, latencyMs: 3_000 }) },
};

/** The backend does not answer: the contacts panel says so, with Retry. */
export const LoadError: Story = {
  args: { adapter: new MemoryAdapter({ data: inboxData(), now, failureRate: 1 }) },
};

/** A phone-sized screen: one column at a time, with back buttons. */
export const NarrowScreen: Story = {
  args: { adapter: new MemoryAdapter({ data: inboxData(), now }) },
  render: (args) => html`<div style="inline-size: 375px">${inbox(args, 'block-size: 40rem')}</div>`,
};

/** The dark theme, from the same tokens. */
export const Dark: Story = {
  args: { adapter: new MemoryAdapter({ data: inboxData(), now }), conversationId: 'k1' },
  render: (args) => html`<div style="color-scheme: dark; background: var(--rp-color-bg); padding: 1rem">${inbox(args)}</div>`,
};

/** In Spanish. */
export const Spanish: Story = {
  args: { adapter: new MemoryAdapter({ data: inboxData(), now }), locale: 'es', conversationId: 'k1' },
};
