#!/usr/bin/env node
// `npm run bench`: measures Socle side by side with DSFR, Web Awesome and
// GCDS in one run (sizes, rendering in headless Chromium, token tooling)
// and writes the results into the docs-site benchmark pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchDir, docsDir, peersDir, repoDir } from './lib/paths.mjs';
import { dsfrInstalled } from './lib/peers.mjs';

const USAGE = `Usage: node bench/run.mjs [options]

Measures Socle and its peers, then writes the results between the markers of
docs-site/src/content/docs/benchmarks.md and docs-site/src/content/docs/en/benchmarks.md.

Options:
  --rounds N      Render rounds; each round runs every variant once (default: 15).
  --only LIST     Comma-separated parts to run: size, render, tokens (default: all three).
  --no-write      Print the results without writing the docs pages.
  -h, --help      Print this help.

Environment:
  CHROME_PATH           Chromium executable (default: /usr/bin/chromium).
  DSFR_ACCEPT_LICENSE   Set to 1, after reading the DSFR terms of use, to install
                        @gouvfr/dsfr in bench/node_modules and measure it too.`;

const PARTS = ['size', 'render', 'tokens'];

function parseOptions() {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '15' },
      only: { type: 'string', default: PARTS.join(',') },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) fail(`invalid --rounds "${values.rounds}": expected a whole number of at least 1.`);
  const parts = values.only.split(',').map((part) => part.trim());
  const unknown = parts.filter((part) => !PARTS.includes(part));
  if (unknown.length > 0) fail(`invalid --only "${values.only}": unknown part ${unknown.join(', ')}; expected some of ${PARTS.join(', ')}.`);
  return { rounds, parts: new Set(parts), write: !values['no-write'] };
}

function fail(message) {
  console.error(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const log = (line) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

function run(command, args, cwd) {
  log(`${command} ${args.join(' ')} (in ${cwd})`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`bench: "${command} ${args.join(' ')}" failed with exit code ${result.status}.`);
    process.exit(1);
  }
}

/**
 * Installs the pinned peers in bench/node_modules when one is missing. DSFR
 * is an optional dependency, because its package refuses to install until its
 * terms of use are accepted. npm then skips it and the run goes on.
 */
function ensurePeers() {
  const required = ['@awesome.me/webawesome', '@gcds-core/components'];
  const wantDsfr = process.env.DSFR_ACCEPT_LICENSE === '1' && !dsfrInstalled();
  if (required.every((name) => existsSync(`${peersDir}${name}/package.json`)) && !wantDsfr) return;
  run('npm', ['install', '--no-audit', '--no-fund'], benchDir);
}

/** Builds the Socle packages whose dist/ is missing, with the root scripts. */
function ensureBuilt() {
  if (!existsSync(`${repoDir}packages/tokens/dist/css/socle.css`)) run('npm', ['run', 'build:tokens'], repoDir);
  const packages = ['formats', 'communes', 'etat-civil', 'components'];
  if (packages.some((name) => !existsSync(`${repoDir}packages/${name}/dist/index.js`))) run('npm', ['run', 'build:packages'], repoDir);
}

function machineInfo() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadStart: os.loadavg(),
  };
}

const options = parseOptions();
const started = performance.now();
ensurePeers();
ensureBuilt();

// Imported after the install: these modules import esbuild and puppeteer-core.
const { measureSizes } = await import('./lib/size.mjs');
const { runRender } = await import('./lib/render.mjs');
const { measureTokens } = await import('./lib/tokens.mjs');
const { renderSection, writeSection } = await import('./lib/report.mjs');

const machine = machineInfo();
log(`${machine.cores} cores, load average ${machine.loadStart.map((value) => value.toFixed(2)).join(' ')}`);
const results = { date: new Date().toISOString().slice(0, 10), machine, command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}` };

if (options.parts.has('size')) {
  log('measuring sizes');
  results.size = await measureSizes();
}
if (options.parts.has('render')) {
  log(`rendering in Chromium, ${options.rounds} rounds`);
  const render = await runRender({ rounds: options.rounds, executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', log });
  // browser.version() returns "Chrome/<version>" for Chromium builds too.
  machine.chromium = render.chromiumVersion.replace(/^(Headless)?Chrome\//, 'Chromium ');
  results.render = { rounds: options.rounds, ...render };
}
if (options.parts.has('tokens')) {
  log('timing the token build and check');
  results.tokens = measureTokens();
}

machine.loadEnd = os.loadavg();
// Loaded: the one-minute load average exceeded half the cores at either end.
machine.loaded = Math.max(machine.loadStart[0], machine.loadEnd[0]) > machine.cores / 2;
results.runtimeSeconds = (performance.now() - started) / 1000;

const folder = mkdtempSync(join(os.tmpdir(), 'socle-bench-results-'));
const jsonFile = join(folder, 'results.json');
writeFileSync(jsonFile, JSON.stringify(results, (key, value) => (key === 'cpuProfile' ? undefined : value), 2));
log(`raw results: ${jsonFile}`);

const french = renderSection(results, 'fr');
const english = renderSection(results, 'en');
if (options.write) {
  writeSection(`${docsDir}benchmarks.md`, french);
  writeSection(`${docsDir}en/benchmarks.md`, english);
  log('wrote docs-site/src/content/docs/benchmarks.md and docs-site/src/content/docs/en/benchmarks.md');
}
console.log(`\n${english}\n`);
log(`done in ${results.runtimeSeconds.toFixed(0)} s; load average at end ${machine.loadEnd.map((value) => value.toFixed(2)).join(' ')}`);
