// Runs every check that `npm test` promises, in order, and stops at the
// first failure with a non-zero exit code. Each step prints its own output;
// a summary of durations ends the run.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Build the tokens and check contrast', 'npm', ['run', 'build:tokens']],
  ['Build the packages', 'npm', ['run', 'build:packages']],
  ['Type-check', 'npm', ['run', 'typecheck']],
  ['Lint', 'npm', ['run', 'lint']],
  ['Unit tests (Node)', 'npm', ['run', 'test:unit']],
  ['Generator tests (manifest, React wrappers, editor data)', 'npm', ['run', 'test:generators']],
  ['Package checks (publint, are-the-types-wrong)', 'npm', ['run', 'check:packages']],
  ['Component tests (Chromium and Firefox ESR)', 'npm', ['run', 'test:components']],
  ['Story tests with axe (Chromium, every theme and scheme)', 'npm', ['run', 'test:stories']],
  ['Reliability suite (fuzzing, strict CSP, no network, drafts)', 'npm', ['run', 'test:reliability']],
  ['État-civil démarche end to end (Chromium)', 'npm', ['run', 'test:demarche']],
  ['Build Storybook', 'npm', ['run', 'build:storybook']],
  ['Build the documentation site', 'npm', ['run', 'build:docs']],
  ['Documentation site with axe (every page, light and dark)', 'npm', ['run', 'test:a11y', '-w', '@socle/docs-site']],
  ['Check size budgets', 'npm', ['run', 'size']],
];

const only = process.argv.slice(2);
const durations = [];
for (const [title, command, args] of steps) {
  if (only.length > 0 && !only.some((word) => title.toLowerCase().includes(word.toLowerCase()))) continue;
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  durations.push(`${title}: ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}) after ${seconds} s.`);
    process.exit(1);
  }
}
console.log(`\n✔ All checks passed.\n${durations.map((line) => `  ${line}`).join('\n')}`);
