// End-to-end check of the examples against the packages as npm publishes
// them: builds the @socle packages, packs them into a temporary folder,
// installs the tarballs and each example's own dependencies in
// examples/<name>/node_modules, builds each example, then drives it in
// headless Chromium: fill socle-input, tick socle-checkbox, press the
// socle-button of type submit, and compare the values received (by the
// example's Node server, or by the page's socle-submit listener).
//
// Usage: node scripts/examples.mjs [--skip-build] [--skip-install] [--only=html,ssr]
// CHROME_PATH overrides /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const repository = fileURLToPath(new URL('..', import.meta.url));
const options = parseOptions(process.argv.slice(2));
const started = performance.now();

/** Workspace name and folder of every package that an example may install. */
const PACKAGES = {
  '@socle/tokens': 'packages/tokens',
  '@socle/formats': 'packages/formats',
  '@socle/communes': 'packages/communes',
  '@socle/etat-civil': 'packages/etat-civil',
  '@socle/components': 'packages/components',
  '@socle/react': 'packages/react',
};

const EXPECTED_FIELDS = { nom: 'Dupont', rappel: 'oui' };

/** The examples, each with its build step and its browser test. */
const EXAMPLES = {
  html: { build: null, test: testHtml },
  ssr: { build: ['npm', ['run', 'build']], env: { NODE_ENV: 'development' }, test: testSsr },
  react: { build: ['npm', ['run', 'build']], test: testReact },
  vue: { build: ['npm', ['run', 'build']], test: testVue },
};

function parseOptions(args) {
  const parsed = { skipBuild: false, skipInstall: false, only: ['html', 'ssr', 'react', 'vue'] };
  for (const arg of args) {
    if (arg === '--skip-build') parsed.skipBuild = true;
    else if (arg === '--skip-install') parsed.skipInstall = true;
    else if (arg.startsWith('--only=')) parsed.only = arg.slice('--only='.length).split(',');
    else {
      console.error(`Unknown option "${arg}". Expected --skip-build, --skip-install or --only=html,ssr,react,vue.`);
      process.exit(2);
    }
  }
  return parsed;
}

