// Bundles client.js for the browser into dist/client.js. With
// NODE_ENV=development it bundles the development builds of Lit and Socle,
// which report hydration mismatches and invalid attributes in the console.
import { build } from 'esbuild';

const development = process.env.NODE_ENV === 'development';

await build({
  entryPoints: ['client.js'],
  outfile: 'dist/client.js',
  bundle: true,
  format: 'esm',
  minify: !development,
  conditions: development ? ['development'] : [],
  target: 'es2022',
  logLevel: 'warning',
});
