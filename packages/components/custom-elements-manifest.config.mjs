// The Custom Elements Manifest is generated from the class docblocks, which
// are the single source of each element's API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.contract.ts', 'src/**/*.styles.ts', 'src/**/test-fixtures/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
