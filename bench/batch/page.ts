// One benchmark run in the browser. Sets `window.benchResult` (or `window.benchError`).
//   ?part=plan&n=10000        eligibility and personalisation of n records, numbers never read before (one go)
//   ?part=plan&n=10000&warm   the same after the dialog's sliced read of the numbers, 5 runs
//   ?part=send&n=1000    the dialog sends to n records through MemoryAdapter; long tasks observed
import { loadPhoneRules } from '../../src/domain/phone.js';
import { batchEligibility, planBatch, warmPhoneRules, type LoadedRecord } from '../../src/components/send-message/batch-plan.js';
import { batchAdapter, batchData, eligibleBatch, MIXED_BATCH } from '../../src/components/send-message/batch.fixtures.js';
import { emptyDraft } from '../../src/components/send-message/composer-draft.js';
import type { Contact, Conversation, Session } from '../../src/domain/index.js';
import '../../src/components/send-message/rp-send-message.js';

declare global {
  interface Window {
    benchResult?: unknown;
    benchError?: string;
  }
}

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 1000);
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** n records, a mix of the seed 001 cases (about one in seven eligible for a text), as loaded from an adapter. */
function records(n: number): LoadedRecord[] {
  const mixed = batchData(MIXED_BATCH);
  const plain = batchData(eligibleBatch(n));
  return Array.from({ length: n }, (_, i) => {
    // Every other record is a plain eligible one with its own number; the rest cycle through the exclusions.
    const data = i % 2 === 0 ? plain : mixed;
    const index = i % 2 === 0 ? i : i % MIXED_BATCH.length;
    const contact = { phones: {}, emails: {}, address: {}, social: {}, customAttributes: {}, crmManaged: {}, sharedWith: [],
      type: 'lead', level: 'primary', vip: false, validated: false, dealership: false, ...data.contacts![index] } as Contact;
    const conversation = { unreadCount: 0, ...data.conversations![index], id: `x${i}` } as Conversation;
    return { contact, conversation, name: [contact.firstName, contact.lastName].filter(Boolean).join(' ') };
  });
}

async function plan() {
  const session = await batchAdapter([]).getSession() as Session;
  const phoneRules = await loadPhoneRules();
  const loaded = records(count);
  const p0 = performance.now();
  phoneRules.parse('+14165550000');
  const firstParseMs = performance.now() - p0;
  await frame();
  const composer = { ...emptyDraft('text'), body: 'Hi {{contact.firstName}}, is your {{vehicle.year}} {{vehicle.make}} {{vehicle.model}} still for sale? {{agent.name}}' };
  // ?warm: as the dialog does, every number is read once in slices while the records load; long tasks are watched.
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  const w0 = performance.now();
  if (params.has('warm')) await warmPhoneRules(loaded, phoneRules, new AbortController().signal);
  const warmMs = performance.now() - w0;
  await frame();
  observer.disconnect();
  const samples: { eligibilityMs: number; personaliseMs: number; totalMs: number; eligible: number; ready: number }[] = [];
  for (let run = 0; run < (params.has('warm') ? 5 : 1); run += 1) {
    const t0 = performance.now();
    const eligibility = batchEligibility(loaded, 'sms', session, { phoneRules });
    const t1 = performance.now();
    const result = planBatch(eligibility.eligible, { channel: 'sms', composer, session, fallback: 'there' });
    const t2 = performance.now();
    samples.push({ eligibilityMs: t1 - t0, personaliseMs: t2 - t1, totalMs: t2 - t0, eligible: eligibility.eligible.length,
      ready: result.ready.length });
    await frame();
  }
  return { count, samples, warmMs, warmLongestTaskMs: Math.max(0, ...longTasks), firstParseMs };
}

async function send() {
  const seeds = eligibleBatch(count);
  const ids = seeds.map((record) => record.id);
  const adapter = batchAdapter(seeds);
  const el = document.createElement('rp-send-message');
  el.adapter = adapter;
  el.conversationIds = ids;
  document.body.append(el);
  el.show();
  const root = () => el.shadowRoot?.querySelector('rp-batch-send')?.shadowRoot;
  while (!root()?.querySelector('[part="send"]')) await frame();
  const box = root()!.querySelector('rp-message-composer')!.shadowRoot!.querySelector<HTMLTextAreaElement>('#message')!;
  box.value = 'Hi {{contact.firstName}}, is your {{vehicle.make}} still for sale?';
  box.dispatchEvent(new Event('input'));
  await frame();
  const longTasks: number[] = [];
  const when: string[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
    longTasks.push(entry.duration);
    when.push(`${(entry.startTime - t0).toFixed(0)}+${entry.duration.toFixed(0)}`);
  }));
  observer.observe({ type: 'longtask', buffered: false });
  let t0 = performance.now();
  const completed = new Promise<CustomEvent>((resolve) => el.addEventListener('rp-batch-completed', resolve as EventListener, { once: true }));
  t0 = performance.now();
  root()!.querySelector<HTMLButtonElement>('[part="send"]')!.click();
  const event = await completed;
  const sendMs = performance.now() - t0;
  console.log(`completed at ${sendMs.toFixed(0)} ms; long tasks at ${when.join(', ') || 'none'}`);
  // The report of every record renders after the last send: its frame counts too.
  for (let i = 0; i < 5; i += 1) await frame();
  observer.disconnect();
  const stored = (await Promise.all(ids.map((id) => adapter.listMessages(id)))).flatMap((page) => page.items);
  return { count, sendMs, figures: { sent: event.detail.sent, failed: event.detail.failed }, messages: stored.length,
    longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) };
}

(params.get('part') === 'send' ? send() : plan()).then(
  (result) => (window.benchResult = result),
  (error: unknown) => (window.benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error)),
);
