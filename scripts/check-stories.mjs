// Opens every story of the built Storybook (storybook-static/) in headless
// Chromium and fails on any console error, uncaught exception or axe violation.
// Prints `N passed, N failed` (one per story) last, like the unit tests.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = 'storybook-static';
if (!existsSync(join(root, 'index.json'))) {
  console.error('No built Storybook: run `npm run build-storybook` first.');
  process.exit(1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries)
  .filter((entry) => entry.type === 'story');
const only = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const benign = /ResizeObserver loop|Lit is in dev mode/;

let passed = 0;
let failed = 0;

async function check(story) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // A failed load is reported below with its address instead.
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text()) && !benign.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`load failed: ${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => {
    if (!benign.test(error.message)) problems.push(`uncaught: ${error.message}`);
  });
  try {
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    // Generous: the 100,000-contact story builds its data before it renders, and CI
    // machines run three stories at once on two cores.
    await page.waitForSelector('#storybook-root > *', { state: 'attached', timeout: 60_000 });
    // Let elements load their data (stories may simulate latency) and settle.
    await page.waitForTimeout(Number(process.env.STORY_SETTLE_MS || 600));
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
    });
    problems.push(...violations.map((v) => `axe: ${v}`));
  } catch (error) {
    problems.push(`could not render: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  if (problems.length === 0) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`✗ ${story.title} › ${story.name}\n  ${problems.join('\n  ')}`);
  }
}

// A few pages at once: most of a story's time is waiting for it to settle.
const queue = stories.filter((story) => !only || story.id.includes(only));
const workers = Array.from({ length: Number(process.env.STORY_CONCURRENCY || 3) }, async () => {
  while (queue.length > 0) await check(queue.shift());
});
await Promise.all(workers);

await browser.close();
server.close();
console.log(`Stories: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
