// Imports CSVs of 10,000 and 100,000 realistic contacts (5% bad rows) into a
// MemoryAdapter through rp-contacts' Import Contact path in headless Chromium.
// Targets: 100,000 rows parsed, validated and stored in under 2.5 s, and no
// main-thread task over 100 ms during the import. After each import it times
// papaparse alone on the same text, a gauge of the machine's speed at the time
// (the issue measured about 350 ms for 100,000 rows on its reference machine).
//
//   node bench/import/run.mjs
import { runInChromium } from './harness.mjs';

const sizes = process.argv[2] ?? '10000,100000';
const { result } = await runInChromium('bench/import/page.ts', { query: `?sizes=${sizes}` });
let ok = true;
for (const run of result) {
  const target = run.rows === 100_000 ? run.ms < 2500 && run.tasksOver100 === 0 : run.tasksOver100 === 0;
  ok &&= target && run.failed === run.expectedBad;
  console.log(`${run.rows.toLocaleString('en')} rows (${(run.bytes / 1048576).toFixed(1)} MB): ${run.ms} ms ` +
    (run.readMs < run.ms ? `(reading and checking ${run.readMs} ms, storing ${run.ms - run.readMs} ms); ` : '(storing too short to see apart); ') +
    `imported ${run.imported}, failed ${run.failed} (expected ${run.expectedBad}); ` +
    `long tasks >50 ms: ${run.longTasksOver50}, longest ${run.longestTaskMs} ms, over 100 ms: ${run.tasksOver100}` +
    `${run.over100.length ? ` (at ${run.over100.join(', ')})` : ''}; ` +
    `papaparse alone ${run.papaparseMs} ms ` +
    `${target ? 'OK' : 'MISSED'}`);
}
process.exitCode = ok ? 0 : 1;
