import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, parseColor, relativeLuminance } from '../src/color.js';

/** @param {string} a @param {string} b */
const ratio = (a, b) => contrastRatio(/** @type {any} */ (parseColor(a)), /** @type {any} */ (parseColor(b)));

describe('parseColor', () => {
  it.each([
    ['#fff', { r: 255, g: 255, b: 255, a: 1 }],
    ['#000091', { r: 0, g: 0, b: 145, a: 1 }],
    ['#E1000F', { r: 225, g: 0, b: 15, a: 1 }],
    ['#00000080', { r: 0, g: 0, b: 0, a: 128 / 255 }],
    ['#0008', { r: 0, g: 0, b: 0, a: 136 / 255 }],
    ['rgb(10, 20, 30)', { r: 10, g: 20, b: 30, a: 1 }],
    ['rgba(10,20,30,0.5)', { r: 10, g: 20, b: 30, a: 0.5 }],
    ['rgb(10 20 30 / 50%)', { r: 10, g: 20, b: 30, a: 0.5 }],
  ])('parses %s', (text, expected) => {
    expect(parseColor(text)).toEqual(expected);
  });

  it.each(['#12345g', '#12345', 'blue', 'rgb(300, 0, 0)', 'rgba(0, 0, 0, 2)', 'hsl(0 0% 0%)', '', 42, null])('rejects %j', (value) => {
    expect(parseColor(value)).toBeUndefined();
  });
});

describe('contrastRatio', () => {
  it('matches known WCAG values', () => {
    expect(ratio('#767676', '#ffffff').toFixed(2)).toBe('4.54');
    expect(ratio('#777777', '#ffffff').toFixed(2)).toBe('4.48');
    expect(ratio('#000000', '#ffffff')).toBe(21);
    expect(ratio('#595959', '#ffffff').toFixed(2)).toBe('7.00');
  });

  it('is symmetric and 1 for equal colours', () => {
    expect(ratio('#ffffff', '#767676')).toBe(ratio('#767676', '#ffffff'));
    expect(ratio('#3a50a8', '#3a50a8')).toBe(1);
  });

  it('composites a translucent foreground over the background', () => {
    const halfBlack = /** @type {any} */ (parseColor('rgba(0, 0, 0, 0.5)'));
    const white = /** @type {any} */ (parseColor('#ffffff'));
    const mixed = composite(halfBlack, white);

    expect(mixed).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(contrastRatio(halfBlack, white)).toBeCloseTo(contrastRatio(mixed, white), 10);
    expect(contrastRatio(halfBlack, white)).toBeLessThan(ratio('#000000', '#ffffff'));
  });

  it('rejects a translucent background', () => {
    expect(() => ratio('#000000', '#ffffff80')).toThrow(/opaque background/);
  });
});

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0, a: 1 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255, a: 1 })).toBeCloseTo(1, 12);
  });
});
