import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MemoryAdapter } from '../src/adapters/memory/index.js';
import { batchAdapter, eligibleBatch, MIXED_BATCH } from '../src/components/send-message/batch.fixtures.js';
import '../src/components/send-message/rp-send-message.js';
import { reach } from './reach.js';

type Args = { adapter: MemoryAdapter; ids: string[]; locale?: string; message?: string };

const meta = {
  title: 'Elements/rp-send-message/Batch',
  component: 'rp-send-message',
  tags: ['autodocs'],
  render: (args) => html`<rp-send-message open locale=${args.locale ?? 'en'} time-zone="America/Toronto"
    .conversationIds=${args.ids} .adapter=${args.adapter}></rp-send-message>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

async function writeAndSend(canvas: HTMLElement, text: string) {
  const dialog = canvas.querySelector('rp-send-message')!;
  const box = (await reach(dialog, 'rp-batch-send', 'rp-message-composer', '#message')) as HTMLTextAreaElement;
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  (await reach(dialog, 'rp-batch-send', '[part="send"]')).click();
}

const ids = (records: { id: string }[]) => records.map((record) => record.id);

/** Fourteen listings: two can take a text; the rest show every seed 001 exclusion, grouped by reason with names. */
export const MixedBatch: Story = {
  args: { adapter: batchAdapter(), ids: ids(MIXED_BATCH) },
};

/** Forty sellers on a slow backend: the progress bar with its counts, and Cancel. */
export const InProgress: Story = {
  args: { adapter: batchAdapter(eligibleBatch(40), { latencyMs: 400 }), ids: ids(eligibleBatch(40)) },
  play: async ({ canvasElement }) => writeAndSend(canvasElement, 'Hi {{contact.firstName}}, is your {{vehicle.make}} still for sale?'),
};

/** One in three texts fails at the carrier: the report says which and why, and Resume sends to the rest. */
export const WithFailures: Story = {
  args: {
    adapter: batchAdapter(eligibleBatch(9), {
      deliver: (message) => (Number(message.conversationId.slice(1)) % 3 === 0 ? { ok: false, error: 'Carrier unreachable' } : { ok: true }),
    }),
    ids: ids(eligibleBatch(9)),
  },
  play: async ({ canvasElement }) => writeAndSend(canvasElement, 'Hi {{contact.firstName}}, still selling?'),
};

/** One seller has no first name: the dialog lists them and asks whether to skip them or use the fallback. */
export const MissingWildcards: Story = {
  args: { adapter: batchAdapter(), ids: ids(MIXED_BATCH) },
  play: async ({ canvasElement }) => writeAndSend(canvasElement, 'Hi {{contact.firstName}}, is it still for sale?'),
};

/** The mixed batch in Spanish. */
export const Spanish: Story = {
  args: { adapter: batchAdapter(), ids: ids(MIXED_BATCH), locale: 'es' },
};
