import { formatCssBlocks, PREFIX } from './style-dictionary.js';
import { EXTENSION_KEY } from './model.js';

/** @typedef {import('./source.js').ComposedTheme} ComposedTheme */

export const DARK_ATTRIBUTE_SELECTOR = '[data-socle-scheme="dark"]';
export const LIGHT_ATTRIBUTE_SELECTOR = '[data-socle-scheme="light"]';
export const DARK_MEDIA = '@media (prefers-color-scheme: dark)';
export const DARK_MEDIA_SELECTOR = ':root:not([data-socle-scheme="light"])';
export const REDUCED_MOTION_MEDIA = '@media (prefers-reduced-motion: reduce)';

/**
 * Lists the flat names of tokens whose resolved value differs between schemes.
 * Tokens that only alias a changed token are included, so that a subtree with
 * data-socle-scheme="dark" recomputes them instead of inheriting light values.
 * @param {ComposedTheme} light
 * @param {ComposedTheme} dark
 */
export function namesChangedInDark(light, dark) {
  const changed = new Set();
  for (const [key, value] of dark.resolved) {
    if (JSON.stringify(value) !== JSON.stringify(light.resolved.get(key))) {
      changed.add(key.replaceAll('.', '-'));
    }
  }
  return changed;
}

/**
 * Builds the stylesheet of a theme: light values on :root, dark values under
 * [data-socle-scheme="dark"] and under prefers-color-scheme: dark unless the
 * page sets data-socle-scheme="light", then the reduced-motion durations.
 * Light values are repeated on [data-socle-scheme="light"] so that a part of
 * a dark page can be light.
 * @param {ComposedTheme} light
 * @param {ComposedTheme} dark
 * @returns {Promise<string>}
 */
export async function buildThemeCss(light, dark) {
  const changed = namesChangedInDark(light, dark);
  const [lightBlock, lightAttributeBlock] = await formatCssBlocks(light, [
    { selector: [':root'] },
    { selector: [LIGHT_ATTRIBUTE_SELECTOR], filter: (name) => changed.has(name) },
  ]);
  const [darkBlock, darkMediaBlock] = await formatCssBlocks(dark, [
    { selector: [DARK_ATTRIBUTE_SELECTOR], filter: (name) => changed.has(name) },
    { selector: [DARK_MEDIA, DARK_MEDIA_SELECTOR], filter: (name) => changed.has(name) },
  ]);

  const reducedMotion = [...light.tokens.values()]
    .filter((token) => typeof token.extensions.reducedMotion === 'string')
    .map((token) => `    --${PREFIX}-${token.path.join('-')}: ${token.extensions.reducedMotion};`);

  const header = `/* @socle/tokens: theme "${light.theme}". Generated from the DTCG sources by socle-tokens; edit the sources, not this file. */`;
  const sections = [header, lightBlock, darkBlock, darkMediaBlock, lightAttributeBlock];
  if (reducedMotion.length > 0) {
    sections.push(`${REDUCED_MOTION_MEDIA} {\n  :root {\n${reducedMotion.join('\n')}\n  }\n}`);
  }
  return `${sections.join('\n\n')}\n`;
}

export { EXTENSION_KEY };
