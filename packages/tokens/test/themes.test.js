import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue, buildTheme } from '../src/build.js';
import { DARK_ATTRIBUTE_SELECTOR, DARK_MEDIA, DARK_MEDIA_SELECTOR, LIGHT_ATTRIBUTE_SELECTOR, REDUCED_MOTION_MEDIA } from '../src/css.js';
import { defaultSourceDir, listThemes, SCHEMES } from '../src/source.js';

const sourceDir = defaultSourceDir();
const THEMES = listThemes(sourceDir);

/** Token paths that the components read; every theme must define them in both schemes. */
const CONTRACT = [
  ...['default', 'muted', 'inverse', 'link', 'link-hover', 'disabled'].map((name) => `color.text.${name}`),
  ...['default', 'subtle', 'raised', 'disabled', 'overlay'].map((name) => `color.background.${name}`),
  ...['default', 'strong', 'input', 'disabled'].map((name) => `color.border.${name}`),
  ...['background', 'background-hover', 'background-active', 'text'].map((name) => `color.action.primary.${name}`),
  ...['background', 'background-hover', 'text', 'border'].map((name) => `color.action.secondary.${name}`),
  'color.action.tertiary.text',
  'color.action.tertiary.background-hover',
  'color.focus.ring',
  'color.focus.ring-offset',
  ...['info', 'success', 'warning', 'error'].flatMap((status) => ['text', 'background', 'border'].map((part) => `color.status.${status}.${part}`)),
  'font.family.body',
  'font.family.heading',
  'font.family.mono',
  ...['xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl'].map((size) => `font.size.${size}`),
  ...['regular', 'medium', 'bold'].map((weight) => `font.weight.${weight}`),
  ...['tight', 'normal', 'relaxed'].map((name) => `line-height.${name}`),
  ...['0', '1', '2', '3', '4', '5', '6', '8', '10', '12'].map((step) => `space.${step}`),
  ...['none', 'sm', 'md', 'lg', 'full'].map((name) => `radius.${name}`),
  ...['thin', 'medium', 'thick'].map((name) => `border.width.${name}`),
  'focus.width',
  'focus.offset',
  'elevation.1',
  'elevation.2',
  'elevation.3',
  'motion.duration.fast',
  'motion.duration.normal',
  'motion.duration.slow',
  'motion.easing.standard',
  ...['sm', 'md', 'lg', 'xl'].map((name) => `breakpoint.${name}`),
  ...['primary', 'secondary', 'tertiary'].flatMap((variant) => ['background', 'background-hover', 'text', 'border'].map((part) => `button.${variant}.${part}`)),
  'button.radius',
  ...['padding-inline', 'padding-block', 'font-size', 'min-height'].flatMap((part) => ['sm', 'md', 'lg'].map((size) => `button.${part}.${size}`)),
  ...['background', 'text', 'border', 'border-error', 'border-focus', 'radius', 'padding-inline', 'padding-block', 'min-height'].map((part) => `input.${part}`),
];

/** @type {Map<string, import('../src/build.js').BuiltTheme>} */
const built = new Map();

beforeAll(async () => {
  for (const theme of THEMES) built.set(theme, await buildTheme({ sourceDir, theme }));
});

/**
 * Converts a rem or px length to CSS pixels at the default 16px root size.
 * @param {unknown} value
 */
function toPixels(value) {
  const match = /^([\d.]+)(rem|px)$/.exec(String(value));
  if (!match) throw new Error(`not a rem or px length: ${String(value)}`);
  return Number(match[1]) * (match[2] === 'rem' ? 16 : 1);
}

describe('shipped themes', () => {
  it('lists the four themes', () => {
    expect(THEMES).toEqual(['socle', 'commune-exemple', 'contraste-eleve', 'etat']);
  });

  describe.each(THEMES)('theme %s', (theme) => {
    it.each(SCHEMES)('defines every contract token (%s)', (scheme) => {
      const composed = /** @type {any} */ (built.get(theme))[scheme];
      const missing = CONTRACT.filter((key) => !composed.tokens.has(key));

      expect(missing).toEqual([]);
    });

    it('passes every contrast pair in both schemes', () => {
      const results = /** @type {any} */ (built.get(theme)).contrast;
      const failures = results.filter((/** @type {any} */ result) => !result.pass);

      expect(results.length).toBeGreaterThan(40);
      expect(new Set(results.map((/** @type {any} */ result) => result.scheme))).toEqual(new Set(SCHEMES));
      expect(failures).toEqual([]);
    });

    it('keeps button targets at WCAG sizes', () => {
      const { resolved } = /** @type {any} */ (built.get(theme)).light;

      for (const size of ['sm', 'md', 'lg']) {
        expect(toPixels(resolved.get(`button.min-height.${size}`))).toBeGreaterThanOrEqual(24);
      }
      expect(toPixels(resolved.get('button.min-height.lg'))).toBeGreaterThanOrEqual(44);
      expect(toPixels(resolved.get('input.min-height'))).toBeGreaterThanOrEqual(24);
    });

    it('fits the CSS in 6 KB gzip', () => {
      const size = gzipSync(/** @type {any} */ (built.get(theme)).css).length;

      expect(size).toBeLessThanOrEqual(6 * 1024);
    });
  });
});

