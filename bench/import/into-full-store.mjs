// A 10,000-row import into a MemoryAdapter already holding 100,000 contacts, in
// headless Chromium: the time, and the longest main-thread task (target: none
// over 100 ms, as for any import).
//
//   node bench/import/into-full-store.mjs
import { runInChromium } from './harness.mjs';

const { result } = await runInChromium('bench/import/into-full-store.ts');
const ok = result.longestTaskMs <= 100;
console.log(`10,000 rows into 100,000 contacts: ${result.ms} ms; imported ${result.imported}, failed ${result.failed}; ` +
  `longest task ${result.longestTaskMs} ms ${ok ? 'OK' : 'MISSED'}`);
process.exitCode = ok ? 0 : 1;
