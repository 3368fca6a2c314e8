// Builds each public entry as a host's bundler would (minified, code-split) and
// reports what a page pays up front for it, min+gzip: the entry's chunk and every
// chunk it imports statically. Chunks reached only through dynamic import() —
// papaparse, libphonenumber-js, emoji-picker-element, the Spanish words — load
// when their feature is used and are reported apart.
//
//   node bench/size/run.mjs          report
//   node bench/size/run.mjs --check  also fail when a budget is exceeded
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const entries = [
  { name: 'rapport (every element)', file: 'src/index.ts', budget: 55 * KB },
  { name: 'rp-timeline', file: 'src/components/timeline/rp-timeline.ts', budget: 18 * KB },
  { name: 'rp-send-message', file: 'src/components/send-message/rp-send-message.ts' },
  { name: 'rp-external-comm-form', file: 'src/components/external-comm-form/rp-external-comm-form.ts' },
  { name: 'rp-contact-panel', file: 'src/components/contact-panel/rp-contact-panel.ts' },
  { name: 'rp-notes', file: 'src/components/notes/rp-notes.ts' },
  { name: 'rp-contact-form', file: 'src/components/contact-form/rp-contact-form.ts' },
  { name: 'rp-contacts', file: 'src/components/contacts/rp-contacts.ts' },
  { name: 'rp-inbox', file: 'src/components/inbox/rp-inbox.ts' },
  { name: 'rp-provider', file: 'src/components/provider/rp-provider.ts' },
  { name: 'rapport/testing', file: 'src/testing.ts' },
  { name: 'demo data set', file: 'src/adapters/memory/demo-data.ts', ownEntry: true },
].filter((entry) => existsSync(entry.file));

// The demo data set has an entry of its own and does not count toward the library.
const demoData = /adapters\/memory\/demo-data\.ts$/;
const demoDataAsOwnEntry = {
  name: 'demo-data-apart',
  setup(esbuild) {
    esbuild.onResolve({ filter: /demo-data(\.js)?$/ }, (args) =>
      args.importer && !demoData.test(args.importer) ? { path: args.path, external: true } : undefined,
    );
  },
};

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

const rows = [];
let over = false;
for (const entry of entries) {
  const result = await build({
    entryPoints: [entry.file],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    outdir: '/tmp/rapport-size',
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
    plugins: entry.ownEntry ? [] : [demoDataAsOwnEntry],
  });
  const files = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const outputs = result.metafile.outputs;
  // Dynamic import() targets are entry points too; ours is the one built from the entry file.
  const [entryOut] = Object.entries(outputs).find(([, out]) => out.entryPoint === entry.file);
  const absolute = (path) => [...files.keys()].find((file) => file.endsWith(path.replace(/^.*rapport-size/, '')));

  const eager = new Set();
  const visit = (path) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entryOut);
  const eagerBytes = [...eager].reduce((sum, path) => sum + gz(files.get(absolute(path))), 0);
  const lazyBytes = Object.keys(outputs)
    .filter((path) => !eager.has(path) && path.endsWith('.js'))
    .reduce((sum, path) => sum + gz(files.get(absolute(path))), 0);
  const withinBudget = entry.budget === undefined || eagerBytes <= entry.budget;
  if (!withinBudget) over = true;
  rows.push({
    entry: entry.name,
    'eager (min+gz)': kb(eagerBytes),
    budget: entry.budget ? kb(entry.budget) : '',
    ok: entry.budget ? (withinBudget ? 'yes' : 'OVER') : '',
    'loaded on use (min+gz)': kb(lazyBytes),
  });
}

console.table(rows);
if (over && process.argv.includes('--check')) process.exit(1);
