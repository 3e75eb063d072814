import { contrastRatio, composite, formatHex, parseColor } from './color.js';
import { TokenError } from './errors.js';

/**
 * @typedef {'text' | 'large-text' | 'ui' | 'focus'} ContrastKind
 * @typedef {object} ContrastResult
 * @property {string} theme
 * @property {import('./source.js').Scheme} scheme
 * @property {string} foreground token path of the foreground
 * @property {string} background token path of the background
 * @property {string} foregroundValue measured colour, #rrggbb (after compositing) or as written
 * @property {string} backgroundValue
 * @property {number} ratio contrast ratio rounded down to 2 decimals
 * @property {number} minimum
 * @property {ContrastKind} kind
 * @property {boolean} pass
 */

/**
 * Minimum contrast ratio per kind of pair, from WCAG 2.2: 1.4.3 (4.5:1 for
 * text, 3:1 for large text), 1.4.11 (3:1 for user-interface components) and
 * 2.4.13 (3:1 for the focus indicator).
 * @type {Record<ContrastKind, number>}
 */
export const MINIMUM_CONTRAST = { text: 4.5, 'large-text': 3, ui: 3, focus: 3 };

/** The page background: a translucent background is composited over it before measuring. */
const PAGE_BACKGROUND = 'color.background.default';

/**
 * Measures every declared pair in one composed theme and scheme.
 * Colours with alpha are composited: the foreground over the background, and
 * a translucent background over the page background.
 * @param {import('./source.js').ComposedTheme} composed
 * @param {Array<{ foreground: string, background: string, kind: ContrastKind }>} pairs
 * @returns {ContrastResult[]}
 */
export function checkContrast(composed, pairs) {
  const { theme, scheme, resolved, tokens } = composed;

  /** @param {string} key */
  const colorOf = (key) => {
    const color = parseColor(resolved.get(key));
    if (!tokens.has(key) || !color) {
      throw new TokenError(`contrast pair refers to "${key}", which is missing or not a colour in theme "${theme}" (${scheme}). Define it or remove the pair.`, {
        tokenPath: key,
        code: 'unknown-token',
      });
    }
    return color;
  };

  const page = colorOf(PAGE_BACKGROUND);
  if (page.a < 1) {
    const file = tokens.get(PAGE_BACKGROUND)?.file;
    throw new TokenError(`${file}: ${PAGE_BACKGROUND} must be opaque in theme "${theme}" (${scheme}) because every contrast is measured against it. Remove the alpha channel.`, {
      file,
      tokenPath: PAGE_BACKGROUND,
      code: 'invalid-color',
    });
  }

  return pairs.map(({ foreground, background, kind }) => {
    let backgroundColor = colorOf(background);
    if (backgroundColor.a < 1) backgroundColor = composite(backgroundColor, page);
    let foregroundColor = colorOf(foreground);
    if (foregroundColor.a < 1) foregroundColor = composite(foregroundColor, backgroundColor);

    const exact = contrastRatio(foregroundColor, backgroundColor);
    const minimum = MINIMUM_CONTRAST[kind];
    return {
      theme,
      scheme,
      foreground,
      background,
      foregroundValue: formatHex(foregroundColor),
      backgroundValue: formatHex(backgroundColor),
      // Rounded down so a displayed 4.50 never hides a failing 4.497.
      ratio: Math.floor(exact * 100) / 100,
      minimum,
      kind,
      pass: exact >= minimum,
    };
  });
}

/**
 * Formats a failing pair as one line for the terminal.
 * @param {ContrastResult} result
 */
export function describeFailure(result) {
  return `theme "${result.theme}" (${result.scheme}): ${result.foreground} ${result.foregroundValue} on ${result.background} ${result.backgroundValue} has contrast ${result.ratio.toFixed(2)}:1, below the ${result.kind} minimum of ${result.minimum}:1`;
}
