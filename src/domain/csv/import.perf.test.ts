import { expect } from '@open-wc/testing';
import { badRowCount, makeContactsCsv } from '../../../bench/fixtures/contacts-csv.js';
import { parseContactsCsv } from './import.js';

/** Records the main-thread tasks over 50 ms that Chromium reports while `run` runs. */
async function longTasksDuring(run: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await run();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return durations;
}

describe('parseContactsCsv: a big file', () => {
  it('reads 100,000 rows in slices, reporting progress, with no long main-thread task', async function () {
    this.timeout(60_000);
    const csv = makeContactsCsv(100_000);
    // Let the task that built the file end before long tasks are watched.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const progress: number[] = [];
    let rows = 0;
    let failed = 0;
    let elapsed = 0;
    const longTasks = await longTasksDuring(async () => {
      const started = performance.now();
      const result = await parseContactsCsv(new File([csv], 'contacts.csv'), { onProgress: (f) => progress.push(f) });
      elapsed = performance.now() - started;
      rows = result.rows.length;
      failed = result.rows.filter((row) => !row.input).length;
    });
    console.log(`100k rows: ${Math.round(elapsed)} ms, ${(csv.length / 1e6).toFixed(1)} MB, longest task ${Math.round(Math.max(0, ...longTasks))} ms, ${progress.length} progress calls`);
    expect(rows).to.equal(100_000);
    expect(failed).to.equal(badRowCount(100_000));
    expect(progress.length).to.be.greaterThan(10);
    expect(progress.at(-1)).to.equal(1);
    expect(progress).to.deep.equal([...progress].sort((a, b) => a - b));
    expect(Math.max(0, ...longTasks), 'longest main-thread task (ms)').to.be.below(150);
  });
});