function log(message) {
  console.log(`[examples ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

/** Runs a command and rejects with its output when it exits non-zero. */
function run(command, args, { cwd = repository, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`"${command} ${args.join(' ')}" in ${cwd} failed with exit code ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** Returns the @socle packages that `name` needs, itself included, from the workspace package.json files. */
function socleClosure(name, found = new Set()) {
  if (found.has(name) || !PACKAGES[name]) return found;
  found.add(name);
  const manifest = JSON.parse(readFileSync(join(repository, PACKAGES[name], 'package.json'), 'utf8'));
  for (const dependency of Object.keys(manifest.dependencies ?? {})) socleClosure(dependency, found);
  return found;
}

async function packPackages(destination) {
  const workspaces = Object.keys(PACKAGES).flatMap((name) => ['-w', name]);
  const output = await run('npm', ['pack', '--json', '--pack-destination', destination, ...workspaces]);
  const packs = JSON.parse(output.slice(output.indexOf('[')));
  return Object.fromEntries(packs.map((pack) => [pack.name, join(destination, pack.filename)]));
}

/**
 * Installs the example's dependencies, with its @socle packages taken from
 * the tarballs. `--no-save` keeps the temporary tarball paths out of its
 * package.json.
 */
async function installExample(name, tarballs) {
  const folder = join(repository, 'examples', name);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const needed = new Set();
  for (const dependency of Object.keys(manifest.dependencies ?? {})) socleClosure(dependency, needed);
  rmSync(join(folder, 'node_modules'), { recursive: true, force: true });
  const specs = [...needed].map((packageName) => tarballs[packageName]);
  await run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', '--loglevel=error', ...specs], {
    cwd: folder,
  });
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves a built single-page application from `root` on 127.0.0.1. */
function serveStatic(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${path}`);
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      // Chromium keeps its keep-alive sockets open, which server.close() would wait for.
      const close = () =>
        new Promise((done) => {
          server.close(done);
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close });
    });
  });
}

/** Starts an example's own server with PORT=0 and waits for its "listening on URL" line. */
function startExampleServer(folder) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['server.mjs'], {
      cwd: folder,
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The server in ${folder} did not start within 15 s:\n${output}`));
    }, 15_000);
    const onData = (chunk) => {
      output += chunk;
      const match = output.match(/listening on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          output: () => output,
          close: () =>
            new Promise((done) => {
              child.once('close', done);
              child.kill();
            }),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server in ${folder} exited with code ${code}:\n${output}`));
    });
  });
}

/** Opens a page that records console messages and uncaught errors. */
async function openPage(browser) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: String(error) }));
  page.setDefaultTimeout(15_000);
  return { page, messages };
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Fails when the page logged an error or, with `warnings`, a warning other than those `allowed` matches. */
function checkConsole(messages, { warnings = false, allowed = [] } = {}) {
  const problems = messages.filter(
    (message) =>
      (message.type === 'error' || message.type === 'pageerror' || (warnings && message.type === 'warn')) &&
      !allowed.some((pattern) => pattern.test(message.text)),
  );
  check(problems.length === 0, `console problems:\n${problems.map((p) => `  ${p.type}: ${p.text}`).join('\n')}`);
}

/**
 * Types the name, ticks the checkbox with Space and presses the submit
 * button, as a user would. With `navigation`, waits for the page that the
 * native form submission loads.
 */
async function fillAndSubmit(page, { navigation = false } = {}) {
  await page.waitForFunction(() =>
    ['socle-input', 'socle-checkbox', 'socle-button', 'socle-form'].every(
      (tag) => !document.querySelector(tag) || customElements.get(tag),
    ),
  );
  await page.focus('socle-input[name="nom"]');
  await page.keyboard.type(EXPECTED_FIELDS.nom);
  const email = await page.$('socle-input[name="courriel"]');
  if (email) {
    await page.focus('socle-input[name="courriel"]');
    await page.keyboard.type('dupont@example.fr');
  }
  await page.focus('socle-checkbox');
  await page.keyboard.press(' ');
  if (navigation) {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('socle-button[type="submit"]')]);
  } else {
    await page.click('socle-button[type="submit"]');
  }
}

async function readSubmitted(page) {
  const handle = await page.waitForSelector('#submitted');
  return JSON.parse(await handle.evaluate((element) => element.textContent ?? ''));
}

function checkFields(received, expected) {
  for (const [name, value] of Object.entries(expected)) {
    check(received[name] === value, `field "${name}": expected "${value}", received ${JSON.stringify(received[name])}`);
  }
}

async function testHtml(browser, folder) {
  const server = await startExampleServer(folder);
  try {
    const { page, messages } = await openPage(browser);
    await page.goto(server.url);
    await fillAndSubmit(page, { navigation: true });
    checkFields(await readSubmitted(page), { ...EXPECTED_FIELDS, courriel: 'dupont@example.fr' });
    check(server.output().includes('POST /submit'), 'the server logged no POST /submit');
    checkConsole(messages);
    await page.close();
  } finally {
    await server.close();
  }
}

async function testSsr(browser, folder) {
  const server = await startExampleServer(folder);
  try {
    // The label is in the HTML itself, inside the declarative shadow root.
    const raw = await (await fetch(server.url)).text();
    check(/<socle-input[^>]*><template shadowroot(mode)?="open"/.test(raw), 'socle-input has no declarative shadow root in the HTML');
    check(raw.includes('Nom de famille'), 'the label "Nom de famille" is missing from the server HTML');
    check(raw.includes('Je souhaite être rappelé'), 'the checkbox label is missing from the server HTML');

    // Without JavaScript, the browser still shows the rendered label.
    const noScript = await openPage(browser);
    await noScript.page.setJavaScriptEnabled(false);
    await noScript.page.goto(server.url);
    const visibleLabel = await noScript.page.evaluate(() => {
      const label = document.querySelector('socle-input')?.shadowRoot?.querySelector('label');
      return label && label.getBoundingClientRect().height > 0 ? label.textContent : null;
    });
    check(visibleLabel?.includes('Nom de famille'), `no visible label before JavaScript runs (found ${JSON.stringify(visibleLabel)})`);
    await noScript.page.close();

    // With JavaScript, each element adopts its server-rendered shadow root.
    const { page, messages } = await openPage(browser);
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('socle-input')?.hasUpdated === true);
    const hydration = await page.evaluate(() =>
      ['socle-input', 'socle-checkbox', 'socle-button'].map((tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        const walker = root ? document.createTreeWalker(root, NodeFilter.SHOW_COMMENT) : null;
        // Server rendering leaves `lit-part` comments, which hydration keeps.
        // A client render adds `?lit$…$` comments instead.
        let serverMarkers = 0;
        let clientMarkers = 0;
        while (walker?.nextNode()) {
          const text = walker.currentNode.textContent ?? '';
          if (text.startsWith('lit-part')) serverMarkers += 1;
          if (text.startsWith('?lit$')) clientMarkers += 1;
        }
        return { tag, serverMarkers, clientMarkers };
      }),
    );
    for (const { tag, serverMarkers, clientMarkers } of hydration) {
      check(
        serverMarkers > 0 && clientMarkers === 0,
        `${tag} rendered again on the client instead of hydrating (${serverMarkers} server, ${clientMarkers} client markers)`,
      );
    }
    await fillAndSubmit(page, { navigation: true });
    checkFields(await readSubmitted(page), EXPECTED_FIELDS);
    // The client bundle is a development build, so Lit reports hydration
    // mismatches here. Its one dev-mode notice is expected.
    checkConsole(messages, { warnings: true, allowed: [/Lit is in dev mode/] });
    await page.close();
  } finally {
    await server.close();
  }
}

/** Checks a single-page example: live bindings from the events, then the socle-submit data. */
async function testSinglePage(browser, url) {
  const { page, messages } = await openPage(browser);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('socle-input');
  await fillAndSubmit(page);
  const live = await page.$eval('#live', (element) => element.textContent?.replace(/\s+/g, ' ').trim());
  check(live === 'Nom : Dupont, rappel : oui', `the page state did not follow the events: "${live}"`);
  checkFields(await readSubmitted(page), EXPECTED_FIELDS);
  const heading = await page.$eval('h1', (element) => element.textContent);
  checkConsole(messages);
  await page.close();
  return heading;
}

async function testReact(browser, folder) {
  const server = await serveStatic(join(folder, 'dist'));
  try {
    const heading19 = await testSinglePage(browser, server.url);
    check(/React 19\./.test(heading19 ?? ''), `the React 19 page runs "${heading19}"`);
    const heading18 = await testSinglePage(browser, `${server.url}react18.html`);
    check(/React 18\./.test(heading18 ?? ''), `the React 18 page runs "${heading18}"`);
    const headingWrappers19 = await testSinglePage(browser, `${server.url}wrappers.html`);
    check(/React 19\./.test(headingWrappers19 ?? ''), `the wrappers page runs "${headingWrappers19}"`);
    await run('npm', ['run', 'typecheck'], { cwd: folder });
  } finally {
    await server.close();
  }
}

async function testVue(browser, folder) {
  const server = await serveStatic(join(folder, 'dist'));
  try {
    await testSinglePage(browser, server.url);
    await run('npm', ['run', 'typecheck'], { cwd: folder });
  } finally {
    await server.close();
  }
}

async function main() {
  const names = options.only;
  for (const name of names) {
    if (!EXAMPLES[name]) throw new Error(`Unknown example "${name}". Known: ${Object.keys(EXAMPLES).join(', ')}.`);
  }

  if (!options.skipBuild) {
    log('building the packages');
    await run('npm', ['run', 'build']);
    await run('npm', ['run', 'build', '-w', '@socle/react']);
  }

  if (!options.skipInstall) {
    const packDir = mkdtempSync(join(tmpdir(), 'socle-packs-'));
    try {
      log(`packing into ${packDir}`);
      const tarballs = await packPackages(packDir);
      log(`installing ${names.join(', ')}`);
      await Promise.all(names.map((name) => installExample(name, tarballs)));
    } finally {
      rmSync(packDir, { recursive: true, force: true });
    }
  }

  for (const name of names) {
    const example = EXAMPLES[name];
    if (!example.build) continue;
    log(`building example ${name}`);
    await run(example.build[0], example.build[1], { cwd: join(repository, 'examples', name), env: example.env ?? {} });
  }

  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  let passed = 0;
  let failed = 0;
  try {
    for (const name of names) {
      const testStarted = performance.now();
      try {
        await EXAMPLES[name].test(browser, join(repository, 'examples', name));
        passed += 1;
        log(`ok ${name} (${((performance.now() - testStarted) / 1000).toFixed(1)}s)`);
      } catch (error) {
        failed += 1;
        log(`FAILED ${name}: ${error instanceof Error ? error.message : error}`);
      }
    }
  } finally {
    await browser.close();
  }

  log(`done in ${((performance.now() - started) / 1000).toFixed(0)}s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
