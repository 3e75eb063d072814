// Runs axe-core on every built page of dist/, in French and English, in
// Starlight's light and dark themes, in headless Chromium. Serves dist/ on
// 127.0.0.1 for the run only. Run after `npm run build`: `npm run test:a11y`.
// CHROME_PATH overrides the browser (default /usr/bin/chromium).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const componentPages = JSON.parse(await readFile(new URL('../src/data/component-pages.json', import.meta.url), 'utf8'));
const ROUTES = [
  '',
  'demarrer/',
  'demarrer/react/',
  'demarrer/vue/',
  'demarrer/angular/',
  'demarrer/ssr/',
  'themes-et-jetons/',
  'reference-des-jetons/',
  'modeles/demande-etat-civil/',
  'modeles/formulaire-recapitulatif/',
  'rgaa/',
  'accessibilite/',
  'journal-des-modifications/',
  ...componentPages.map((page) => `composants/${page.slug}/`),
];
// SOCLE_A11Y_THEMES=light runs one Starlight theme only, for a quicker local run.
const THEMES = (process.env.SOCLE_A11Y_THEMES ?? 'light,dark').split(',');
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
let pageCount = 0;
try {
  for (const theme of THEMES) {
    for (const prefix of ['/', '/en/']) {
      for (const route of ROUTES) {
        const url = `${origin}${prefix}${route}`;
        const page = await browser.newPage();
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        page.on('pageerror', (error) => failures.push(`${prefix}${route} (${theme}): script error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') failures.push(`${prefix}${route} (${theme}): console error: ${message.text()}`);
        });
        await page.goto(url);
        // The live examples upgrade asynchronously; axe must see the rendered
        // elements, so every socle-* element of a preview must be defined.
        const undefinedTags = await page
          .waitForFunction(
            () => {
              const tags = [...document.querySelectorAll('.socle-example-preview *')].map((element) => element.localName).filter((tag) => tag.startsWith('socle-'));
              return tags.every((tag) => customElements.get(tag) !== undefined);
            },
            null,
            { timeout: 10_000 },
          )
          .then(() => [])
          .catch(() =>
            page.evaluate(() =>
              [...new Set([...document.querySelectorAll('.socle-example-preview *')].map((element) => element.localName))].filter(
                (tag) => tag.startsWith('socle-') && customElements.get(tag) === undefined,
              ),
            ),
          );
        for (const tag of undefinedTags) failures.push(`${prefix}${route} (${theme}): <${tag}> is never defined in the live example`);
        // Expressive Code makes overflowing code blocks focusable from a
        // ResizeObserver, after the load event; on a busy machine axe can run first.
        await page.waitForFunction(() =>
          [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.tabIndex === 0),
        );
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(
          (disabled) =>
            window.axe
              .run(document, { rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])) })
              .then((result) => result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)),
          DISABLED_RULES,
        );
        for (const violation of violations) failures.push(`${prefix}${route} (${theme}): ${violation}`);
        pageCount += 1;
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`Accessibility check failed (${failures.length}):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(`Accessibility check passed: ${pageCount} page renders, no axe violation.`);
