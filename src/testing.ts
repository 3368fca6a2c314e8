/** `rapport/testing`: the adapter conformance suite, for integrators proving their own adapter. */
export { runAdapterConformance, conformanceSeed } from './adapters/conformance/index.js';
export type { ConformanceHarness, ConformanceOptions, ConformanceSeed, MakeAdapter } from './adapters/conformance/index.js';
