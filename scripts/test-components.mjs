// Runs the component tests: every test file in one Chromium session, then
// each file in a fresh Firefox ESR session, two at a time. Firefox gets a
// session per file because a test that sends focus out of the page (to the
// browser's own toolbar) makes later key presses miss the next pages, and
// headless Firefox never gets that focus back. Exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';

const root = 'packages/components/src';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts') && !file.includes('test-fixtures'))
  .map((file) => `${root}/${file}`)
  .sort();
const wanted = (process.env.SOCLE_BROWSERS ?? 'chromium,firefox').split(',');

/**
 * Returns a port that is free on 127.0.0.1 now. Each run gets its own,
 * because two runners started together would both pick the default 8000.
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs web-test-runner on `patterns` in `browser`; resolves to its exit code and output. */
async function runTests(browser, patterns, { quiet }) {
  const port = await freePort();
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', '--port', String(port), ...patterns], {
      env: { ...process.env, SOCLE_BROWSERS: browser },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let failures = 0;

if (wanted.includes('chromium')) {
  const { code } = await runTests('chromium', files, { quiet: false });
  if (code !== 0) failures += 1;
}

if (wanted.includes('firefox')) {
  const queue = [...files];
  let passed = 0;
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const { code, output } = await runTests('firefox', [file], { quiet: true });
      // eslint-disable-next-line no-control-regex -- strips the colour codes of the runner's output.
      const plain = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
      const summary = plain.match(/Firefox:.*\| (\d+ passed, \d+ failed)/g)?.at(-1)?.replace(/.*\| /, '') ?? '';
      if (code === 0) {
        passed += 1;
        console.log(`Firefox ESR ✔ ${file} (${summary})`);
      } else {
        failures += 1;
        console.log(`Firefox ESR ✖ ${file} (${summary || `exit ${code}`})\n${output}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  console.log(`Firefox ESR: ${passed} of ${files.length} test files passed.`);
}

process.exit(failures === 0 ? 0 : 1);
