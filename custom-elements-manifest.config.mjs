// Writes custom-elements.json from the elements' JSDoc; Storybook's autodocs and editors read it.
export default {
  // The elements and their events: what hosts, editors and Storybook need to know.
  globs: ['src/components/**/*.ts', 'src/events/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Elements and members marked @internal are building blocks, not public API.
      name: 'drop-internal',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const internal = ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal');
        if (internal) (moduleDoc.internalClasses ??= []).push(node.name.getText());
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          const hidden = new Set(module.internalClasses ?? []);
          delete module.internalClasses;
          if (hidden.size === 0) continue;
          module.declarations = (module.declarations ?? []).filter((declaration) => !hidden.has(declaration.name));
          module.exports = (module.exports ?? []).filter((entry) => !hidden.has(entry.declaration?.name));
        }
        customElementsManifest.modules = customElementsManifest.modules.filter(
          (module) => (module.declarations ?? []).length > 0 || (module.exports ?? []).length > 0,
        );
      },
    },
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
