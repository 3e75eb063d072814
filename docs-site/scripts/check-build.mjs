// Checks the built site in dist/ after `astro build`: every page exists in
// French and English, the generated tables match their sources, the live
// examples ship the real element, the Pagefind index exists, and no page
// loads anything from another host (the site must work offline).
// Exit code 1 lists every failed check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
const failures = [];

function check(condition, message) {
  if (!condition) failures.push(message);
}

function readPage(route) {
  const file = join(dist, route, 'index.html');
  if (!existsSync(file)) {
    failures.push(`${route}: page missing (${file})`);
    return '';
  }
  return readFileSync(file, 'utf8');
}

/** Counts the matches of the global regular expression `pattern` in `html`. */
function countMatches(html, pattern) {
  return [...html.matchAll(pattern)].length;
}

const ROUTES = ['', 'demarrer', 'themes-et-jetons', 'reference-des-jetons', 'composants/bouton', 'accessibilite'];

// Every page exists in both languages, with the right lang attribute.
const pages = new Map();
for (const route of ROUTES) {
  for (const [prefix, lang] of [['', 'fr'], ['en/', 'en']]) {
    const path = `${prefix}${route}`;
    const html = readPage(path);
    pages.set(path, html);
    if (html) check(html.includes(`<html lang="${lang}"`), `/${path}: <html lang="${lang}"> missing`);
  }
}

// No resource from another host: scripts, styles, images, fonts and frames
// must be local. Links (<a href>) to other sites are allowed.
const REMOTE_RESOURCE = /<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(?:https?:)?\/\/[^"]*"/gi;
for (const [path, html] of pages) {
  const remote = html.match(REMOTE_RESOURCE);
  check(remote === null, `/${path}: loads a remote resource: ${remote?.[0]}`);
}
const stylesheets = readdirSync(join(dist, '_astro')).filter((file) => file.endsWith('.css'));
for (const file of stylesheets) {
  const css = readFileSync(join(dist, '_astro', file), 'utf8');
  check(!/@import\s+url\(\s*["']?https?:|url\(\s*["']?https?:\/\//i.test(css), `_astro/${file}: references a remote URL`);
}

// The API tables list every public attribute, slot, event, part and custom
// property of <socle-button> from the Custom Elements Manifest.
const manifest = JSON.parse(readFileSync(join(packages, 'components/custom-elements.json'), 'utf8'));
const button = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === 'socle-button');
check(button !== undefined, 'custom-elements.json: <socle-button> not found');
if (button) {
  for (const [path, html] of [['composants/bouton', pages.get('composants/bouton')], ['en/composants/bouton', pages.get('en/composants/bouton')]]) {
    const start = html.indexOf('data-socle-api="socle-button"');
    check(start !== -1, `/${path}: API tables missing`);
    const api = start === -1 ? '' : html.slice(start);
    const expected = [
      ...(button.attributes ?? []).map((entry) => entry.name),
      ...(button.events ?? []).map((entry) => entry.name),
      ...(button.cssParts ?? []).map((entry) => entry.name),
      ...(button.cssProperties ?? []).map((entry) => entry.name),
      ...(button.slots ?? []).filter((entry) => entry.name !== '').map((entry) => entry.name),
    ];
    for (const name of expected) {
      check(api.includes(`<code>${name}</code>`), `/${path}: API tables lack "${name}"`);
    }
    // Live examples: the page's script bundle must define the real element.
    check(countMatches(html, /<div class="socle-example-preview">/g) >= 5, `/${path}: fewer than 5 live examples`);
    check(/<socle-button[\s>]/.test(html), `/${path}: no <socle-button> in the live examples`);
  }
}

const bundles = readdirSync(join(dist, '_astro')).filter((file) => file.endsWith('.js'));
const definesButton = bundles.some((file) => readFileSync(join(dist, '_astro', file), 'utf8').includes('"socle-button"'));
check(definesButton, '_astro/*.js: no bundle registers "socle-button"; the live examples would stay inert');
check(
  stylesheets.some((file) => readFileSync(join(dist, '_astro', file), 'utf8').includes('--socle-color-action-primary-background')),
  '_astro/*.css: the Socle theme CSS is not bundled, so the live examples are unstyled',
);

// The token reference has one row per token and one per contrast pair.
const tokens = JSON.parse(readFileSync(join(packages, 'tokens/dist/json/tokens.json'), 'utf8'));
const pairs = JSON.parse(readFileSync(join(packages, 'tokens/dist/json/contrast.json'), 'utf8'));
for (const path of ['reference-des-jetons', 'en/reference-des-jetons']) {
  const html = pages.get(path);
  const tokenRows = countMatches(html, /<code class="socle-token-name">/g);
  check(tokenRows === tokens.length, `/${path}: ${tokenRows} token rows, expected ${tokens.length}`);
  const pairRows = countMatches(html, /class="socle-contrast-sample[ "]/g);
  check(pairRows === pairs.length, `/${path}: ${pairRows} contrast rows, expected ${pairs.length}`);
}

// Search works offline: Starlight's Pagefind index is written into dist/.
check(existsSync(join(dist, 'pagefind/pagefind.js')), 'pagefind/pagefind.js missing: the search index was not built');

if (failures.length > 0) {
  console.error(`Docs site check failed (${failures.length}):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(`Docs site check passed: ${pages.size} pages, ${tokens.length} tokens, ${pairs.length} contrast pairs.`);