describe('theme CSS', () => {
  /** @returns {string} */
  const css = () => /** @type {any} */ (built.get('socle')).css;

  it('sets light values on :root', () => {
    expect(css()).toMatch(/^:root \{\n {2}--socle-color-white: #ffffff;/m);
    expect(css()).toContain('--socle-color-neutral-900: #161616;');
  });

  it('keeps aliases as var() references', () => {
    expect(css()).toContain('--socle-color-text-default: var(--socle-color-neutral-900);');
    expect(css()).toContain('--socle-button-primary-background: var(--socle-color-action-primary-background);');
    expect(css()).toContain('--socle-font-size-2xl: var(--socle-font-scale-200);');
  });

  it('sets dark values under the attribute and the media query', () => {
    const attributeBlock = css().indexOf(`${DARK_ATTRIBUTE_SELECTOR} {\n  --socle-`);
    const mediaBlock = css().indexOf(`${DARK_MEDIA} {\n  ${DARK_MEDIA_SELECTOR} {\n    --socle-`);
    const darkText = '--socle-color-text-default: var(--socle-color-neutral-100);';

    expect(attributeBlock).toBeGreaterThan(0);
    expect(mediaBlock).toBeGreaterThan(attributeBlock);
    expect(css().indexOf(darkText, attributeBlock)).toBeGreaterThan(attributeBlock);
    expect(css().indexOf(darkText, mediaBlock)).toBeGreaterThan(mediaBlock);
  });

  it('repeats changed light values for a light subtree', () => {
    const lightCss = css().slice(css().indexOf(`${LIGHT_ATTRIBUTE_SELECTOR} {`));

    expect(lightCss).toContain('--socle-color-text-default: var(--socle-color-neutral-900);');
    expect(lightCss).not.toContain('--socle-space-4:');
    expect(css().indexOf(`${LIGHT_ATTRIBUTE_SELECTOR} {`)).toBeGreaterThan(css().indexOf(DARK_MEDIA));
  });

  it('redeclares tokens that alias a changed token in dark', () => {
    const darkCss = css().slice(css().indexOf(DARK_ATTRIBUTE_SELECTOR));

    expect(darkCss).toContain('--socle-button-primary-background: var(--socle-color-action-primary-background);');
    expect(darkCss).not.toContain('--socle-space-4:');
  });

  it('shortens durations under prefers-reduced-motion', () => {
    const reduced = css().slice(css().indexOf(REDUCED_MOTION_MEDIA));

    expect(reduced).toContain('--socle-motion-duration-fast: 0.01ms;');
    expect(reduced).toContain('--socle-motion-duration-slow: 0.01ms;');
  });

  it('outputs font stacks and shadows as CSS', () => {
    const etat = /** @type {any} */ (built.get('etat'));

    expect(etat.lightValues.get('font-family-body')).toMatch(/^Marianne, system-ui, .*sans-serif$/);
    expect(etat.lightValues.get('elevation-1')).toBe('0px 1px 3px 0px #16161629');
    expect(etat.darkValues.get('elevation-1')).toBe('0px 1px 3px 0px #0000008f');
  });
});

describe('etat theme', () => {
  it('uses the State blue and red', () => {
    const { lightValues } = /** @type {any} */ (built.get('etat'));

    expect(lightValues.get('color-etat-blue-france')).toBe('#000091');
    expect(lightValues.get('color-etat-red-marianne')).toBe('#e1000f');
    expect(lightValues.get('color-action-primary-background')).toBe('#000091');
  });
});

describe('token catalogue', () => {
  it('lists each token with tier, alias and values per theme', () => {
    const catalogue = buildCatalogue([...built.values()]);
    const textDefault = catalogue.find((entry) => entry.name === 'color-text-default');

    expect(textDefault).toEqual({
      name: 'color-text-default',
      cssVar: '--socle-color-text-default',
      path: ['color', 'text', 'default'],
      type: 'color',
      tier: 'semantic',
      description: 'Body text and headings.',
      alias: '{color.neutral.900}',
      values: {
        socle: { light: '#161616', dark: '#eeeeee' },
        'commune-exemple': { light: '#161616', dark: '#eeeeee' },
        'contraste-eleve': { light: '#000000', dark: '#ffffff' },
        etat: { light: '#161616', dark: '#eeeeee' },
      },
    });
    expect(catalogue.find((entry) => entry.name === 'color-neutral-900')?.tier).toBe('primitive');
    expect(catalogue.find((entry) => entry.name === 'button-radius')?.tier).toBe('component');
    expect(catalogue.find((entry) => entry.name === 'color-neutral-900')?.alias).toBeNull();
  });
});
