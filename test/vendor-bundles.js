// React ships CommonJS only, and Vue's bundler build expects a bundler's defines.
// For the README's framework snippets the test server serves each as one ES
// module bundled by esbuild; every React entry re-exports from a single bundle,
// so hooks see one copy of React.
import { build } from 'esbuild';

const bundles = {
  '/__vendor/react.js': `
    export * from 'react';
    export { default } from 'react';
    export { createRoot, hydrateRoot } from 'react-dom/client';
    export { jsx, jsxs, Fragment as JsxFragment } from 'react/jsx-runtime';`,
  '/__vendor/vue.js': `export * from 'vue';`,
};

const specifiers = {
  react: '/__vendor/react-entry.js',
  'react-dom/client': '/__vendor/react-dom-client.js',
  'react/jsx-runtime': '/__vendor/react-jsx-runtime.js',
  'react/jsx-dev-runtime': '/__vendor/react-jsx-runtime.js',
  vue: '/__vendor/vue.js',
};

const shims = {
  '/__vendor/react-entry.js': `export * from './react.js'; export { default } from './react.js';`,
  '/__vendor/react-dom-client.js': `export { createRoot, hydrateRoot } from './react.js';`,
  '/__vendor/react-jsx-runtime.js': `export { jsx, jsxs, JsxFragment as Fragment } from './react.js'; export { jsx as jsxDEV } from './react.js';`,
};

const cache = new Map();

async function bundle(source) {
  if (!cache.has(source)) {
    cache.set(source, build({
      stdin: { contents: source, resolveDir: process.cwd(), loader: 'js' },
      bundle: true, format: 'esm', write: false, minify: false, target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      logLevel: 'error',
    }).then((result) => result.outputFiles[0].text));
  }
  return cache.get(source);
}

export function vendorBundles() {
  return {
    name: 'vendor-bundles',
    resolveImport({ source }) {
      return specifiers[source];
    },
    async serve(context) {
      if (shims[context.path]) return { body: shims[context.path], type: 'js' };
      if (bundles[context.path]) return { body: await bundle(bundles[context.path]), type: 'js' };
    },
  };
}
