// Checks every published @socle package as npm would pack it: publint
// (package.json fields, exports and files, warnings included) and Are The
// Types Wrong (`attw --pack`, esm-only profile: the packages are ES modules
// only, so CommonJS resolutions are not checked). Build the packages first.
//
// attw does not expand subpath patterns such as "./*", so this script lists
// the files that each pattern reaches in dist/ and passes them as explicit
// entrypoints, up to MAX_PATTERN_ENTRYPOINTS per pattern.
//
// Usage: node scripts/check-packages.mjs [package-folder…]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['tokens', 'formats', 'communes', 'etat-civil', 'components', 'react'];
const MAX_PATTERN_ENTRYPOINTS = 60;

/** Returns the subpaths that a pattern export reaches, from the files its `types` target matches. */
function expandPattern(packageDir, key, target) {
  const typesTarget = typeof target === 'object' ? target.types : undefined;
  if (!typesTarget || !key.includes('*')) return [];
  const [before, after] = typesTarget.replace(/^\.\//, '').split('*');
  const files = readdirSync(packageDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => !file.startsWith('node_modules'),
  );
  const [keyBefore, keyAfter] = key.split('*');
  return files
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.startsWith(before) && file.endsWith(after) && file.length > before.length + after.length)
    .map((file) => `${keyBefore}${file.slice(before.length, file.length - after.length)}${keyAfter}`);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

let failed = 0;
const bin = (name) => join(repository, 'node_modules', '.bin', name);
const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : PACKAGES;

for (const folder of folders) {
  const packageDir = join(repository, 'packages', folder);
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  console.log(`\n=== ${manifest.name} (${relative(repository, packageDir)})`);

  const publint = run(bin('publint'), ['--strict', '--pack', 'npm'], packageDir);
  console.log(publint.output.trim());
  if (publint.status !== 0) {
    failed += 1;
    console.log(`publint: FAILED for ${manifest.name}`);
  }

  const entrypoints = [];
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    const expanded = expandPattern(packageDir, key, target);
    if (expanded.length > MAX_PATTERN_ENTRYPOINTS) {
      console.log(`attw: "${key}" reaches ${expanded.length} entrypoints; checking the first ${MAX_PATTERN_ENTRYPOINTS}.`);
    }
    entrypoints.push(...expanded.slice(0, MAX_PATTERN_ENTRYPOINTS));
  }
  const attwArgs = ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped', '--no-emoji', '--no-color'];
  if (entrypoints.length > 0) attwArgs.push('--include-entrypoints', ...entrypoints);
  const attw = run(bin('attw'), attwArgs, packageDir);
  console.log(attw.output.trim());
  if (attw.status !== 0) {
    failed += 1;
    console.log(`attw: FAILED for ${manifest.name}`);
  }
}

const checks = folders.length * 2;
console.log(`\n${checks - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
