import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '../src/adapters/memory/index.js';
import { sendMessageAdapter, sendMessageData } from '../src/components/send-message/send-message.fixtures.js';
import '../src/components/send-message/rp-send-message.js';
import { reach } from './reach.js';

type Args = { adapter: MemoryAdapter; locale?: string; timeZone?: string };

const meta = {
  title: 'Elements/rp-send-message',
  component: 'rp-send-message',
  tags: ['autodocs'],
  // The host's own button opens the dialog again once it is closed.
  render: (args) => html`<button type="button"
      @click=${(e: Event) => (e.target as HTMLElement).nextElementSibling!.setAttribute('open', '')}>Send Message</button>
    <rp-send-message conversation-id="v1" open locale=${args.locale ?? 'en'}
      time-zone=${args.timeZone ?? 'America/Toronto'} .adapter=${args.adapter}></rp-send-message>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const dialog = (canvas: HTMLElement) => canvas.querySelector('rp-send-message')!;

async function write(canvas: HTMLElement, text: string) {
  const box = (await reach(dialog(canvas), 'rp-message-composer', '#message')) as HTMLTextAreaElement;
  box.value = text;
  box.dispatchEvent(new Event('input'));
}

async function pressSend(canvas: HTMLElement) {
  (await reach(dialog(canvas), 'rp-send-button', '[part="send"]')).click();
}

export const Empty: Story = { args: { adapter: sendMessageAdapter() } };

export const FromTemplate: Story = {
  args: { adapter: sendMessageAdapter() },
  play: async ({ canvasElement }) => {
    const select = (await reach(dialog(canvasElement), 'rp-message-composer', 'rp-send-template-bar',
      '#template option[value="t1"]')).parentElement!.closest('select')!;
    select.value = 't1';
    select.dispatchEvent(new Event('change'));
  },
};

export const EmailWithSubject: Story = {
  args: {
    adapter: sendMessageAdapter(sendMessageData({ messages: [{
      id: 'm1', conversationId: 'v1', channel: 'email', direction: 'inbound', author: { kind: 'contact', name: 'Sam Rivera' },
      body: 'Is the price negotiable?', subject: 'Your Civic', occurredAt: '2026-01-06T10:00:00.000Z', status: 'read',
    }] })),
  },
};

export const MissingWildcardValues: Story = {
  args: { adapter: sendMessageAdapter(sendMessageData({ contact: { firstName: undefined }, context: {} })) },
  play: async ({ canvasElement }) => {
    await write(canvasElement, 'Hi {{contact.firstName}}, is your {{vehicle.make}} still for sale?');
    await pressSend(canvasElement);
  },
};

export const NoChannelAvailable: Story = {
  args: { adapter: sendMessageAdapter(sendMessageData({ contact: { phones: {}, emails: {} } })) },
};

export const AttachmentRefused: Story = {
  args: { adapter: sendMessageAdapter() },
  play: async ({ canvasElement }) => {
    const input = (await reach(dialog(canvasElement), 'rp-message-composer', 'rp-send-attachments', '#file')) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not really a picture'], 'photo.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  },
};

export const Scheduling: Story = {
  args: { adapter: sendMessageAdapter() },
  play: async ({ canvasElement }) => {
    await write(canvasElement, 'Are you free to show the car on Saturday?');
    const picker = await reach(dialog(canvasElement), 'rp-schedule-picker');
    (await reach(picker, 'input[type="checkbox"]')).click();
    const at = (await reach(picker, '#at')) as HTMLInputElement;
    at.value = '2030-11-03T01:30';
    at.dispatchEvent(new Event('input'));
  },
};

const neverAnswers = sendMessageAdapter();
neverAnswers.sendMessage = () => new Promise(() => undefined);

export const Sending: Story = {
  args: { adapter: neverAnswers },
  play: async ({ canvasElement }) => {
    await write(canvasElement, 'On its way…');
    await pressSend(canvasElement);
  },
};

export const Failed: Story = {
  args: {
    adapter: sendMessageAdapter(sendMessageData(), { deliver: () => ({ ok: false, error: 'The carrier did not answer.' }) }),
  },
  play: async ({ canvasElement }) => {
    await write(canvasElement, 'Hello {{contact.firstName}}');
    await pressSend(canvasElement);
  },
};

export const StandardTier: Story = { args: { adapter: sendMessageAdapter(sendMessageData({ tier: 'standard' })) } };

export const Spanish: Story = { args: { adapter: sendMessageAdapter(), locale: 'es' } };
