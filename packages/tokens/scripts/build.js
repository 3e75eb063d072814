#!/usr/bin/env node
// Builds dist/ from the repository's tokens/ folder: `npm run build -w @socle/tokens`.
// Options: --source DIR (DTCG sources, default: the repository's tokens/), --out DIR (default: dist/).
// Exit codes: 0 built, 1 a contrast pair failed (nothing written), 2 invalid token source.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildAll } from '../src/build.js';
import { describeFailure } from '../src/contrast.js';
import { TokenError } from '../src/errors.js';
import { defaultSourceDir } from '../src/source.js';

const { values } = parseArgs({ options: { source: { type: 'string' }, out: { type: 'string' } } });
const sourceDir = values.source ? resolve(values.source) : defaultSourceDir();
const outDir = values.out ? resolve(values.out) : fileURLToPath(new URL('../dist', import.meta.url));

try {
  const { themes, failures } = await buildAll({ sourceDir, outDir });
  if (failures.length > 0) {
    console.error(`Contrast check failed for ${failures.length} pair(s); dist/ was not written:`);
    for (const failure of failures) console.error(`  ${describeFailure(failure)}`);
    process.exit(1);
  }
  const pairCount = themes.reduce((count, built) => count + built.contrast.length, 0);
  console.log(`Built ${themes.length} themes into ${outDir}; ${pairCount} contrast pairs pass.`);
  for (const built of themes) {
    const css = readFileSync(join(outDir, 'css', `${built.theme}.css`));
    console.log(`  css/${built.theme}.css: ${css.length} bytes, ${gzipSync(css).length} bytes gzip`);
  }
} catch (error) {
  if (!(error instanceof TokenError)) throw error;
  console.error(error.message);
  process.exit(2);
}
