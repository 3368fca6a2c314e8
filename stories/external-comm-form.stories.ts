import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import '../src/components/external-comm-form/rp-external-comm-form.js';
import { reach } from './reach.js';

type Args = { adapter: MemoryAdapter; locale?: string };

const meta = {
  title: 'Elements/rp-external-comm-form',
  component: 'rp-external-comm-form',
  tags: ['autodocs'],
  // The host's own button opens the window again once it is closed.
  render: (args) => html`<button type="button"
      @click=${(e: Event) => (e.target as HTMLElement).nextElementSibling!.setAttribute('open', '')}>Add External Communication</button>
    <rp-external-comm-form conversation-id="conv-1" open locale=${args.locale ?? 'en'} .adapter=${args.adapter}></rp-external-comm-form>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const T0 = '2026-01-05T09:00:00.000Z';

/** One agent, one seller and one conversation about a listing from `source`. */
function storyAdapter(options: { source?: string } & Omit<MemoryAdapterOptions, 'data'> = {}): MemoryAdapter {
  const { source = 'Craigslist', ...rest } = options;
  return new MemoryAdapter({
    userId: 'staff-dana',
    ...rest,
    data: {
      staff: [{ id: 'staff-dana', name: 'Dana Whitfield', role: 'agent' }],
      account: {
        id: 'account-1', name: 'Northside Motors', tier: 'professional', country: 'CA',
        features: { sms: true, email: true }, smsNumbers: ['+15555550100'], emailAddresses: ['sales@example.com'],
      },
      contacts: [{ id: 'contact-1', version: 1, firstName: 'Sam', lastName: 'Rivera', ownerId: 'staff-dana', createdAt: T0, updatedAt: T0 }],
      conversations: [{
        id: 'conv-1', contactId: 'contact-1',
        context: { vehicle: { year: 2019, make: 'Honda', model: 'Civic' }, listing: { source, stage: 'active' } },
      }],
    },
  });
}

/** Picks `value` in the form's select `id`, as a person would. */
async function choose(canvas: HTMLElement, id: string, value: string) {
  const select = (await reach(canvas, 'rp-external-comm-form', `#${id}`)) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

async function write(canvas: HTMLElement, id: string, text: string) {
  const field = (await reach(canvas, 'rp-external-comm-form', `#${id}`)) as HTMLInputElement | HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new Event('input'));
}

async function pressAdd(canvas: HTMLElement) {
  (await reach(canvas, 'rp-external-comm-form', '[part~="submit-button"]')).click();
}

/** An MP3's first bytes (an ID3 tag, then a frame header) and some padding. */
function recording(): File {
  const bytes = new Uint8Array(4096);
  bytes.set([0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0, 0xff, 0xfb, 0x90, 0x44]);
  return new File([bytes], 'call-with-sam.mp3', { type: 'audio/mpeg' });
}

export const Empty: Story = { args: { adapter: storyAdapter() } };

export const CallWithDurationAndAudio: Story = {
  args: { adapter: storyAdapter() },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'channel', 'call');
    await write(canvasElement, 'text', 'Called Sam about the Civic: agreed on a test drive Saturday at 10.');
    await write(canvasElement, 'duration', '12');
    const input = (await reach(canvasElement, 'rp-external-comm-form', '#attachment')) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(recording());
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
  },
};

export const Email: Story = {
  args: { adapter: storyAdapter() },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'channel', 'email');
    await choose(canvasElement, 'direction', 'inbound');
    await choose(canvasElement, 'type', 'reply');
    await write(canvasElement, 'text', 'Sam emailed from a personal address: the Civic is still available, service records attached.');
  },
};

/** The fourth channel is the listing's own source, named as the listing names it. */
export const ListingSource: Story = {
  args: { adapter: storyAdapter({ source: 'Facebook Marketplace' }) },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'channel', 'listing');
    await choose(canvasElement, 'type', 'follow-up');
  },
};

/** A time in the future and no text: each refusal sits by its field. */
export const ValidationErrors: Story = {
  args: { adapter: storyAdapter() },
  play: async ({ canvasElement }) => {
    await write(canvasElement, 'occurredAt', '2999-01-01T10:00');
    await choose(canvasElement, 'channel', 'call');
    await write(canvasElement, 'duration', 'ten');
    await pressAdd(canvasElement);
  },
};

/** A backend that has not answered yet: Add shows that it is busy, and a second click does nothing. */
const neverAnswers = storyAdapter();
neverAnswers.logExternalCommunication = () => new Promise(() => undefined);

export const Saving: Story = {
  args: { adapter: neverAnswers },
  play: async ({ canvasElement }) => {
    await write(canvasElement, 'text', 'Texted Sam the dealership address.');
    await pressAdd(canvasElement);
  },
};

// The adapter's own failure simulation, switched on only for the press of Add.
let offline = false;
const flaky = storyAdapter({ failureRate: 0.5, random: () => (offline ? 0 : 1) });

/** The backend cannot be reached when Add is pressed: everything typed stays, the reason is shown, Add again works. */
export const Failed: Story = {
  args: { adapter: flaky },
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'direction', 'inbound');
    await write(canvasElement, 'text', 'Sam texted: can you do $14,500?');
    offline = true;
    await pressAdd(canvasElement);
    const alert = await reach(canvasElement, 'rp-external-comm-form', '[part="alert"]');
    for (let attempt = 0; attempt < 100 && !alert.textContent?.trim(); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    offline = false;
  },
};

export const Spanish: Story = { args: { adapter: storyAdapter(), locale: 'es' } };

export const Dark: Story = {
  args: { adapter: storyAdapter() },
  decorators: [(story) => html`<div style="color-scheme: dark; background: var(--rp-color-bg); padding: 1rem">${story()}</div>`],
};
