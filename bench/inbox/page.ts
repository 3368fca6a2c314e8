// One benchmark run in the browser: ?n=<conversations>&switches=<k>. Builds a MemoryAdapter
// with n conversations, mounts rp-inbox, then switches conversation k times (Alt+ArrowDown, as
// a person does) and times each switch until the new history is painted. Sets
// `window.benchResult` (or `window.benchError`).
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { INBOX_T0, busyInboxData } from '../../src/components/inbox/inbox-fixtures.js';
import '../../src/components/inbox/rp-inbox.js';
import type { RpInbox } from '../../src/components/inbox/rp-inbox.js';

declare global {
  interface Window {
    benchResult?: unknown;
    benchError?: string;
  }
}

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 5000);
const switches = Number(params.get('switches') ?? 30);
const perConversation = Number(params.get('messages') ?? 20);

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves after the next frame has been painted. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await frame();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function run() {
  const adapter = new MemoryAdapter({ data: busyInboxData(count, perConversation), now: () => new Date(INBOX_T0) });
  await adapter.listConversations({ limit: 1 });

  const started = performance.now();
  const inbox = document.createElement('rp-inbox') as RpInbox;
  inbox.adapter = adapter;
  inbox.style.setProperty('--rp-inbox-height', '860px');
  document.body.append(inbox);
  const list = () => inbox.shadowRoot?.querySelector('rp-inbox-list')?.shadowRoot;
  const rows = () => list()?.querySelectorAll('[part~="row"]') ?? [];
  await until(() => rows().length > 0, 'the first rows');
  await painted();
  const listPaintMs = performance.now() - started;

  const history = () =>
    inbox.shadowRoot?.querySelector('rp-inbox-conversation')?.shadowRoot?.querySelector('rp-timeline')?.shadowRoot;
  // The newest message of conversation i says "Message <last> about the listing, conversation i."
  const newestOf = (index: number) => `Message ${perConversation - 1} about the listing, conversation ${index}.`;
  const shows = (index: number) =>
    [...(history()?.querySelectorAll('[part~="body"]') ?? [])].some((body) => body.textContent === newestOf(index));
  const altDown = () =>
    inbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', code: 'ArrowDown', altKey: true, bubbles: true, composed: true }));

  // The first open warms the code paths (the timeline, the composer) a person loads once.
  (rows()[0] as HTMLElement).click();
  await until(() => shows(0), 'the first history');
  await painted();

  const samples: number[] = [];
  for (let index = 1; index <= switches; index += 1) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    const t0 = performance.now();
    altDown();
    await until(() => shows(index), `the history of conversation ${index}`);
    await painted();
    samples.push(performance.now() - t0);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count, switches, listPaintMs, switchMedianMs: median(samples), switchP90Ms: sorted[Math.floor(sorted.length * 0.9)]!,
    switchMaxMs: sorted.at(-1)!, selected: inbox.conversationId,
  };
}

run().then(
  (result) => (window.benchResult = result),
  (error: unknown) => (window.benchError = error instanceof Error ? error.stack ?? error.message : String(error)),
);
