// Writes custom-elements.json from the elements' JSDoc; Storybook's autodocs and editors read it.
export default {
  // The elements and their events: what hosts, editors and Storybook need to know.
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists each `dispatchEvent(new SomeEvent())` as a nameless event;
      // the named `@fires` entry already documents it.
      name: 'drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        // Stable order, so the committed file changes only when the source does.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
