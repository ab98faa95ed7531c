// `cem analyze` (run by `npm run build`) writes custom-elements.json at the repo root from the
// JSDoc of the element classes in src/ (@summary, @event, @csspart, @cssproperty, ...).
// The file is committed: Storybook's autodocs and editors read it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; do not let the analyzer rewrite package.json.
  packagejson: false,
};
