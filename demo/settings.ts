import { IndexedDbAdapter, MemoryAdapter, type RapportAdapter } from '../src/index.js';

export type DemoSettings = {
  locale: string;
  theme: '' | 'light' | 'dark';
  storage: 'memory' | 'indexeddb';
  slow: boolean;
  flaky: boolean;
};

const KEY = 'rapport-demo-settings';

export function readSettings(): DemoSettings {
  const defaults: DemoSettings = { locale: 'en', theme: '', storage: 'memory', slow: false, flaky: false };
  try {
    return { ...defaults, ...JSON.parse(localStorage.getItem(KEY) ?? '{}') };
  } catch {
    return defaults;
  }
}

export function saveSettings(settings: DemoSettings): void {
  localStorage.setItem(KEY, JSON.stringify(settings));
}

/** The adapter the demo runs on: the in-memory demo data set, or the same kept in IndexedDB. */
export async function createAdapter(settings: DemoSettings): Promise<RapportAdapter> {
  const simulation = { latencyMs: settings.slow ? 900 : 0, failureRate: settings.flaky ? 0.3 : 0 };
  if (settings.storage === 'indexeddb') {
    // Seeded with the demo data the first time; after that, whatever was added is still there.
    return IndexedDbAdapter.demo('rapport-demo', { ...simulation, referenceDate: new Date() });
  }
  // Anchored to today, so the demo's newest messages read as recent.
  return MemoryAdapter.demo({ ...simulation, referenceDate: new Date() });
}
