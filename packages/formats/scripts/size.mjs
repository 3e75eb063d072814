// Prints the minified and gzip sizes of the built ESM (run `npm run build`
// first): every format but phone, the phone module, the phone data alone,
// and the whole package. Bundled with esbuild, gzip level 9 from node:zlib.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

const entries = {
  'all formats but phone': "export { nir, siren, siret, iban, postalCode, inseeCode, civilName, registerMessages } from './index.js';",
  'phone (module and data)': "export * as phone from './phone/index.js';",
  'phone data alone': "export * from './phone/data.js';",
  'whole package': "export * from './index.js';",
};

for (const [label, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: dist, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`${label.padEnd(26)} ${String(code.length).padStart(6)} B min  ${String(gzip).padStart(6)} B gzip`);
}
