// NOTE: style-dictionary 5.5.5 declares engines node >=22, but this package
// supports Node 20.19; its tests pass on Node 20.20. Recheck on each upgrade.
import StyleDictionary from 'style-dictionary';

/** @typedef {import('./source.js').ComposedTheme} ComposedTheme */

/** Prefix of every public custom property and of the flat token names. */
export const PREFIX = 'socle';

/**
 * Value transforms of Style Dictionary's "css" group (5.x) with two changes.
 * The name transform is replaced because the components' contract is
 * `--socle-<path joined by ->` exactly, which kebab-case does not promise for
 * names such as "2xl". "color/css" is left out so colours keep the hex form
 * of the sources (#rrggbbaa included) instead of long rgba() decimals.
 */
const CSS_TRANSFORMS = ['time/seconds', 'size/rem', 'fontFamily/css', 'cubicBezier/css', 'shadow/css/shorthand', 'name/socle-path'];

const HOOKS = {
  transforms: {
    'name/socle-path': {
      type: /** @type {const} */ ('name'),
      transform: (/** @type {{ path: string[] }} */ token) => [PREFIX, ...token.path].join('-'),
    },
  },
};

/**
 * Rebuilds a DTCG tree from merged tokens, with every $type explicit.
 * @param {ComposedTheme} composed
 */
function toTree(composed) {
  /** @type {Record<string, any>} */
  const tree = {};
  for (const token of composed.tokens.values()) {
    let group = tree;
    for (const name of token.path.slice(0, -1)) {
      group[name] ??= {};
      group = group[name];
    }
    group[/** @type {string} */ (token.path.at(-1))] = { $value: token.value, $type: token.type };
  }
  return tree;
}

/**
 * Creates a Style Dictionary instance for one composed theme and scheme.
 * @param {ComposedTheme} composed
 * @param {Array<{ destination: string, selector: string[], filter?: (name: string) => boolean }>} files
 */
function createDictionary(composed, files) {
  return new StyleDictionary({
    tokens: toTree(composed),
    usesDtcg: true,
    hooks: HOOKS,
    log: { verbosity: 'silent', warnings: 'disabled' },
    platforms: {
      css: {
        transforms: CSS_TRANSFORMS,
        prefix: PREFIX,
        files: files.map(({ destination, selector, filter }) => ({
          destination,
          format: 'css/variables',
          ...(filter ? { filter: (/** @type {{ name: string }} */ token) => filter(token.name.slice(PREFIX.length + 1)) } : {}),
          options: { selector, outputReferences: true, showFileHeader: false, formatting: { commentStyle: 'none' } },
        })),
      },
    },
  });
}

/**
 * Returns the CSS-ready value of every token, keyed by flat name (path joined by "-").
 * @param {ComposedTheme} composed
 * @returns {Promise<Map<string, string | number>>}
 */
export async function cssValues(composed) {
  const dictionary = createDictionary(composed, []);
  const { allTokens } = await dictionary.getPlatformTokens('css');
  return new Map(allTokens.map((token) => [token.name.slice(PREFIX.length + 1), /** @type {string | number} */ (token.$value)]));
}

/**
 * Formats custom property blocks with Style Dictionary's css/variables format;
 * aliases become var() references.
 * @param {ComposedTheme} composed
 * @param {Array<{ selector: string[], filter?: (name: string) => boolean }>} blocks `filter`
 *   receives the flat name (without the prefix) and keeps the token when it returns true
 * @returns {Promise<string[]>} one CSS block per entry of `blocks`
 */
export async function formatCssBlocks(composed, blocks) {
  const dictionary = createDictionary(
    composed,
    blocks.map((block, index) => ({ ...block, destination: `block-${index}.css` })),
  );
  const outputs = await dictionary.formatPlatform('css');
  return outputs.map((output) => String(output.output).trim());
}
