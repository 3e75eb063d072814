import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContrast } from './contrast.js';
import { buildThemeCss } from './css.js';
import { buildThemeDeclarations, buildThemeJson, buildThemeModule } from './outputs.js';
import { composeTheme, listThemes, readContrastPairs, SCHEMES } from './source.js';
import { cssValues, PREFIX } from './style-dictionary.js';
import { aliasTarget } from './model.js';
import { writeFileAtomic } from './write.js';

/**
 * @typedef {import('./source.js').ComposedTheme} ComposedTheme
 * @typedef {import('./contrast.js').ContrastResult} ContrastResult
 * @typedef {object} BuiltTheme
 * @property {string} theme
 * @property {ComposedTheme} light
 * @property {ComposedTheme} dark
 * @property {string} css
 * @property {Map<string, string | number>} lightValues
 * @property {Map<string, string | number>} darkValues
 * @property {Record<string, string>} reducedMotion
 * @property {ContrastResult[]} contrast
 */

/**
 * Composes, checks and formats one theme in both schemes. Nothing is written.
 * @param {{ sourceDir: string, theme: string, name?: string, overrideLayers?: (scheme: import('./source.js').Scheme) => import('./model.js').Layer[] }} options
 *   `name` labels the output (defaults to `theme`); `overrideLayers` adds user layers per scheme.
 * @returns {Promise<BuiltTheme>}
 */
export async function buildTheme({ sourceDir, theme, name = theme, overrideLayers = () => [] }) {
  const pairs = readContrastPairs(sourceDir);
  const [light, dark] = SCHEMES.map((scheme) => {
    const composed = composeTheme({ sourceDir, theme, scheme, extraLayers: overrideLayers(scheme) });
    return { ...composed, theme: name };
  });
  const built = /** @type {[ComposedTheme, ComposedTheme]} */ ([light, dark]);

  /** @type {Record<string, string>} */
  const reducedMotion = {};
  for (const token of built[0].tokens.values()) {
    if (typeof token.extensions.reducedMotion === 'string') reducedMotion[token.path.join('-')] = token.extensions.reducedMotion;
  }

  return {
    theme: name,
    light: built[0],
    dark: built[1],
    css: await buildThemeCss(built[0], built[1]),
    lightValues: await cssValues(built[0]),
    darkValues: await cssValues(built[1]),
    reducedMotion,
    contrast: [...checkContrast(built[0], pairs), ...checkContrast(built[1], pairs)],
  };
}

/**
 * Builds the token catalogue (json/tokens.json): one entry per token with its
 * tier, description, alias (as written in the first theme that has it, "socle" first)
 * and values in every theme and scheme.
 * @param {BuiltTheme[]} themes
 */
export function buildCatalogue(themes) {
  /** @type {Map<string, any>} */
  const entries = new Map();
  for (const built of themes) {
    for (const token of built.light.tokens.values()) {
      const name = token.path.join('-');
      if (!entries.has(name)) {
        entries.set(name, {
          name,
          cssVar: `--${PREFIX}-${name}`,
          path: token.path,
          type: token.type,
          tier: token.tier,
          description: token.description,
          alias: aliasTarget(token.value) === undefined ? null : String(token.value),
          values: {},
        });
      }
      entries.get(name).values[built.theme] = { light: built.lightValues.get(name), dark: built.darkValues.get(name) };
    }
  }
  return [...entries.values()];
}

/**
 * Builds every shipped theme. When a contrast pair fails, nothing is written
 * and the failures are returned; otherwise dist/ is replaced.
 * @param {{ sourceDir: string, outDir: string }} options
 * @returns {Promise<{ themes: BuiltTheme[], failures: ContrastResult[] }>}
 */
export async function buildAll({ sourceDir, outDir }) {
  const themes = [];
  for (const theme of listThemes(sourceDir)) {
    themes.push(await buildTheme({ sourceDir, theme }));
  }
  const contrast = themes.flatMap((built) => built.contrast);
  const failures = contrast.filter((result) => !result.pass);
  if (failures.length > 0) return { themes, failures };

  rmSync(outDir, { recursive: true, force: true });
  for (const built of themes) {
    writeFileAtomic(join(outDir, 'css', `${built.theme}.css`), built.css);
    writeFileAtomic(join(outDir, 'js', `${built.theme}.js`), buildThemeModule(built.theme, built.lightValues, built.darkValues, built.reducedMotion));
    writeFileAtomic(join(outDir, 'js', `${built.theme}.d.ts`), buildThemeDeclarations(built.lightValues, built.reducedMotion));
    writeFileAtomic(join(outDir, 'json', `${built.theme}.json`), buildThemeJson(built.lightValues, built.darkValues));
  }
  writeFileAtomic(join(outDir, 'json', 'tokens.json'), `${JSON.stringify(buildCatalogue(themes), null, 2)}\n`);
  writeFileAtomic(join(outDir, 'json', 'contrast.json'), `${JSON.stringify(contrast, null, 2)}\n`);
  // The CLI of the published package reads its base themes from this copy.
  cpSync(sourceDir, join(outDir, 'tokens'), { recursive: true });
  return { themes, failures };
}
