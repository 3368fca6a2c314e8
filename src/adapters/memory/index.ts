export { MemoryAdapter, type MemoryAdapterOptions, type DemoOptions, type MemoryData, type IdKind, type InboundMessageInput } from './memory-adapter.js';
export { demoData, DEMO_REFERENCE_DATE } from './demo-data.js';
