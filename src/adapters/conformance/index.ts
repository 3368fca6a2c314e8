export { runAdapterConformance } from './run.js';
export type { ConformanceHarness, ConformanceOptions, MakeAdapter } from './harness.js';
export { conformanceSeed, type ConformanceSeed } from './fixture.js';
