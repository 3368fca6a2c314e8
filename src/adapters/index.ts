/** The adapter contract, its errors, the shared rules and the in-memory reference adapter. */
export * from './adapter.js';
export * from './rules/index.js';
export * from './memory/index.js';
