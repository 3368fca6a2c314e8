import { attachmentTests, sessionTests, subscribeTests } from './live-and-files.js';
import { contactTests } from './contacts.js';
import { messageTests, smsNumberTests, standardTierTests } from './messages.js';
import { noteTests } from './notes.js';
import { templateTests } from './templates.js';
import { useHarness, type ConformanceOptions, type MakeAdapter } from './harness.js';

/**
 * The one suite every `RapportAdapter` passes: ours and an integrator's. Call
 * it from a mocha test file (it uses the global `describe`/`it`); each test
 * asks `makeAdapter` for a fresh adapter holding the conformance data, so
 * tests never see each other's changes.
 *
 * ```ts
 * import { runAdapterConformance } from 'rapport/testing';
 * runAdapterConformance(async ({ data, userId, now }) => {
 *   const backend = await startTestBackend(data);          // load the seed data
 *   return {
 *     adapter: new MyAdapter(backend.url, { userId }),
 *     asUser: (staffId) => new MyAdapter(backend.url, { userId: staffId }),
 *     cleanup: () => backend.stop(),
 *   };
 * });
 * ```
 */
export function runAdapterConformance(makeAdapter: MakeAdapter, options: ConformanceOptions = {}): void {
  describe(options.name ?? 'RapportAdapter conformance', function () {
    if (options.timeout !== undefined) this.timeout(options.timeout);
    const setup = useHarness(makeAdapter);
    sessionTests(() => setup());
    contactTests(() => setup());
    noteTests(() => setup());
    messageTests(() => setup());
    standardTierTests((tier) => setup(tier));
    smsNumberTests((numbers) => setup(numbers));
    templateTests(() => setup());
    attachmentTests(() => setup());
    subscribeTests(() => setup());
  });
}
