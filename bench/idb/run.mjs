// The IndexedDB adapter's speed, in headless Chromium:
//   1. importContacts of 100,000 contacts against a bare idb write of the same records in one transaction (target ≤ 1.3×):
//      the rows the import stored, put into the adapter's own stores and indexes; also against the contacts alone in
//      a store with no index, which leaves out the index entries the searches and sorts need (see README.md);
//   2. contact search over those 100,000: time to the first page at the 95th percentile (target < 6 ms), right after
//      the import and again on the database opened anew (as after a reload).
//
//   node bench/idb/run.mjs              100,000 contacts
//   node bench/idb/run.mjs 20000        fewer, for a quick look
//
// Bundles bench/idb/page.ts with esbuild, serves it from localhost (IndexedDB needs a real origin) and drives
// Chromium (CHROME_PATH, else /usr/bin/chromium) with playwright-core, through bench/lib/page-server.mjs.
import { launchChromium, servePage } from '../lib/page-server.mjs';

const count = Number(process.argv[2] ?? 100_000);
const { origin, close } = await servePage('bench/idb/entry.ts', { title: 'idb bench' });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  // The page has no icon: the browser's request for one is not the bench's failure.
  page.on('console', (message) => {
    if (!message.location().url.endsWith('/favicon.ico')) console.log(message.text());
  });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const result = await page.evaluate((n) => window.runBench(n, (line) => console.log(line)), count);
  const importOk = result.sameSchemaRatio <= 1.3;
  const searchOk = result.searchP95 < 6 && result.reopenedP95 < 6;
  console.log(`\nimport ${result.sameSchemaRatio.toFixed(2)}× the bare write of the same stored rows into the adapter's own stores and indexes ` +
    `(target ≤ 1.3×): ${importOk ? 'met' : 'MISSED'}`);
  console.log(`import ${result.ratio.toFixed(2)}× the bare write of the contacts alone into a store with no index`);
  console.log(`search p95 right after the import ${result.searchP95.toFixed(2)} ms, opened again ${result.reopenedP95.toFixed(2)} ms ` +
    `(target < 6 ms): ${searchOk ? 'met' : 'MISSED'}`);
  process.exitCode = importOk && searchOk ? 0 : 1;
} finally {
  await browser.close();
  close();
}
