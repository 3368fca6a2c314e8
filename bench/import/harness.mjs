// Shared by bench/import and bench/search: bundles a page entry with esbuild,
// serves it on localhost and runs it in headless Chromium through playwright-core.
// The page sets `window.benchResult` (or `window.benchError`) when it is done.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';

const types = { '.html': 'text/html', '.js': 'text/javascript' };

// `onPage(page)` runs before the page loads and may return a function run once it is done
// (profile.mjs starts and stops the CDP profiler there); `minify: false` keeps names readable.
export async function runInChromium(entry, { timeoutMs = 120_000, query = '', onPage, minify = true } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  await build({
    // The Import Contact worker is its own module, loaded by URL next to the page's chunks.
    entryPoints: { page: entry, 'csv-worker': 'src/components/contacts/csv-worker.ts' }, bundle: true, splitting: true, format: 'esm', minify, target: 'es2022',
    platform: 'browser', outdir, tsconfig: 'tsconfig.json', logLevel: 'error',
    // package.json's sideEffects list omits src/i18n, whose word tables register themselves when imported.
    ignoreAnnotations: true, define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(outdir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><script>addEventListener('error', (e) => { if (String(e.message).includes('ResizeObserver loop')) e.stopImmediatePropagation(); });</script>
<script type="module" src="/page.js"></script></body></html>`);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost').pathname;
    const path = join(outdir, url === '/' ? 'index.html' : url.slice(1));
    let body;
    try {
      body = readFileSync(path);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => process.stderr.write(`[page] ${message.text()}\n`));
    page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) process.stderr.write(`[page] ${response.status()} ${response.url()}\n`);
    });
    const whenDone = await onPage?.(page);
    await page.goto(`http://127.0.0.1:${server.address().port}/${query}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.benchResult || window.benchError, null, { timeout: timeoutMs, polling: 250 });
    const { benchResult, benchError } = await page.evaluate(() => ({ benchResult: window.benchResult, benchError: window.benchError }));
    await whenDone?.();
    if (benchError) throw new Error(benchError);
    return { result: benchResult, page };
  } finally {
    await browser.close();
    server.close();
  }
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
