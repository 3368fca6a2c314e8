import { runAdapterConformance } from '../conformance/index.js';
import { IndexedDbAdapter } from './indexeddb-adapter.js';

let databases = 0;

// A fresh database per test, deleted afterwards.
runAdapterConformance(({ data, userId, now }) => {
  const name = `rapport-conformance-${Date.now()}-${(databases += 1)}`;
  const adapter = new IndexedDbAdapter(name, { data, userId, now });
  return {
    adapter,
    asUser: (staffId) => adapter.withUser(staffId),
    cleanup: async () => {
      await adapter.close();
      await IndexedDbAdapter.deleteDatabase(name);
    },
  };
}, { name: 'IndexedDbAdapter conformance' });
