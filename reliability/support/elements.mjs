// Reads the Custom Elements Manifest of @socle/components and describes
// every element for the reliability suite: its registration folder, its
// attributes (with the accepted values of enumerated ones) and its public
// writable properties. Every test of the suite starts from this list, so a
// new element is covered as soon as it appears in the manifest.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
export const componentsRoot = fileURLToPath(new URL('../../packages/components/', import.meta.url));
export const manifestPath = `${componentsRoot}custom-elements.json`;
export const cacheDirectory = fileURLToPath(new URL('../.cache/', import.meta.url));

/**
 * @typedef {object} AttributeInfo
 * @property {string} name Attribute name, such as `heading-level`.
 * @property {string | undefined} fieldName Property that the attribute sets.
 * @property {string} type Type text from the manifest.
 * @property {string[] | undefined} enumValues Accepted values when the type is a union of string literals.
 */

/**
 * @typedef {object} PropertyInfo
 * @property {string} name Property name.
 * @property {string} type Type text from the manifest.
 */

/**
 * @typedef {object} ElementInfo
 * @property {string} tagName Such as `socle-button`.
 * @property {string} className Such as `SocleButton`.
 * @property {string} folder Folder under src/, also the public entry `@socle/components/<folder>`.
 * @property {boolean} hasDefine Whether src/<folder>/define.ts exists.
 * @property {string[]} slots Slot names from the docblock; `''` is the default slot.
 * @property {AttributeInfo[]} attributes
 * @property {PropertyInfo[]} properties Public, writable, non-static fields.
 */

/** Reads the manifest and returns one entry per custom element, sorted by tag name. */
export function readElements() {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  /** @type {Array<{ declaration: any, path: string }>} */
  const found = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) found.push({ declaration, path: module.path });
    }
  }

  const enumTypes = cachedEnumTypes(found);
  return found
    .map(({ declaration, path }) => describeElement(declaration, path, enumTypes))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** @returns {ElementInfo} */
function describeElement(declaration, path, enumTypes) {
  const folder = path.split('/')[1];
  const attributes = (declaration.attributes ?? []).map((attribute) => ({
    name: attribute.name,
    fieldName: attribute.fieldName,
    type: attribute.type?.text ?? '',
    enumValues: enumTypes.get(`${declaration.tagName} ${attribute.fieldName}`),
  }));
  const properties = (declaration.members ?? [])
    .filter((member) => member.kind === 'field' && !member.privacy && !member.static && !member.readonly)
    .filter((member) => !member.name.startsWith('_'))
    .map((member) => ({ name: member.name, type: member.type?.text ?? '' }));

  return {
    tagName: declaration.tagName,
    className: declaration.name,
    folder,
    hasDefine: existsSync(`${componentsRoot}src/${folder}/define.ts`),
    slots: (declaration.slots ?? []).map((slot) => slot.name),
    attributes,
    properties,
  };
}

/**
 * Returns the enumerated types from the cache when neither the manifest nor
 * any source file changed since they were computed, because building a
 * TypeScript program takes several seconds.
 */
function cachedEnumTypes(found) {
  const hash = createHash('sha256').update(readFileSync(manifestPath));
  for (const file of readdirSync(`${componentsRoot}src`, { recursive: true, encoding: 'utf8' }).sort()) {
    if (file.endsWith('.ts')) hash.update(`${file} ${statSync(`${componentsRoot}src/${file}`).mtimeMs}`);
  }
  const key = hash.digest('hex');
  const cacheFile = `${cacheDirectory}enum-types.json`;
  if (existsSync(cacheFile)) {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8'));
    if (cached.key === key) return new Map(cached.entries);
  }

  const enumTypes = resolveEnumTypes(found);
  mkdirSync(cacheDirectory, { recursive: true });
  writeFileSync(cacheFile, JSON.stringify({ key, entries: [...enumTypes] }));
  return enumTypes;
}

/** Returns the folders under src/ that have a registration module (define.ts), sorted. */
export function registrationFolders() {
  return readdirSync(`${componentsRoot}src`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${componentsRoot}src/${entry.name}/define.ts`))
    .map((entry) => entry.name)
    .sort();
}

/**
 * Resolves attribute types to their string literals with the TypeScript
 * checker, because the manifest keeps aliases such as `ButtonVariant` or
 * `(typeof ICON_POSITIONS)[number]` as written. Returns a map from
 * "<tag> <field>" to the accepted values, for fields whose type, without
 * `undefined`, `null` and `''`, is a union of string literals.
 */
function resolveEnumTypes(found) {
  const require = createRequire(import.meta.url);
  const ts = require('typescript');
  if (typeof ts.createProgram !== 'function') {
    throw new Error('The installed typescript package has no compiler API; the suite needs TypeScript 5.x to read enumerated attribute types.');
  }

  const configPath = `${componentsRoot}tsconfig.json`;
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`Cannot read ${configPath}.`);
  const rootNames = [...new Set(found.map(({ path }) => `${componentsRoot}${path}`))];
  const program = ts.createProgram({ rootNames, options: { ...parsed.options, noEmit: true } });
  const checker = program.getTypeChecker();

  const result = new Map();
  for (const { declaration, path } of found) {
    const source = program.getSourceFile(`${componentsRoot}${path}`);
    const classNode = source && findClass(ts, source, declaration.name);
    if (!classNode) continue;
    const instanceType = checker.getTypeAtLocation(classNode);
    for (const attribute of declaration.attributes ?? []) {
      if (!attribute.fieldName) continue;
      const symbol = checker.getPropertyOfType(instanceType, attribute.fieldName);
      if (!symbol) continue;
      const literals = stringLiterals(ts, checker.getTypeOfSymbolAtLocation(symbol, classNode));
      if (literals) result.set(`${declaration.tagName} ${attribute.fieldName}`, literals);
    }
  }
  return result;
}

function findClass(ts, source, name) {
  let match;
  ts.forEachChild(source, (node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === name) match = node;
  });
  return match;
}

/** Returns the non-empty string literals of a union type, or undefined when any member is not a string literal. */
function stringLiterals(ts, type) {
  const members = type.isUnion() ? type.types : [type];
  const literals = [];
  for (const member of members) {
    if (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) continue;
    if (!member.isStringLiteral()) return undefined;
    if (member.value !== '') literals.push(member.value);
  }
  return literals.length > 1 ? literals : undefined;
}
