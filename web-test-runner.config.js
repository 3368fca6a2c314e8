// @web/test-runner in Debian's headless Chromium. No browser is ever downloaded:
// CHROME_PATH wins, /usr/bin/chromium otherwise.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { countsReporter } from './test/counts-reporter.js';
import { commonjsBrowserBuild } from './test/commonjs-plugin.js';
import { vendorBundles } from './test/vendor-bundles.js';
import { defaultReporter } from '@web/test-runner';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { browser: true, exportConditions: ['browser'] },
  concurrency: Number(process.env.WTR_CONCURRENCY || 1),
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  // A module worker is loaded by URL (`new URL('./csv-worker.js', import.meta.url)`), as the
  // built package ships it; here that request is served from the TypeScript source beside it.
  middleware: [
    (context, next) => {
      const path = context.path;
      if (path.startsWith('/src/') && path.endsWith('.js') && !existsSync(`.${path}`) && existsSync(`.${path.slice(0, -3)}.ts`)) {
        context.url = context.url.replace(/\.js(?=$|\?)/, '.ts');
      }
      return next();
    },
  ],
  plugins: [
    commonjsBrowserBuild(['papaparse', 'axe-core']),
    vendorBundles(),
    // The README's snippets import the package by name; tests run them against the source.
    {
      name: 'rapport-by-name',
      resolveImport({ source }) {
        if (source === 'rapport') return '/src/index.ts';
        if (source === 'rapport/testing') return '/src/testing.ts';
      },
    },
    esbuildPlugin({ ts: true, jsx: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"></head>
  <body>
    <script>
      // @lit-labs/virtualizer's resize handling reports this benign error; it is not a failure.
      window.addEventListener('error', (e) => {
        if (String(e.message).includes('ResizeObserver loop')) e.stopImmediatePropagation();
      });
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), countsReporter()],
};
