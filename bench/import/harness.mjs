// Shared by bench/import and bench/search: bundles a page entry, serves it on localhost
// and runs it in headless Chromium (bench/lib/page-server.mjs). The page sets
// `window.benchResult` (or `window.benchError`) when it is done.
import { launchChromium, servePage } from '../lib/page-server.mjs';

// `onPage(page)` runs before the page loads and may return a function run once it is done
// (profile.mjs starts and stops the CDP profiler there); `minify: false` keeps names readable.
export async function runInChromium(entry, { timeoutMs = 120_000, query = '', onPage, minify = true } = {}) {
  const { origin, close } = await servePage(entry, {
    // The Import Contact worker is its own module, loaded by URL next to the page's chunks.
    entries: { 'csv-worker': 'src/components/contacts/csv-worker.ts' }, splitting: true, minify,
    // package.json's sideEffects list omits src/i18n, whose word tables register themselves when imported.
    build: { ignoreAnnotations: true, define: { 'process.env.NODE_ENV': '"production"' } },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The bench pages have no icon: the browser's request for one is not the bench's failure.
    page.on('console', (message) => {
      if (!message.location().url.endsWith('/favicon.ico')) process.stderr.write(`[page] ${message.text()}\n`);
    });
    page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) process.stderr.write(`[page] ${response.status()} ${response.url()}\n`);
    });
    const whenDone = await onPage?.(page);
    await page.goto(`${origin}/${query}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.benchResult || window.benchError, null, { timeout: timeoutMs, polling: 250 });
    const { benchResult, benchError } = await page.evaluate(() => ({ benchResult: window.benchResult, benchError: window.benchError }));
    await whenDone?.();
    if (benchError) throw new Error(benchError);
    return { result: benchResult, page };
  } finally {
    await browser.close();
    close();
  }
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
