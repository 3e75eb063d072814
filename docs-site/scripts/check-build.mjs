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

const componentPages = JSON.parse(readFileSync(fileURLToPath(new URL('../src/data/component-pages.json', import.meta.url)), 'utf8'));
const ROUTES = [
  '',
  'demarrer',
  'demarrer/react',
  'demarrer/vue',
  'demarrer/angular',
  'demarrer/ssr',
  'themes-et-jetons',
  'reference-des-jetons',
  'modeles/demande-etat-civil',
  'modeles/formulaire-recapitulatif',
  'rgaa',
  'accessibilite',
  'journal-des-modifications',
  ...componentPages.map((page) => `composants/${page.slug}`),
];

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
    // French pages show the translations of button.api.fr.json, English pages the docblock text.
    const translations = JSON.parse(readFileSync(join(packages, 'components/src/button/button.api.fr.json'), 'utf8'));
    for (const [name, entry] of Object.entries(translations['socle-button']?.cssProperties ?? {})) {
      const text = path.startsWith('en/') ? entry.en : entry.fr;
      if (/[`&<>"']/.test(text)) continue;
      check(api.includes(text), `/${path}: API tables lack the description of ${name}: "${text}"`);
    }
    // Live examples: the page's script bundle must define the real element.
    check(countMatches(html, /<div class="socle-example-preview" data-socle-example-theme="socle">/g) >= 5, `/${path}: fewer than 5 live examples`);
    check(/<socle-button[\s>]/.test(html), `/${path}: no <socle-button> in the live examples`);
  }
}

const bundles = readdirSync(join(dist, '_astro')).filter((file) => file.endsWith('.js'));
const definesButton = bundles.some((file) => readFileSync(join(dist, '_astro', file), 'utf8').includes('"socle-button"'));
check(definesButton, '_astro/*.js: no bundle registers "socle-button"; the live examples would stay inert');
// The live examples' style sheet contains the four themes, each scoped to the examples that pick it.
const exampleThemes = readFileSync(join(dist, 'example-themes.css'), 'utf8');
for (const theme of ['socle', 'etat', 'commune-exemple', 'contraste-eleve']) {
  check(
    new RegExp(`\\[data-socle-example-theme="${theme}"\\] \\{[^}]*--socle-color-action-primary-background`).test(exampleThemes),
    `example-themes.css: the ${theme} theme is missing, so the live examples cannot show it`,
  );
}
check(!/^\s*:root\s*\{/m.test(exampleThemes), 'example-themes.css: a rule still targets :root, so one theme would style the whole page');

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

// Every element of the manifest has a component page, in both languages,
// with its API tables and its RGAA table.
const manifestTags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
const pageOfTag = new Map(componentPages.flatMap((page) => page.tags.map((tag) => [tag, page.slug])));
for (const tag of manifestTags) {
  const slug = pageOfTag.get(tag);
  check(slug !== undefined, `<${tag}> has no component page in src/data/component-pages.json`);
  if (!slug) continue;
  for (const prefix of ['', 'en/']) {
    const html = pages.get(`${prefix}composants/${slug}`) ?? '';
    check(html.includes(`data-socle-api="${tag}"`), `/${prefix}composants/${slug}: no API tables for <${tag}>`);
  }
}
for (const tag of pageOfTag.keys()) check(manifestTags.includes(tag), `src/data/component-pages.json lists <${tag}>, which the manifest does not declare`);

// Every RGAA matrix file is valid, covers elements of the manifest, and is
// rendered on its element's page and in the overview.
const STATUSES = ['covered', 'partly', 'service'];
const sourceDir = join(packages, 'components/src');
const rgaaTags = new Set();
let rgaaFiles = 0;
for (const folder of readdirSync(sourceDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
  const file = join(sourceDir, folder.name, `${folder.name}.rgaa.json`);
  if (!existsSync(file)) continue;
  rgaaFiles += 1;
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    failures.push(`${file}: invalid JSON (${error.message})`);
    continue;
  }
  const where = `${folder.name}.rgaa.json`;
  check(manifestTags.includes(data.element), `${where}: "element" ${JSON.stringify(data.element)} is not in the manifest`);
  for (const tag of [data.element, ...(data.related ?? [])]) rgaaTags.add(tag);
  check(Array.isArray(data.criteria) && data.criteria.length > 0, `${where}: "criteria" must be a non-empty array`);
  const seen = new Set();
  for (const entry of data.criteria ?? []) {
    check(/^\d{1,2}\.\d{1,2}$/.test(entry.criterion ?? ''), `${where}: invalid criterion ${JSON.stringify(entry.criterion)}`);
    check(!seen.has(entry.criterion), `${where}: criterion ${entry.criterion} listed twice`);
    seen.add(entry.criterion);
    check(STATUSES.includes(entry.status), `${where}: criterion ${entry.criterion} has status ${JSON.stringify(entry.status)}`);
    check(typeof entry.how === 'string' && entry.how.trim() !== '', `${where}: criterion ${entry.criterion} has no "how"`);
    check(typeof entry.howEn === 'string' && entry.howEn.trim() !== '', `${where}: criterion ${entry.criterion} has no "howEn"`);
  }
  const slug = pageOfTag.get(data.element);
  for (const prefix of ['', 'en/']) {
    const html = pages.get(`${prefix}composants/${slug}`) ?? '';
    check(html.includes(`data-socle-rgaa="${data.element}"`), `/${prefix}composants/${slug}: no RGAA table for <${data.element}>`);
    check((pages.get(`${prefix}rgaa`) ?? '').includes(`data-socle-rgaa-row="${data.element}"`), `/${prefix}rgaa: no row for <${data.element}>`);
  }
}
for (const tag of manifestTags) check(rgaaTags.has(tag), `<${tag}> is covered by no .rgaa.json file`);

// The changelog page lists every pending changeset.
const changesetDir = fileURLToPath(new URL('../../.changeset/', import.meta.url));
const changesetIds = existsSync(changesetDir) ? readdirSync(changesetDir).filter((file) => file.endsWith('.md') && file !== 'README.md') : [];
for (const path of ['journal-des-modifications', 'en/journal-des-modifications']) {
  for (const file of changesetIds) {
    check((pages.get(path) ?? '').includes(`data-socle-changeset="${file.slice(0, -3)}"`), `/${path}: changeset ${file} missing`);
  }
}

// Search works offline: Starlight's Pagefind index is written into dist/.
check(existsSync(join(dist, 'pagefind/pagefind.js')), 'pagefind/pagefind.js missing: the search index was not built');

if (failures.length > 0) {
  console.error(`Docs site check failed (${failures.length}):`);
  for (const failure of failures) console.error(`  - ${failure}`);
  process.exit(1);
}
console.log(`Docs site check passed: ${pages.size} pages, ${manifestTags.length} elements, ${rgaaFiles} RGAA files, ${tokens.length} tokens, ${pairs.length} contrast pairs.`);
