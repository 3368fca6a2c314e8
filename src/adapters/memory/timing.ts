import { flushScheduled } from './messages.js';
import type { MemoryStore } from './store.js';

/** On a ticking clock, wakes up when the next scheduled message is due. */
export function armScheduler(store: MemoryStore): void {
  if (!store.ticking) return;
  clearTimeout(store.schedulerTimer);
  store.schedulerTimer = undefined;
  const times = [...store.scheduled].map((id) => Date.parse(store.messages.get(id)!.scheduledFor ?? ''));
  if (times.length === 0) return;
  const wait = Math.min(Math.max(0, Math.min(...times) - store.now().getTime()), 2 ** 31 - 1);
  store.schedulerTimer = setTimeout(() => {
    flushScheduled(store);
    armScheduler(store);
  }, wait);
}

/** mulberry32: a small seeded generator, so simulated failures repeat from run to run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
