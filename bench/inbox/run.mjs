// rp-inbox with 5,000 conversations from MemoryAdapter, in headless Chromium: the time from
// asking for the next conversation (Alt+ArrowDown) to its history painted in the dialog window,
// over 30 switches per page; median of 5 fresh pages. Also the first paint of the contacts panel.
//
//   node bench/inbox/run.mjs              5 pages of 30 switches
//   node bench/inbox/run.mjs --runs 1     quicker look
//   CHROME_PATH=/path/to/chrome node bench/inbox/run.mjs
//
// Exits non-zero when the median switch is 100 ms or more.
import { launchChromium, median, servePage } from '../lib/page-server.mjs';

const argv = process.argv.slice(2);
const runs = Number(argv[argv.indexOf('--runs') + 1] || 0) || 5;
const count = 5_000;
const switches = 30;

const { origin, close } = await servePage('bench/inbox/page.ts', { title: 'rp-inbox bench' });
const browser = await launchChromium();

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
  close();
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
