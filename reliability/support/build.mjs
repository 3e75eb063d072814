// Builds the packages that the built-output tests load, only when their
// dist/ is missing or older than their sources, so that running several test
// files in a row builds once.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { componentsRoot, repositoryRoot } from './elements.mjs';

const formatsRoot = `${repositoryRoot}packages/formats/`;

function newestSource(directory) {
  let newest = 0;
  for (const file of readdirSync(directory, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    newest = Math.max(newest, statSync(`${directory}/${file}`).mtimeMs);
  }
  return newest;
}

function oldestOutput(files) {
  let oldest = Infinity;
  for (const file of files) {
    if (!existsSync(file)) return 0;
    oldest = Math.min(oldest, statSync(file).mtimeMs);
  }
  return oldest;
}

/**
 * Runs `npm run build -w <workspace>`. A failure is fatal unless every file
 * of `outputs` was written by this build. The components build emits
 * JavaScript before type declarations, and this suite only loads the
 * JavaScript, so a type error elsewhere in the package only prints a
 * warning.
 */
function runBuild(workspace, outputs) {
  console.log(`Building ${workspace} for the reliability suite…`);
  const started = Date.now();
  try {
    execFileSync('npm', ['run', 'build', '-w', workspace], { cwd: repositoryRoot, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(0, 20).join('\n');
    if (oldestOutput(outputs) < started) {
      throw new Error(`npm run build -w ${workspace} failed (exit code ${error.status}) before writing its JavaScript:\n${output}`);
    }
    console.warn(`WARNING: npm run build -w ${workspace} failed after writing its JavaScript; testing that output.\n${output}`);
  }
}

/**
 * Builds @socle/formats (its declarations are needed by the components'
 * type emit) and @socle/components when an output of `elements` is missing
 * or older than a source file.
 *
 * @param {Array<{ folder: string }>} elements
 */
export function ensureBuilt(elements) {
  const formatsOutputs = [`${formatsRoot}dist/index.js`];
  if (oldestOutput(formatsOutputs) < newestSource(`${formatsRoot}src`)) runBuild('@socle/formats', formatsOutputs);

  const outputs = [...new Set(elements.map((element) => element.folder))].flatMap((folder) => [
    `${componentsRoot}dist/${folder}/define.js`,
    `${componentsRoot}dist/development/${folder}/define.js`,
  ]);
  if (oldestOutput(outputs) < newestSource(`${componentsRoot}src`)) runBuild('@socle/components', outputs);
}
