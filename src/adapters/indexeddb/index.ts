export { IndexedDbAdapter, type IndexedDbAdapterOptions, type IndexedDbDemoOptions } from './indexeddb-adapter.js';
