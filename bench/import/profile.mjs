// Profiles one import with the CDP sampling profiler and prints where the main
// thread spent its time: self time by function, and garbage collection.
//
//   node bench/import/profile.mjs [rows] [out.cpuprofile]
import { writeFileSync } from 'node:fs';
import { runInChromium } from './harness.mjs';

const rows = process.argv[2] ?? '100000';
const out = process.argv[3];
let profile;
const { result } = await runInChromium('bench/import/page.ts', {
  query: `?sizes=${rows}&profile=1`,
  minify: false,
  onPage: async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // The page starts the profiler itself, once its fixture is built, through this binding.
    await page.exposeFunction('benchProfile', async (action) => {
      if (action === 'start') await cdp.send('Profiler.start');
      else profile = (await cdp.send('Profiler.stop')).profile;
    });
    return undefined;
  },
});
console.log(JSON.stringify(result));
if (out) writeFileSync(out, JSON.stringify(profile));

// Self time per node, from the samples and their time deltas.
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
const totals = new Map();
let all = 0;
for (const [id, micros] of self) {
  const { callFrame } = byId.get(id);
  const file = callFrame.url.split('/').pop();
  const key = `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}`;
  totals.set(key, (totals.get(key) ?? 0) + micros);
  all += micros;
}
console.log(`profiled ${(all / 1000).toFixed(0)} ms`);
for (const [key, micros] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`);
}

// Inclusive time per function (counted once per sample even when it recurses).
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const inclusive = new Map();
profile.samples.forEach((id, index) => {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const { callFrame } = byId.get(at);
    const key = `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
  }
});
console.log('inclusive:');
for (const [key, micros] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`);
}
