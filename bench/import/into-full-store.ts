// In Chromium: imports a 10,000-row CSV (5% bad rows) through rp-contacts into a
// MemoryAdapter that already holds 100,000 contacts, each of which a row could
// repeat. Records the time and every main-thread long task: listing the
// contacts already there and handing them to the reading worker is what
// differs from importing into an empty store.
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { makeContactsCsv } from '../fixtures/contacts-csv.js';
import '../../src/components/contacts/rp-contacts.js';
import type { RpImportCompletedEvent } from '../../src/events/contacts.js';

const T0 = '2026-01-01T00:00:00.000Z';

(async () => {
  try {
    const contacts = Array.from({ length: 100_000 }, (_, i) => ({
      id: `c${i}`, version: 1, ownerId: 'admin', createdAt: T0, updatedAt: T0, firstName: 'Ana', lastName: `Lee ${i}`,
      emails: { primary: `old${i}@example.com` }, phones: { mobile: { number: `+1415${String(i).padStart(7, '0')}` } },
    }));
    const adapter = new MemoryAdapter({ data: { staff: [{ id: 'admin', name: 'Admin', role: 'admin' }],
      account: { id: 'a', name: 'Bench', tier: 'professional', country: 'HK', features: {}, smsNumbers: [], emailAddresses: [] }, contacts } });
    const element = document.createElement('rp-contacts');
    element.adapter = adapter;
    document.body.append(element);
    await element.updateComplete;
    const file = new File([makeContactsCsv(10_000, { seed: 5 })], 'contacts.csv', { type: 'text/csv' });
    [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Import Contact')!.click();
    await customElements.whenDefined('rp-contacts-import');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a person choosing the file
    const importer = element.shadowRoot!.querySelector('rp-contacts-import')!;
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    const done = new Promise<RpImportCompletedEvent>((resolve) => element.addEventListener('rp-import-completed', resolve, { once: true }));
    const started = performance.now();
    void importer.importFile(file);
    const { detail } = await done;
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    (window as unknown as { benchResult: unknown }).benchResult = {
      ms: Math.round(ms), imported: detail.imported, failed: detail.failed, longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    };
  } catch (error) {
    (window as unknown as { benchError: string }).benchError = String((error as Error).stack ?? error);
  }
})();
