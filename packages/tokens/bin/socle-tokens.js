#!/usr/bin/env node
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildTheme } from '../src/build.js';
import { describeFailure } from '../src/contrast.js';
import { TokenError } from '../src/errors.js';
import { readOverrideFile } from '../src/override.js';
import { defaultSourceDir, listThemes } from '../src/source.js';
import { writeFileAtomic } from '../src/write.js';

const EXIT_OK = 0;
const EXIT_CHECK_FAILED = 1;
const EXIT_USAGE = 2;

const USAGE = `Usage:
  socle-tokens check FILE [--base THEME]
  socle-tokens build FILE --out DIR [--name NAME] [--base THEME]

Checks or builds a theme from a DTCG override file (see the @socle/tokens README).

Commands:
  check   Validate FILE and measure every declared contrast pair in the light
          and dark schemes. Prints each failing pair.
  build   Do the same checks, then write DIR/NAME.css (only if every check passes).

Options:
  --base THEME  Shipped theme that FILE overrides (default: socle).
  --out DIR     Folder for the CSS file; created if missing (build only).
  --name NAME   Theme name and CSS file name: lowercase letters, digits and
                hyphens (default: FILE's name without .tokens.json or .json,
                in lowercase with other characters replaced by hyphens).
  -h, --help    Print this help.

Exit codes: 0 all checks pass, 1 a contrast check failed, 2 usage or input error.`;

class UsageError extends Error {}

/**
 * Parses the command line.
 * @param {string[]} argv
 */
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        base: { type: 'string', default: 'socle' },
        out: { type: 'string' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(/** @type {Error} */ (error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };

  const [command, file, ...extra] = positionals;
  if (command !== 'check' && command !== 'build') {
    throw new UsageError(command === undefined ? 'missing command: use "check" or "build".' : `unknown command "${command}": use "check" or "build".`);
  }
  if (file === undefined) throw new UsageError(`missing FILE: give the path of a DTCG override file, for example "socle-tokens ${command} my-theme.tokens.json".`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": give one FILE.`);
  if (command === 'check' && (values.out !== undefined || values.name !== undefined)) {
    throw new UsageError('--out and --name apply to "build" only.');
  }
  if (command === 'build' && values.out === undefined) throw new UsageError('missing --out DIR: build needs a folder for the CSS file.');

  // A name taken from the file is normalised; an explicit --name must already be valid.
  const name =
    values.name ??
    basename(file)
      .replace(/(\.tokens)?\.json$/i, '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new UsageError(`invalid theme name "${name}": use lowercase letters, digits and hyphens, or pass --name.`);
  }
  return { help: false, command, file, name, base: values.base, out: values.out };
}

/**
 * Runs the command and returns the exit code.
 * @param {string[]} argv
 */
async function main(argv) {
  const options = parseCommandLine(argv);
  if (options.help) {
    console.log(USAGE);
    return EXIT_OK;
  }

  const sourceDir = defaultSourceDir();
  const themes = listThemes(sourceDir);
  if (!themes.includes(/** @type {string} */ (options.base))) {
    throw new UsageError(`unknown base theme "${options.base}": use one of ${themes.join(', ')}.`);
  }

  const file = /** @type {string} */ (options.file);
  const built = await buildTheme({
    sourceDir,
    theme: /** @type {string} */ (options.base),
    name: options.name,
    overrideLayers: readOverrideFile(file),
  });

  const failures = built.contrast.filter((result) => !result.pass);
  if (failures.length > 0) {
    console.error(`${file}: ${failures.length} of ${built.contrast.length} contrast pairs fail:`);
    for (const failure of failures) console.error(`  ${describeFailure(failure)}`);
    console.error('Change the colours above so each pair reaches its minimum; nothing was written.');
    return EXIT_CHECK_FAILED;
  }

  if (options.command === 'check') {
    console.log(`${file}: valid; all ${built.contrast.length} contrast pairs pass (base theme "${options.base}", light and dark).`);
    return EXIT_OK;
  }

  const target = join(resolve(/** @type {string} */ (options.out)), `${options.name}.css`);
  writeFileAtomic(target, built.css);
  console.log(`${file}: all ${built.contrast.length} contrast pairs pass; wrote ${target}.`);
  return EXIT_OK;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`socle-tokens: ${error.message}\nRun "socle-tokens --help" for usage.`);
  } else if (error instanceof TokenError) {
    console.error(`socle-tokens: ${error.message}`);
  } else {
    // A bug in this tool rather than in the input: one line, with the stack only on request.
    console.error(`socle-tokens: unexpected error: ${error instanceof Error ? error.message : String(error)}. Set SOCLE_TOKENS_DEBUG=1 to print the stack trace.`);
    if (process.env.SOCLE_TOKENS_DEBUG) console.error(error);
  }
  process.exitCode = EXIT_USAGE;
}
