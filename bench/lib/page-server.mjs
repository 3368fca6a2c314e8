// What every Chromium benchmark shares: its page bundled with esbuild, served on
// localhost, and Debian's headless Chromium (CHROME_PATH wins) to open it in.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Bundles `entry` as /page.js behind a bare page; resolves to its origin and a `close()`.
 * With `splitting`, dynamic imports become chunks fetched when first used, as in an app build.
 * `entries` bundles more files beside it by name (a worker the page loads by URL);
 * `minify: false` keeps names readable for a profile; `build` adds esbuild options.
 */
export async function servePage(entry, { title = 'bench', splitting = false, entries = {}, minify = true, build: extra = {} } = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
  await build({
    entryPoints: { page: entry, ...entries }, bundle: true, splitting, format: 'esm', minify, target: 'es2022',
    platform: 'browser', outdir, tsconfig: 'tsconfig.json', logLevel: 'error', chunkNames: '[name]-[hash]', ...extra,
  });
  writeFileSync(join(outdir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="margin:0"><script>addEventListener('error', (e) => { if (String(e.message).includes('ResizeObserver loop')) e.stopImmediatePropagation(); });</script>
<script type="module" src="/page.js"></script></body></html>`);
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const file = path === '/' ? 'index.html' : path.slice(1);
    try {
      const body = readFileSync(join(outdir, file));
      res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Headless Chromium with the flags this closed network needs, plus any of the bench's own. */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--headless', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
