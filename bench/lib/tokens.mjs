// Times the token build and the `socle-tokens check` command as a user runs
// them: each run is a new process, timed from spawn to exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoDir } from './paths.mjs';
import { summarize } from './stats.mjs';

/**
 * An agency theme: a full brand palette (a teal) over the `socle` base, and
 * the dark-scheme link colour re-aliased. Every contrast pair passes, so
 * `check` goes through every measurement and exits 0.
 */
const AGENCY_THEME = {
  color: {
    brand: {
      50: { $value: '#eef6f7' },
      100: { $value: '#d3e9ec' },
      200: { $value: '#a6d2d8' },
      300: { $value: '#6fb4be' },
      400: { $value: '#3a93a0' },
      500: { $value: '#1f7683' },
      600: { $value: '#155f6a' },
      700: { $value: '#104b54' },
      800: { $value: '#0b383f' },
      900: { $value: '#07262b' },
    },
  },
  dark: { color: { text: { link: { $value: '{color.brand.200}' } } } },
};

function timeCommand(command, args) {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: repoDir, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}:\n${result.stderr || result.stdout}`);
  }
  return elapsed;
}

/**
 * Runs `npm run build -w @socle/tokens` `buildRuns` times and
 * `socle-tokens check` on the agency theme `checkRuns` times.
 * NOTE: each build rewrites packages/tokens/dist in place, as a developer's
 * build does; a test run reading it at that moment may see a partial file.
 */
export function measureTokens({ buildRuns = 3, checkRuns = 5 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'socle-bench-tokens-'));
  const themeFile = join(folder, 'agence.tokens.json');
  writeFileSync(themeFile, JSON.stringify(AGENCY_THEME, null, 2));
  try {
    const build = [];
    for (let run = 0; run < buildRuns; run += 1) build.push(timeCommand('npm', ['run', 'build', '-w', '@socle/tokens']));
    const check = [];
    for (let run = 0; run < checkRuns; run += 1) check.push(timeCommand(process.execPath, ['packages/tokens/bin/socle-tokens.js', 'check', themeFile]));
    return { build: summarize(build), check: summarize(check) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
