import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonFile } from './json-file.js';
import { mergeLayers } from './model.js';
import { resolveTokens } from './resolve.js';

/**
 * @typedef {'light' | 'dark'} Scheme
 * @typedef {import('./model.js').Layer} Layer
 * @typedef {import('./model.js').Token} Token
 * @typedef {{ theme: string, scheme: Scheme, tokens: Map<string, Token>, resolved: Map<string, unknown> }} ComposedTheme
 */

export const SCHEMES = /** @type {const} */ (['light', 'dark']);

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Finds the DTCG source folder. Inside the Socle repository it is the
 * top-level tokens/ folder; in the published package the build copies it to
 * dist/tokens/.
 */
export function defaultSourceDir() {
  const repositoryRoot = join(PACKAGE_DIR, '..', '..');
  const manifest = join(repositoryRoot, 'package.json');
  if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'socle-monorepo') {
    return join(repositoryRoot, 'tokens');
  }
  return join(PACKAGE_DIR, 'dist', 'tokens');
}

/**
 * Lists the shipped themes (the folders under themes/), "socle" first.
 * @param {string} sourceDir
 */
export function listThemes(sourceDir) {
  const themes = readdirSync(join(sourceDir, 'themes'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return ['socle', ...themes.filter((theme) => theme !== 'socle')];
}

/**
 * Tells whether a file applies to a scheme: "x-dark.json" and "dark.json"
 * apply to dark only, "x-light.json" and "light.json" to light only, others to both.
 * @param {string} fileName
 * @param {Scheme} scheme
 */
function appliesTo(fileName, scheme) {
  const match = /(?:^|-)(light|dark)\.json$/.exec(fileName);
  return !match || match[1] === scheme;
}

/**
 * Reads the JSON files of a folder that apply to a scheme: files for both schemes first.
 * @param {string} sourceDir
 * @param {string} folder
 * @param {Scheme} scheme
 * @param {import('./model.js').Tier} tier
 * @returns {Layer[]}
 */
function folderLayers(sourceDir, folder, scheme, tier) {
  const path = join(sourceDir, folder);
  if (!existsSync(path)) return [];
  const names = readdirSync(path).filter((name) => name.endsWith('.json') && appliesTo(name, scheme)).sort();
  const schemeSpecific = (/** @type {string} */ name) => (/(?:^|-)(light|dark)\.json$/.test(name) ? 1 : 0);
  names.sort((a, b) => schemeSpecific(a) - schemeSpecific(b));
  return names.map((name) => {
    const file = join(path, name);
    return { tree: readJsonFile(file), file: relative(join(sourceDir, '..'), file), tier };
  });
}

/**
 * Lists the layers of a shipped theme and scheme, in the order they apply:
 * primitives, semantic, components, then the theme's own files.
 * Tokens that a theme adds are primitives (a theme only adds palette steps or font stacks).
 * @param {string} sourceDir
 * @param {string} theme
 * @param {Scheme} scheme
 * @returns {Layer[]}
 */
export function themeLayers(sourceDir, theme, scheme) {
  if (!existsSync(join(sourceDir, 'themes', theme))) {
    throw new Error(`unknown theme "${theme}"`);
  }
  return [
    ...folderLayers(sourceDir, 'primitives', scheme, 'primitive'),
    ...folderLayers(sourceDir, 'semantic', scheme, 'semantic'),
    ...folderLayers(sourceDir, 'components', scheme, 'component'),
    ...folderLayers(sourceDir, join('themes', theme), scheme, 'primitive'),
  ];
}

/**
 * Merges and resolves a theme for one scheme, with optional extra layers on top.
 * @param {{ sourceDir: string, theme: string, scheme: Scheme, extraLayers?: Layer[] }} options
 * @returns {ComposedTheme}
 */
export function composeTheme({ sourceDir, theme, scheme, extraLayers = [] }) {
  const tokens = mergeLayers([...themeLayers(sourceDir, theme, scheme), ...extraLayers]);
  const resolved = resolveTokens(tokens);
  return { theme, scheme, tokens, resolved };
}

/**
 * Reads the declared contrast pairs and expands them to one entry per background.
 * @param {string} sourceDir
 * @returns {Array<{ foreground: string, background: string, kind: import('./contrast.js').ContrastKind }>}
 */
export function readContrastPairs(sourceDir) {
  const data = /** @type {{ pairs: Array<{ foreground: string, background: string[], kind: import('./contrast.js').ContrastKind }> }} */ (
    readJsonFile(join(sourceDir, 'contrast-pairs.json'))
  );
  return data.pairs.flatMap((pair) => pair.background.map((background) => ({ foreground: pair.foreground, background, kind: pair.kind })));
}
