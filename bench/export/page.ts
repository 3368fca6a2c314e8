// In Chromium: rp-contacts over a MemoryAdapter of 100,000 contacts with most
// fields filled. Clicks Download Contact as a person would and records the time
// until the file is handed to the browser, its size, and every main-thread long
// task meanwhile.
import { MemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/components/contacts/rp-contacts.js';

const COUNT = Number(new URLSearchParams(location.search).get('count') ?? 100_000);
const first = ['Ana', 'Ben', 'Chloé', 'Dmitri', 'Elif', 'Farah'];
const last = ['Garcia', 'Lee', 'Rossi', 'Chen', 'Müller', 'Okafor', 'Tanaka'];
const T0 = '2026-01-01T00:00:00.000Z';

function contacts() {
  return Array.from({ length: COUNT }, (_, i) => ({
    id: `c${i}`, version: 1, ownerId: 'admin', createdAt: T0, updatedAt: T0,
    firstName: first[i % first.length]!, lastName: `${last[i % last.length]!} ${i}`,
    company: 'Acme Trading Ltd', jobTitle: 'Owner', birthDate: '1980-02-03', language: 'en' as const,
    emails: { primary: `user${i}@example.com` }, phones: { mobile: { number: `+1415555${String(i % 10_000).padStart(4, '0')}` } },
    address: { street: `${i} Harbour Road`, city: 'Toronto', country: 'CA' },
  }));
}

(async () => {
  try {
    const adapter = new MemoryAdapter({ data: { staff: [{ id: 'admin', name: 'Admin', role: 'admin' }],
      account: { id: 'a', name: 'Bench', tier: 'professional', country: 'HK', features: {}, smsNumbers: [], emailAddresses: [] },
      contacts: contacts() } });
    const element = document.createElement('rp-contacts');
    element.adapter = adapter;
    document.body.append(element);
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the list shown, the index settled

    // The download as the browser would start it: the object URL made, the link clicked.
    let bytes = 0;
    let handedOver!: () => void;
    const handed = new Promise<void>((resolve) => (handedOver = resolve));
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      bytes = (blob as Blob).size;
      handedOver();
      return createObjectURL.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = () => undefined;

    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    const button = [...element.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === 'Download Contact')!;
    const started = performance.now();
    button.click();
    await handed;
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100)); // the last entries delivered
    observer.disconnect();
    (window as unknown as { benchResult: unknown }).benchResult = {
      contacts: COUNT, ms: Math.round(ms), bytes, longTasks: longTasks.length, longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    };
  } catch (error) {
    (window as unknown as { benchError: string }).benchError = String((error as Error).stack ?? error);
  }
})();
