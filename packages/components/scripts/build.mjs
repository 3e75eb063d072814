// Builds @socle/components twice: a production build in dist/ where
// development warnings are compiled out and the CSS and HTML of Lit
// templates are minified, and a development build in dist/development/,
// selected by the `development` export condition, left readable. Then
// emits the type declarations and the Custom Elements Manifest, and last the
// integration files generated from that manifest (editor data, JSX and Vue
// types, the single-file bundle).
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { generateIntegrations } from './integrations.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = readdirSync(new URL('../src', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !/\.(test|contract|d)\.ts$/.test(file))
  .filter((file) => !file.includes('test-fixtures'))
  .map((file) => `src/${file}`);

/** @param {{ outDir: string, development: boolean }} options */
async function buildVariant({ outDir, development }) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    define: development ? {} : { __SOCLE_DEV__: 'false' },
    plugins: development ? [] : [minifyTemplatesPlugin()],
    build: {
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'] },
      rollupOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@socle\//],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  });
}

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await buildVariant({ outDir: 'dist', development: false });
await buildVariant({ outDir: 'dist/development', development: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { cwd: root, stdio: 'inherit' });
const { elementCount, bundleBytes } = await generateIntegrations();
console.log(`integrations: ${elementCount} elements, socle.bundle.js ${(bundleBytes / 1024).toFixed(1)} KiB`);
