// The machine's speed at the hour, in the issue's own terms: times in headless
// Chromium what the reference machine took "for scale" on 100,000 rows
// (papaparse alone about 350 ms, zod about 330 ms, libphonenumber about 600 ms).
// Run it beside run.mjs: an import's time means little on a shared machine
// without the speed it ran at.
//
//   node bench/import/gauges.mjs
import { runInChromium } from './harness.mjs';

const { result } = await runInChromium('bench/import/gauges.ts', { timeoutMs: 300_000 });
console.log(`papaparse alone, ${result.rows.toLocaleString('en')} rows: ${result.papaparseMs} ms ` +
  `(header: true ${result.papaparseHeaderMs} ms; reference about 350 ms)`);
console.log(`zod, ${result.contacts.toLocaleString('en')} contacts (${result.zodValid.toLocaleString('en')} valid): ` +
  `${result.zodMs} ms (reference about 330 ms)`);
console.log(`libphonenumber, ${result.phones.toLocaleString('en')} numbers: ${result.phonesMinMs} ms with min metadata, ` +
  `${result.phonesMaxMs} ms with max (reference about 600 ms)`);
