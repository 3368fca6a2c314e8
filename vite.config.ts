import { defineConfig } from 'vite';

/**
 * `npm start` serves the demo host app in demo/. `vite build --mode lib` builds
 * the library: one ES module per public entry, dependencies left to the host's
 * bundler. `vite build --mode demo` builds the demo as static files.
 */
const entries = {
  index: 'src/index.ts',
  testing: 'src/testing.ts',
  'locales-es': 'src/i18n/es/index.ts',
  'rp-provider': 'src/components/provider/rp-provider.ts',
  'rp-timeline': 'src/components/timeline/rp-timeline.ts',
  'rp-send-message': 'src/components/send-message/rp-send-message.ts',
  'rp-external-comm-form': 'src/components/external-comm-form/rp-external-comm-form.ts',
  'rp-contact-panel': 'src/components/contact-panel/rp-contact-panel.ts',
  'rp-notes': 'src/components/notes/rp-notes.ts',
  'rp-contact-form': 'src/components/contact-form/rp-contact-form.ts',
  'rp-contacts': 'src/components/contacts/rp-contacts.ts',
  'rp-inbox': 'src/components/inbox/rp-inbox.ts',
};

export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        target: 'es2022',
        lib: { entry: entries, formats: ['es'] },
        rolldownOptions: {
          external: (id: string) => /^(lit|@lit|@lit-labs|zod|idb|papaparse|libphonenumber-js|emoji-picker-element)/.test(id),
        },
      },
    };
  }
  return {
    root: 'demo',
    base: './',
    build: { outDir: '../dist/demo', emptyOutDir: true, target: 'es2022' },
    server: { port: 5173, host: '127.0.0.1' },
    preview: { port: 4173, host: '127.0.0.1' },
  };
});
