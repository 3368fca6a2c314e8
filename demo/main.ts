// The demo host app: a dealer's site that embeds Rapport through its public API only.
import '../src/index.js';
import type { RapportAdapter, RpProvider } from '../src/index.js';
import { createAdapter, readSettings, saveSettings, type DemoSettings } from './settings.js';
import { renderContactsPage } from './pages/contacts.js';
import { renderInboxPage } from './pages/inbox.js';
import { renderVehiclePage } from './pages/vehicle.js';

const provider = document.querySelector<RpProvider>('#provider')!;
const page = document.querySelector<HTMLElement>('#page')!;
const form = document.querySelector<HTMLFormElement>('.settings')!;

let settings = readSettings();
let adapter: RapportAdapter;

async function applySettings(next: DemoSettings): Promise<void> {
  const needsNewAdapter = !adapter || next.storage !== settings.storage || next.slow !== settings.slow || next.flaky !== settings.flaky;
  settings = next;
  saveSettings(settings);
  document.documentElement.dataset.theme = settings.theme;
  document.documentElement.lang = settings.locale;
  provider.locale = settings.locale;
  if (needsNewAdapter) {
    adapter = await createAdapter(settings);
    provider.adapter = adapter;
    await route();
  }
}

function syncForm(): void {
  (form.elements.namedItem('locale') as HTMLSelectElement).value = settings.locale;
  (form.elements.namedItem('theme') as HTMLSelectElement).value = settings.theme;
  (form.elements.namedItem('storage') as HTMLSelectElement).value = settings.storage;
  (form.elements.namedItem('slow') as HTMLInputElement).checked = settings.slow;
  (form.elements.namedItem('flaky') as HTMLInputElement).checked = settings.flaky;
}

form.addEventListener('change', () => {
  const data = new FormData(form);
  void applySettings({
    locale: String(data.get('locale')),
    theme: String(data.get('theme')) as DemoSettings['theme'],
    storage: String(data.get('storage')) as DemoSettings['storage'],
    slow: data.get('slow') === 'on',
    flaky: data.get('flaky') === 'on',
  });
});

async function route(): Promise<void> {
  const [name = 'vehicle', id] = location.hash.replace(/^#\//, '').split('/');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.dataset.route === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  page.replaceChildren();
  if (name === 'contacts') renderContactsPage(page);
  else if (name === 'inbox') renderInboxPage(page);
  else await renderVehiclePage(page, adapter, id);
}

window.addEventListener('hashchange', () => {
  void route().then(() => page.focus());
});

syncForm();
void applySettings(settings);
