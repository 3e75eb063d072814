/**
 * sRGB colour parsing and the WCAG 2.x contrast ratio.
 *
 * Accepted colour syntax: #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() with
 * comma or space separated 0-255 channels and an optional alpha (0-1 or %).
 * Anything else is rejected so the contrast check never measures a guess.
 */

/** @typedef {{ r: number, g: number, b: number, a: number }} Rgba channels 0-255, alpha 0-1 */

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([\d.]+)(?:\s*,\s*|\s+)([\d.]+)(?:\s*,\s*|\s+)([\d.]+)(?:\s*(?:,|\/)\s*([\d.]+%?))?\s*\)$/i;

/**
 * Parses a CSS colour string.
 * @param {unknown} value
 * @returns {Rgba | undefined} undefined when the value is not an accepted colour
 */
export function parseColor(value) {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();

  const hex = HEX.exec(text);
  if (hex) {
    let digits = /** @type {string} */ (hex[1]);
    if (digits.length <= 4) {
      digits = [...digits].map((digit) => digit + digit).join('');
    }
    const channel = (/** @type {number} */ index) => parseInt(digits.slice(index, index + 2), 16);
    return { r: channel(0), g: channel(2), b: channel(4), a: digits.length === 8 ? channel(6) / 255 : 1 };
  }

  const rgb = RGB.exec(text);
  if (rgb) {
    const r = Number(rgb[1]);
    const g = Number(rgb[2]);
    const b = Number(rgb[3]);
    let a = 1;
    if (rgb[4] !== undefined) {
      a = rgb[4].endsWith('%') ? Number(rgb[4].slice(0, -1)) / 100 : Number(rgb[4]);
    }
    if ([r, g, b].some((channel) => !(channel >= 0 && channel <= 255)) || !(a >= 0 && a <= 1)) {
      return undefined;
    }
    return { r, g, b, a };
  }

  return undefined;
}

/**
 * Composites a colour with alpha over an opaque backdrop ("source over").
 * @param {Rgba} color
 * @param {Rgba} backdrop must be opaque
 * @returns {Rgba}
 */
export function composite(color, backdrop) {
  const mix = (/** @type {number} */ top, /** @type {number} */ bottom) => top * color.a + bottom * (1 - color.a);
  return { r: mix(color.r, backdrop.r), g: mix(color.g, backdrop.g), b: mix(color.b, backdrop.b), a: 1 };
}

/**
 * Computes the relative luminance of an opaque sRGB colour, as defined in WCAG 2.2
 * ("relative luminance"), with the 0.04045 threshold of the sRGB standard.
 * @param {Rgba} color
 */
export function relativeLuminance(color) {
  const linear = (/** @type {number} */ channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b);
}

/**
 * Computes the WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 to 21.
 * A translucent foreground is composited over the background first; the
 * background itself must be opaque.
 * @param {Rgba} foreground
 * @param {Rgba} background
 */
export function contrastRatio(foreground, background) {
  if (background.a < 1) {
    throw new RangeError('contrastRatio requires an opaque background. Composite it over the page background first.');
  }
  const top = foreground.a < 1 ? composite(foreground, background) : foreground;
  const lighter = Math.max(relativeLuminance(top), relativeLuminance(background));
  const darker = Math.min(relativeLuminance(top), relativeLuminance(background));
  return (lighter + 0.05) / (darker + 0.05);
}

/**
 * Formats a colour as #rrggbb, or #rrggbbaa when translucent.
 * @param {Rgba} color
 */
export function formatHex(color) {
  const hex = (/** @type {number} */ channel) => Math.round(channel).toString(16).padStart(2, '0');
  const alpha = color.a < 1 ? hex(color.a * 255) : '';
  return `#${hex(color.r)}${hex(color.g)}${hex(color.b)}${alpha}`;
}
