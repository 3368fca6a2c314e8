// Runs one import and reads every Chromium thread's CPU time from /proc at its
// start and end (Linux only), so a change can be judged by the work it saves on
// each thread rather than by a wall time that swings with the machine's load.
//
//   node bench/import/threads.mjs [rows]
import { readdirSync, readFileSync } from 'node:fs';
import { runInChromium } from './harness.mjs';

const rows = process.argv[2] ?? '100000';
const TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

/** CPU ms per thread of every Chromium process, keyed `process type / thread name / tid`. */
function chromiumThreads() {
  const threads = new Map();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let command;
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!/chrom/i.test(command)) continue;
    const type = /--type=([\w-]+)/.exec(command)?.[1] ?? 'browser';
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime
        threads.set(`${type} / ${name} / ${tid}`, ticks / TICKS_PER_MS);
      } catch {
        // the thread ended between listing and reading
      }
    }
  }
  return threads;
}

let before;
let after;
let wall;
const { result } = await runInChromium('bench/import/page.ts', {
  query: `?sizes=${rows}&profile=1`,
  onPage: async (page) => {
    // The page calls this once its fixture is built, and again when the import is done.
    await page.exposeFunction('benchProfile', async (action) => {
      if (action === 'start') {
        before = chromiumThreads();
        wall = performance.now();
      } else {
        after = chromiumThreads();
        wall = performance.now() - wall;
      }
    });
    return undefined;
  },
});
console.log(`${result[0].rows} rows: ${result[0].ms} ms in the page, ${Math.round(wall)} ms between the marks`);
const used = new Map();
for (const [key, ms] of after) {
  const [type, name] = key.split(' / ');
  const group = `${type} / ${name.replace(/\d+$/, '#')}`;
  used.set(group, (used.get(group) ?? 0) + ms - (before.get(key) ?? 0));
}
let total = 0;
for (const [group, ms] of [...used].sort((a, b) => b[1] - a[1])) {
  total += ms;
  if (ms >= 20) console.log(`${String(Math.round(ms)).padStart(7)} ms  ${group}`);
}
console.log(`${String(Math.round(total)).padStart(7)} ms  all Chromium threads`);
