// papaparse ships only a UMD build. Under the test runner we serve that build as an
// ES module by giving it a `module` object to fill, then re-exporting what it put there.
export function commonjsBrowserBuild(packageNames) {
  const matches = (path) => packageNames.some((name) => path.includes(`/node_modules/${name}/`));
  return {
    name: 'commonjs-browser-build',
    transform(context) {
      if (!matches(context.path) || !context.path.endsWith('.js')) return;
      return {
        body: `const module = { exports: {} }; const exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}
