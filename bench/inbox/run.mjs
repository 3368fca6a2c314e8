// rp-inbox with 5,000 conversations from MemoryAdapter, in headless Chromium: the time from
// asking for the next conversation (Alt+ArrowDown) to its history painted in the dialog window,
// over 30 switches per page; median of 5 fresh pages. Also the first paint of the contacts panel.
//
//   node bench/inbox/run.mjs              5 pages of 30 switches
//   node bench/inbox/run.mjs --runs 1     quicker look
//   CHROME_PATH=/path/to/chrome node bench/inbox/run.mjs
//
// Exits non-zero when the median switch is 100 ms or more.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1] || 0) || 5;
const count = 5_000;
const switches = 30;

const outdir = mkdtempSync(join(tmpdir(), 'rapport-inbox-bench-'));
await build({
  entryPoints: { page: 'bench/inbox/page.ts' }, bundle: true, format: 'esm', minify: true, target: 'es2022',
  platform: 'browser', outdir, tsconfig: 'tsconfig.json', logLevel: 'error',
});
writeFileSync(join(outdir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rp-inbox bench</title></head>
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
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--headless', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => process.stderr.write(`[page error] ${error.message}\n`));
    await page.goto(`${origin}/?n=${count}&switches=${switches}`);
    await page.waitForFunction(() => window.benchResult || window.benchError, null, { timeout: 600_000, polling: 100 });
    const { benchResult, benchError } = await page.evaluate(() => ({ benchResult: window.benchResult, benchError: window.benchError }));
    await page.close();
    if (benchError) throw new Error(benchError);
    samples.push(benchResult);
    process.stderr.write(`run ${run + 1} ${JSON.stringify(benchResult)}\n`);
  }
} finally {
  await browser.close();
  server.close();
}

const pick = (key) => median(samples.map((sample) => sample[key]));
const switchMs = pick('switchMedianMs');
console.log(`rp-inbox, ${count.toLocaleString('en')} conversations, ${switches} switches per page, median of ${runs} page(s)`);
console.table([{
  'contacts panel first paint (ms)': pick('listPaintMs').toFixed(1),
  'switch, median (ms)': switchMs.toFixed(1),
  'switch, p90 (ms)': pick('switchP90Ms').toFixed(1),
  'switch, max (ms)': pick('switchMaxMs').toFixed(1),
}]);
const ok = switchMs < 100;
console.log(`${ok ? 'OK    ' : 'MISSED'} switching conversation shows the new history in under 100 ms, median (${switchMs.toFixed(1)} ms)`);
process.exitCode = ok ? 0 : 1;
