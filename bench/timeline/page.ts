// One benchmark run in the browser: ?n=<messages>&pageSize=<n>. Builds a MemoryAdapter
// with a history of n messages, then measures rp-timeline against it and sets
// `window.benchResult` (or `window.benchError`).
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { T0, generatedMessages, timelineData } from '../../src/components/timeline/timeline-fixtures.js';
import '../../src/components/timeline/rp-timeline.js';
import type { RpTimeline } from '../../src/components/timeline/rp-timeline.js';

declare global {
  interface Window {
    benchResult?: unknown;
    benchError?: string;
    gc?: () => void;
  }
}

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 1000);
const pageSize = params.get('pageSize');

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Resolves after the next frame has been painted. */
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/**
 * Called from inside a frame's animation callbacks (as `until` resolves): a task queued now
 * runs once that frame has been painted.
 */
const thisFramePainted = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function heap(): Promise<number> {
  for (let i = 0; i < 3; i += 1) {
    window.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

/** Every element on the page, inside shadow roots too. */
function countElements(node: ParentNode): number {
  let total = 0;
  for (const child of node.children) {
    total += 1 + countElements(child);
    if (child.shadowRoot) total += countElements(child.shadowRoot);
  }
  return total;
}

async function until(check: () => boolean, what: string, timeoutMs = 120_000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await frame();
  }
}

async function run() {
  const messages = generatedMessages(count);
  const newest = messages[count - 1]!;
  const oldest = messages[0]!;
  const adapter = new MemoryAdapter({ data: timelineData(messages), now: () => new Date(T0) });
  await adapter.listMessages('conv-1', { limit: 1 });
  const heapBefore = await heap();

  // Data ready: the adapter holds the history. From here to the painted list is the first figure.
  const started = performance.now();
  const timeline = document.createElement('rp-timeline') as RpTimeline;
  timeline.adapter = adapter;
  timeline.conversationId = 'conv-1';
  timeline.style.setProperty('--rp-timeline-height', '800px');
  document.body.append(timeline);
  const root = () => timeline.shadowRoot!;
  const entries = () => root().querySelectorAll('[part~="entry"]');
  await until(() => !!timeline.shadowRoot && entries().length > 0, 'the first entries');
  const mountedMs = performance.now() - started;
  // `until` checks in each frame's animation callbacks, so the frame it saw the entries in paints them.
  await thisFramePainted();
  const firstPaintMs = performance.now() - started;
  // What this benchmark used to report: one frame later (kept for comparison with older figures).
  await painted();
  const nextFrameMs = performance.now() - started;
  // Older pages: as many messages per request as the run asks (the first page used the element's default).
  if (pageSize) timeline.pageSize = Number(pageSize);

  // Let the virtualizer settle before counting what stays mounted.
  for (let i = 0; i < 10; i += 1) await frame();
  const domNodes = countElements(document);
  const heapGrowth = (await heap()) - heapBefore;
  const lastTime = () => [...entries()].at(-1)?.querySelector('time')?.getAttribute('datetime');
  if (lastTime() !== newest.occurredAt) throw new Error('The newest entry is not shown first');

  // Page back to the oldest entry the way a person does: scroll to the top, wait for the older page, again.
  const list = root().querySelector<HTMLElement>('[part="list"]')!;
  const pagingStarted = performance.now();
  let pages = 0;
  while (!root().querySelector('[part="start"]')) {
    list.scrollTop = 0;
    await frame();
    await until(() => !root().querySelector('.older-loading'), 'an older page');
    pages += 1;
    if (pages > count) throw new Error('Paging never reached the oldest entry');
  }
  const firstTime = () => root().querySelector('[part~="entry"] time')?.getAttribute('datetime');
  await until(() => firstTime() === oldest.occurredAt, 'the oldest entry');
  const oldestMs = performance.now() - pagingStarted;
  const oldestReached = firstTime() === oldest.occurredAt;
  const domNodesAtOldest = countElements(document);

  // Jump back to the newest entry.
  const jumpStarted = performance.now();
  await timeline.scrollToLatest();
  await until(() => lastTime() === newest.occurredAt, 'the newest entry');
  await painted();
  const newestMs = performance.now() - jumpStarted;
  const box = [...entries()].at(-1)!.getBoundingClientRect();
  const frameBox = list.getBoundingClientRect();
  const newestVisible = box.bottom <= frameBox.bottom + 2 && box.top >= frameBox.top - 2;

  // A second conversation opened on the same page (an inbox switching conversations): the code,
  // styles and Intl formatters are already warm, so this is what rendering itself costs.
  timeline.remove();
  for (let i = 0; i < 3; i += 1) await frame();
  const again = document.createElement('rp-timeline') as RpTimeline;
  again.adapter = adapter;
  again.conversationId = 'conv-1';
  again.style.setProperty('--rp-timeline-height', '800px');
  const warmStarted = performance.now();
  document.body.append(again);
  await until(() => !!again.shadowRoot && again.shadowRoot.querySelectorAll('[part~="entry"]').length > 0, 'the second mount');
  await thisFramePainted();
  const warmFirstPaintMs = performance.now() - warmStarted;

  return {
    count, firstPaintMs, nextFrameMs, warmFirstPaintMs, mountedMs, domNodes, domNodesAtOldest, heapGrowth, oldestMs, pages, newestMs,
    oldestReached, newestReached: newestVisible,
  };
}

run().then(
  (result) => (window.benchResult = result),
  (error: unknown) => (window.benchError = error instanceof Error ? error.stack ?? error.message : String(error)),
);
