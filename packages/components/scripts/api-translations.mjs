// Keeps the French translation of each element's API in step with the
// English class docblocks, which stay the single source of the API.
//
// Each element folder contains `src/<folder>/<folder>.api.fr.json`, keyed by tag
// name, then by kind of text, then by member name:
//
//   { "socle-button": {
//       "summary": { "en": "…", "fr": "…" },
//       "attributes": { "variant": { "en": "…", "fr": "…" } } } }
//
// `en` is the English text that `fr` translates. When a docblock changes, the
// stored `en` no longer matches the manifest and the entry is stale. The docs
// site and the editor data then show the English text until someone revises
// the French and copies the new English beside it.
//
// Usage, after `npm run build -w @socle/components`:
//   node packages/components/scripts/api-translations.mjs           lists missing, stale and orphan entries
//   node packages/components/scripts/api-translations.mjs --write   also adds an entry for each missing text
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Kinds of text stored once per element. */
export const ELEMENT_KINDS = ['summary', 'description'];

/** Kinds of text stored per member name, in the order of the docs site's API tables. */
export const MEMBER_KINDS = ['attributes', 'properties', 'methods', 'events', 'slots', 'cssParts', 'cssProperties'];

// Callbacks that the browser or Lit calls. The docs site's API tables leave
// them out (docs-site/src/lib/manifest.ts keeps the same list), so their
// docblocks are notes for maintainers and need no translation.
const LIFECYCLE_METHODS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'render',
  'update',
  'updated',
  'firstUpdated',
  'willUpdate',
  'shouldUpdate',
  'createRenderRoot',
]);

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * @typedef {{ kind: string, name: string, en: string }} ApiText
 *   One documented text. `name` is `''` for the element's summary and
 *   description, and for the default slot.
 * @typedef {{ tagName: string, folder: string, texts: ApiText[] }} ElementTexts
 * @typedef {{ en: string, fr: string }} TranslationEntry
 * @typedef {{ file: string, tagName: string, kind: string, name: string, en?: string, storedEn?: string }} Finding
 */

/**
 * Normalises white space the way Markdown reads it: line breaks inside a
 * paragraph become spaces, and paragraphs are separated by one blank line.
 * Rewrapping a docblock therefore leaves its translation up to date.
 * @param {string | undefined} text
 */
export function normalizeText(text) {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const isPublic = (member) =>
  (member.privacy === undefined || member.privacy === 'public') && !member.static && !member.name.startsWith('#');

/**
 * Lists the texts that the docs site's API tables and the editor data show
 * for one manifest declaration. Attributes take their own description, else
 * that of their field; fields that an attribute already covers are not
 * repeated under `properties`. Entries without a description are skipped.
 * @returns {ApiText[]}
 */
function declarationTexts(declaration) {
  /** @type {ApiText[]} */
  const texts = [];
  const add = (kind, name, description) => {
    const en = normalizeText(description);
    if (en !== '' && typeof name === 'string' && !texts.some((text) => text.kind === kind && text.name === name)) {
      texts.push({ kind, name, en });
    }
  };

  add('summary', '', declaration.summary);
  add('description', '', declaration.description);

  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const fieldsByName = new Map(fields.map((field) => [field.name, field]));
  const covered = new Set();
  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.fieldName ? fieldsByName.get(attribute.fieldName) : undefined;
    if (field) covered.add(field.name);
    add('attributes', attribute.name, attribute.description ?? field?.description);
  }
  for (const field of fields) {
    if (!covered.has(field.name)) add('properties', field.name, field.description);
  }

  for (const method of declaration.members ?? []) {
    if (method.kind === 'method' && isPublic(method) && !LIFECYCLE_METHODS.has(method.name)) {
      add('methods', method.name, method.description);
    }
  }

  for (const kind of ['events', 'slots', 'cssParts', 'cssProperties']) {
    for (const entry of declaration[kind] ?? []) add(kind, entry.name, entry.description ?? entry.summary);
  }
  return texts;
}

