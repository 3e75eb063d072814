// Runs axe-core on every HTML page of dist/ (found on disk, so a new page is
// never left out), in Starlight's light and dark themes, in headless
// Chromium. Each page loads once and is checked in both themes, two pages at
// a time. Serves dist/ on 127.0.0.1 for the run only. Run after
// `npm run build`: `npm run test:a11y`. CHROME_PATH overrides the browser
// (default /usr/bin/chromium).
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
// Every page Astro wrote, as the path a browser requests: "composants/bouton/index.html" → "/composants/bouton/".
const ROUTES = (await readdir(dist, { recursive: true }))
  .filter((file) => file.endsWith('.html'))
  .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
  .sort();
// SOCLE_A11Y_THEMES=light runs one Starlight theme only, for a quicker local run.
const THEMES = (process.env.SOCLE_A11Y_THEMES ?? 'light,dark').split(',');
const WORKERS = 2;
const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

// Rules disabled because their only violations come from Starlight 0.37's own
// markup, not from this site's pages. The accessibility statement lists both.
const DISABLED_RULES = [
  'label-content-name-mismatch', // Starlight's search button: aria-label "Rechercher" beside visible "Ctrl K".
  'landmark-unique', // Expressive Code gives scrollable code blocks role="region" without a unique name.
];

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
  let file = join(dist, path);
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-extensions'],
});

const failures = [];
let checks = 0;

/** Waits until every socle-* element of the live examples is defined; returns the tags that never are. */
function undefinedExampleTags(page) {
  const listUndefined = () =>
    [...new Set([...document.querySelectorAll('.socle-example-preview *')].map((element) => element.localName))].filter(
      (tag) => tag.startsWith('socle-') && customElements.get(tag) === undefined,
    );
  return page
    .waitForFunction(listUndefined, null, { timeout: 10_000 })
    .then(() => [])
    .catch(() => page.evaluate(listUndefined));
}

/**
 * Switches Starlight's theme the way its selector does (data-theme on <html>,
 * which the live examples copy to data-socle-scheme) and waits until the
 * examples follow and the page has painted.
 */
async function showTheme(page, theme) {
  await page.evaluate((value) => {
    document.documentElement.dataset.theme = value;
  }, theme);
  // Only pages with live examples load the script that copies the theme.
  await page.waitForFunction(
    (value) => document.querySelector('.socle-example-preview') === null || document.documentElement.dataset.socleScheme === value,
    theme,
  );
  // Colours change through CSS transitions: axe must see their end state.
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof window.CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
  });
}

async function checkPage(browser, route) {
  const page = await browser.newPage();
  const report = (theme, text) => failures.push(`${route}${theme ? ` (${theme})` : ''}: ${text}`);
  page.on('pageerror', (error) => report('', `script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') report('', `console error: ${message.text()}`);
  });
  try {
    await page.goto(`${origin}${route}`);
    // The live examples upgrade asynchronously; axe must see the rendered elements.
    for (const tag of await undefinedExampleTags(page)) report('', `<${tag}> is never defined in the live example`);
    // Expressive Code makes overflowing code blocks focusable from a
    // ResizeObserver, after the load event; on a busy machine axe can run first.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.tabIndex === 0),
    );
    await page.addScriptTag({ content: axeSource });
    for (const theme of THEMES) {
      await showTheme(page, theme);
      const violations = await page.evaluate(
        (disabled) =>
          window.axe
            .run(document, { rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])) })
            .then((result) => result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)),
        DISABLED_RULES,
      );
      for (const violation of violations) report(theme, violation);
      checks += 1;
    }
  } catch (error) {
    report('', `the check could not finish: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
}

const queue = [...ROUTES];
try {
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      for (let route = queue.shift(); route !== undefined; route = queue.shift()) await checkPage(browser, route);
    }),
  );
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`Accessibility check failed (${failures.length}):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(`Accessibility check passed: ${ROUTES.length} pages, ${checks} axe runs (${THEMES.join(' and ')}), no violation.`);
