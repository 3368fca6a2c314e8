// Drives the demo host app (demo/) in headless Chromium the way a person would:
// sends a message, logs an external communication, adds a note, searches and
// exports contacts, opens a conversation in the inbox, switches language and
// theme — and runs axe on every page. Prints `Demo: N passed, N failed` last.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

// The demo as `npm run build` ships it, served statically: no dev-server reloads mid-test.
const outDir = '/tmp/rapport-demo-check';
await build({ configFile: 'vite.config.ts', mode: 'demo', logLevel: 'error', build: { outDir, emptyOutDir: true } });
const server = await preview({ configFile: 'vite.config.ts', mode: 'demo', logLevel: 'error', build: { outDir },
  preview: { port: 0, host: '127.0.0.1' } });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));
page.on('console', (message) => {
  if (message.type() === 'error' && !/ResizeObserver loop|Failed to load resource/.test(message.text())) errors.push(message.text());
});

async function noAxeViolations() {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document.body, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`));
  if (violations.length) throw new Error(`axe: ${violations.join('; ')}`);
}

let passed = 0;
let failed = 0;
async function step(name, run) {
  errors.length = 0;
  try {
    await run();
    if (errors.length) throw new Error(`page errors: ${errors.join(' | ')}`);
    passed += 1;
    console.log(`✓ ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`✗ ${name}\n  ${String(error.message).split('\n').slice(0, 4).join('\n  ')}`);
  }
}

const stamp = Date.now().toString(36);

await step('the vehicle page shows the listing, its history and its seller', async () => {
  await page.goto(`${base}#/vehicle`);
  await page.getByRole('heading', { name: 'Communication History' }).waitFor();
  await page.locator('rp-timeline').getByRole('listitem').first().waitFor({ timeout: 10_000 });
  await page.locator('rp-contact-panel').getByRole('tab', { name: 'Contact' }).waitFor();
  await noAxeViolations();
});

await step('Send Message sends a text that lands in the history', async () => {
  await page.getByRole('button', { name: 'Send Message' }).click();
  const dialog = page.locator('#send-message').getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Message Content', exact: true }).fill(`Still available? ${stamp}`);
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('rp-timeline').getByText(`Still available? ${stamp}`).waitFor();
});

await step('Add → External Communication logs a call that lands in the history marked external', async () => {
  await page.getByRole('combobox', { name: 'Add' }).selectOption('external');
  const dialog = page.locator('#external-communication').getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Communication Channel' }).selectOption({ label: 'Call' });
  await dialog.getByRole('textbox', { name: /Description/ }).fill(`Called the seller ${stamp}`);
  await dialog.getByLabel(/Duration/).fill('12');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('rp-timeline').getByText(`Called the seller ${stamp}`).waitFor();
});

await step('selecting listings and messaging their sellers shows seed 001\'s batch summary', async () => {
  await page.getByRole('checkbox', { name: /Select 2017 Ford F-150/ }).check();
  await page.getByRole('checkbox', { name: /Select 2022 Hyundai Tucson/ }).check();
  await page.getByRole('button', { name: /Message 2 selected seller/ }).click();
  const dialog = page.locator('#batch-message').getByRole('dialog');
  await dialog.locator('#send-to').getByText(/Send to \d of 2/).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
});

await step('a note added in the contact panel shows with its author', async () => {
  const panel = page.locator('rp-contact-panel');
  await panel.getByRole('tab', { name: 'Notes' }).click();
  await panel.getByRole('textbox').first().fill(`Prefers texts after 5pm ${stamp}`);
  await panel.getByRole('button', { name: 'Add note' }).click();
  await panel.getByText(`Prefers texts after 5pm ${stamp}`).waitFor();
  await panel.getByText('Dana Whitfield').first().waitFor();
});

await step('Contacts: search by name, then Download Contact gives Contact.csv', async () => {
  await page.getByRole('link', { name: 'Contacts' }).click();
  const contacts = page.locator('rp-contacts');
  await contacts.getByRole('searchbox').fill('campbell');
  await contacts.getByText('Ingrid Campbell').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), contacts.getByRole('button', { name: 'Download Contact' }).click()]);
  if (download.suggestedFilename() !== 'Contact.csv') throw new Error(`downloaded ${download.suggestedFilename()}`);
  const text = readFileSync(await download.path(), 'utf8');
  if (!text.includes('Last Name')) throw new Error('Contact.csv has no Last Name column');
  await noAxeViolations();
});

await step('Import Contact: a CSV with a bad row imports the good ones and reports the bad', async () => {
  const contacts = page.locator('rp-contacts');
  await contacts.getByRole('button', { name: 'Import Contact' }).click();
  const csv = ['First Name,Last Name,Email', `Ada,Lovelace${stamp},ada.${stamp}@example.com`, 'Bad,,nobody@example.com'].join('\n');
  await contacts.locator('input[type=file]').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  // Shown in the dialog and said in the live region: each is looked for where it is.
  const summary = '1 record(s) out of 2 record(s) successfully uploaded';
  await contacts.getByRole('dialog').getByText(summary).waitFor();
  await contacts.locator('[part="live"]', { hasText: summary }).waitFor({ state: 'attached' });
  await contacts.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await contacts.getByRole('dialog').waitFor({ state: 'hidden' });
});

await step('Inbox: opening a conversation shows its history and the composer', async () => {
  await page.getByRole('link', { name: 'Inbox' }).click();
  const inbox = page.locator('rp-inbox');
  await inbox.getByText('Olivia Bouchard').first().click();
  await inbox.locator('rp-timeline').getByRole('listitem').first().waitFor({ timeout: 10_000 });
  await noAxeViolations();
});

await step('Spanish and dark: the elements switch language and theme', async () => {
  await page.getByRole('link', { name: 'Vehicle page' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.locator('rp-contact-panel').getByRole('tab', { name: 'Notas' }).waitFor();
  const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  if (scheme !== 'dark') throw new Error(`color-scheme is ${scheme}`);
  await noAxeViolations();
  await page.getByRole('combobox', { name: 'Idioma' }).or(page.getByRole('combobox', { name: 'Language' })).selectOption('en');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('');
});

await browser.close();
await server.close();
console.log(`Demo: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