/**
 * Reads the Custom Elements Manifest at `path` and returns, for each custom
 * element sorted by tag name, the folder of its module and its texts.
 * @param {string | URL} path
 * @returns {ElementTexts[]}
 */
export function readApiTexts(path) {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  if (manifest.schemaVersion?.split('.')[0] !== '1') {
    throw new Error(`Unsupported Custom Elements Manifest schema "${manifest.schemaVersion}" in ${path}: expected 1.x.`);
  }

  /** @type {ElementTexts[]} */
  const elements = [];
  for (const module of manifest.modules ?? []) {
    const folder = module.path.match(/^src\/([^/]+)\//)?.[1];
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName || !folder) continue;
      elements.push({ tagName: declaration.tagName, folder, texts: declarationTexts(declaration) });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** Returns the path of a folder's translation file, relative to the package root. */
export function translationFile(folder) {
  return `src/${folder}/${folder}.api.fr.json`;
}

/**
 * Reads and checks the shape of one translation file, or returns an empty
 * object when the folder has none yet. Throws naming the file and the entry
 * when the shape is wrong.
 * @param {string} sourceRoot folder that contains `src/`
 * @param {string} folder
 * @returns {Record<string, Record<string, any>>}
 */
export function readTranslationFile(sourceRoot, folder) {
  const file = join(sourceRoot, translationFile(folder));
  if (!existsSync(file)) return {};

  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is invalid JSON: ${error.message}`);
  }

  const fail = (where, expected) => {
    throw new Error(`${file}: ${where} must be ${expected}.`);
  };
  const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  const checkEntry = (where, entry) => {
    if (!isObject(entry) || typeof entry.en !== 'string' || typeof entry.fr !== 'string') {
      fail(where, 'an object with the strings "en" and "fr"');
    }
  };

  if (!isObject(data)) fail('the file', 'an object keyed by tag name');
  for (const [tagName, element] of Object.entries(data)) {
    if (!isObject(element)) fail(`"${tagName}"`, 'an object keyed by kind of text');
    for (const [kind, value] of Object.entries(element)) {
      const where = `"${tagName}"."${kind}"`;
      if (ELEMENT_KINDS.includes(kind)) {
        checkEntry(where, value);
      } else if (MEMBER_KINDS.includes(kind)) {
        if (!isObject(value)) fail(where, 'an object keyed by member name');
        for (const [name, entry] of Object.entries(value)) checkEntry(`${where}."${name}"`, entry);
      } else {
        fail(`${where}`, `one of ${[...ELEMENT_KINDS, ...MEMBER_KINDS].join(', ')}`);
      }
    }
  }
  return data;
}

/** Returns the stored entry of one text, or undefined. */
function findEntry(file, tagName, kind, name) {
  const element = file[tagName];
  if (!element) return undefined;
  return ELEMENT_KINDS.includes(kind) ? element[kind] : element[kind]?.[name];
}

/**
 * Returns the French text of an English manifest text when the translation
 * file has an entry whose stored `en` matches it, otherwise undefined, so
 * that callers keep the English text rather than show an outdated
 * translation.
 * @param {Record<string, Record<string, any>>} file parsed translation file
 * @param {string} tagName
 * @param {string} kind one of ELEMENT_KINDS or MEMBER_KINDS
 * @param {string} name member name, `''` for element texts
 * @param {string | undefined} english current English text
 * @returns {string | undefined}
 */
export function frenchText(file, tagName, kind, name, english) {
  const en = normalizeText(english);
  const entry = findEntry(file, tagName, kind, name);
  if (en === '' || !entry || entry.fr.trim() === '') return undefined;
  return normalizeText(entry.en) === en ? entry.fr : undefined;
}

/**
 * Returns a copy of a manifest element (see manifest.mjs) whose summary,
 * description, attribute, event, slot, CSS part and CSS custom property
 * texts are French where the folder's translation file has an up-to-date
 * entry, and counts the texts left in English. `properties` stays in
 * English, because no generated file shows its descriptions.
 * @param {import('./manifest.mjs').ManifestElement} element
 * @param {string} sourceRoot folder that contains `src/`
 * @returns {{ element: import('./manifest.mjs').ManifestElement, untranslated: number }}
 */
export function translateElement(element, sourceRoot) {
  const file = readTranslationFile(sourceRoot, element.entry);
  let untranslated = 0;
  const translate = (kind, name, english) => {
    if (normalizeText(english) === '') return english;
    const french = frenchText(file, element.tagName, kind, name, english);
    if (french === undefined) untranslated += 1;
    return french ?? english;
  };
  const translateEntries = (kind, entries) =>
    entries.map((entry) => ({ ...entry, description: translate(kind, entry.name, entry.description) }));

  const translated = {
    ...element,
    summary: translate('summary', '', element.summary),
    description: translate('description', '', element.description),
    attributes: translateEntries('attributes', element.attributes),
    events: translateEntries('events', element.events),
    slots: translateEntries('slots', element.slots),
    cssParts: translateEntries('cssParts', element.cssParts),
    cssProperties: translateEntries('cssProperties', element.cssProperties),
  };
  return { element: translated, untranslated };
}

/**
 * Compares the manifest's texts with the translation files under
 * `sourceRoot`. A text is missing when it has no entry or an empty `fr`,
 * stale when the stored `en` differs from the manifest, and an entry is an
 * orphan when its element, kind or member no longer has a documented text.
 * @param {ElementTexts[]} elements
 * @param {string} sourceRoot folder that contains `src/`
 */
export function compareTranslations(elements, sourceRoot) {
  /** @type {Finding[]} */
  const missing = [];
  /** @type {Finding[]} */
  const stale = [];
  /** @type {Finding[]} */
  const orphans = [];
  let upToDate = 0;

  const folders = [...new Set(elements.map((element) => element.folder))].sort();
  for (const folder of folders) {
    const file = translationFile(folder);
    const translations = readTranslationFile(sourceRoot, folder);
    const folderElements = elements.filter((element) => element.folder === folder);

    for (const { tagName, texts } of folderElements) {
      for (const { kind, name, en } of texts) {
        const entry = findEntry(translations, tagName, kind, name);
        if (!entry || entry.fr.trim() === '') {
          missing.push({ file, tagName, kind, name, en });
        } else if (normalizeText(entry.en) !== en) {
          stale.push({ file, tagName, kind, name, en, storedEn: entry.en });
        } else {
          upToDate += 1;
        }
      }
    }

    for (const [tagName, element] of Object.entries(translations)) {
      const texts = folderElements.find((candidate) => candidate.tagName === tagName)?.texts ?? [];
      const documented = (kind, name) => texts.some((text) => text.kind === kind && text.name === name);
      for (const [kind, value] of Object.entries(element)) {
        if (ELEMENT_KINDS.includes(kind)) {
          if (!documented(kind, '')) orphans.push({ file, tagName, kind, name: '' });
          continue;
        }
        for (const name of Object.keys(value)) {
          if (!documented(kind, name)) orphans.push({ file, tagName, kind, name });
        }
      }
    }
  }
  return { missing, stale, orphans, upToDate };
}

/**
 * Maps each English text that has an up-to-date French translation somewhere
 * to that translation, first file and tag in alphabetical order winning.
 * @param {ElementTexts[]} elements
 * @param {string} sourceRoot
 */
function translationMemory(elements, sourceRoot) {
  /** @type {Map<string, string>} */
  const memory = new Map();
  for (const { tagName, folder, texts } of elements) {
    const translations = readTranslationFile(sourceRoot, folder);
    for (const { kind, name, en } of texts) {
      const fr = frenchText(translations, tagName, kind, name, en);
      if (fr !== undefined && !memory.has(en)) memory.set(en, fr);
    }
  }
  return memory;
}

/**
 * Rewrites the translation files so that every documented text has an entry,
 * in the order of the manifest. A new entry, or one whose `fr` is empty, gets
 * the current English and the French of an identical English text elsewhere
 * in the kit, or an empty `fr` to fill in. Stale entries are kept unchanged,
 * because only a translator can tell whether the French still holds, and
 * orphan entries are kept after the others for the translator to delete.
 * @param {ElementTexts[]} elements
 * @param {string} sourceRoot
 * @returns {{ files: string[], added: number, reused: number }}
 */
export function writeSkeletons(elements, sourceRoot) {
  const memory = translationMemory(elements, sourceRoot);
  const files = [];
  let added = 0;
  let reused = 0;

  const folders = [...new Set(elements.map((element) => element.folder))].sort();
  for (const folder of folders) {
    const previous = readTranslationFile(sourceRoot, folder);
    /** @type {Record<string, Record<string, any>>} */
    const next = {};

    for (const { tagName, texts } of elements.filter((element) => element.folder === folder)) {
      const element = (next[tagName] = {});
      for (const { kind, name, en } of texts) {
        let entry = findEntry(previous, tagName, kind, name);
        if (!entry || entry.fr.trim() === '') {
          const fr = memory.get(en) ?? '';
          entry = { en, fr };
          added += 1;
          if (fr !== '') reused += 1;
        }
        if (ELEMENT_KINDS.includes(kind)) element[kind] = entry;
        else (element[kind] ??= {})[name] = entry;
      }
    }

    for (const [tagName, element] of Object.entries(previous)) {
      const target = (next[tagName] ??= {});
      for (const [kind, value] of Object.entries(element)) {
        if (ELEMENT_KINDS.includes(kind)) {
          target[kind] ??= value;
          continue;
        }
        const members = (target[kind] ??= {});
        for (const [name, entry] of Object.entries(value)) members[name] ??= entry;
      }
    }

    const path = join(sourceRoot, translationFile(folder));
    const text = `${JSON.stringify(next, null, 2)}\n`;
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
      files.push(translationFile(folder));
    }
  }
  return { files, added, reused };
}

/** Formats a finding as one line: file, tag, kind and member name. */
export function describeFinding({ file, tagName, kind, name }) {
  const member = ELEMENT_KINDS.includes(kind) ? kind : `${kind}[${JSON.stringify(name)}]`;
  return `${file}  ${tagName} ${member}`;
}

function runCli() {
  const write = process.argv.includes('--write');
  const unknown = process.argv.slice(2).filter((argument) => argument !== '--write');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}. Usage: api-translations.mjs [--write]`);
    process.exit(2);
  }

  const manifestPath = join(packageRoot, 'custom-elements.json');
  if (!existsSync(manifestPath)) {
    console.error(`${relative(process.cwd(), manifestPath)} is missing. Run \`npm run build -w @socle/components\` first.`);
    process.exit(2);
  }
  const elements = readApiTexts(manifestPath);

  if (write) {
    const { files, added, reused } = writeSkeletons(elements, packageRoot);
    console.log(`Added ${added} entries in ${files.length} files; ${reused} took the French of an identical English text, review them.`);
    for (const file of files) console.log(`  wrote ${file}`);
  }

  const { missing, stale, orphans, upToDate } = compareTranslations(elements, packageRoot);
  for (const finding of missing) console.log(`missing  ${describeFinding(finding)}\n         en: ${finding.en}`);
  for (const finding of stale) {
    console.log(`stale    ${describeFinding(finding)}\n         en now:    ${finding.en}\n         en stored: ${finding.storedEn}`);
  }
  for (const finding of orphans) console.log(`orphan   ${describeFinding(finding)}: no such documented text, delete the entry`);

  const total = elements.reduce((sum, element) => sum + element.texts.length, 0);
  console.log(
    `${elements.length} elements, ${total} texts: ${upToDate} translated, ${missing.length} missing, ` +
      `${stale.length} stale, ${orphans.length} orphan entries.`,
  );
  if (stale.length > 0) {
    console.log('Revise the French of each stale entry, then copy the new English into its "en".');
  }
  if (!write && missing.length + stale.length + orphans.length > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runCli();
