import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digits } from '../test-support/fast-check.js';
import * as postalCode from './index.js';

const validPostalCode = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 95 }), digits(3)).map(([department, rest]) => String(department).padStart(2, '0') + rest),
  fc.tuple(fc.constantFrom('971', '972', '973', '974', '975', '976', '980', '984', '986', '987', '988'), digits(2)).map(([prefix, rest]) => prefix + rest),
);

describe('postalCode.validate', () => {
  it.each([
    ['75001', '75'],
    ['01 000', '01'],
    ['97400', '974'],
    ['98800', '988'],
    ['98000', '980'],
    ['20000', null],
    ['20200', null],
  ])('accepts %s', (input, department) => {
    const result = postalCode.validate(input);

    expect(result.errors).toEqual([]);
    expect(result.value).toBe(input.replace(' ', ''));
    expect(result.details?.department).toBe(department);
  });

  it.each([
    ['', 'required', 'Saisissez le code postal, par exemple 75001.', 'Enter the postcode, for example 75001.'],
    ['7500', 'too-short', 'Le code postal comporte 5 chiffres, par exemple 75001 ou 01000. Vous en avez saisi 4.', 'The postcode has 5 digits'],
    ['750011', 'too-long', 'Vous en avez saisi 6.', 'You entered 6.'],
    ['75OO1', 'invalid-characters', 'Retirez «\u202fO\u202f»', 'Remove “O”'],
    ['00100', 'postal-code-unknown-department', 'Le code postal 00100 ne correspond à aucun département', 'The postcode 00100 matches no département'],
    ['96000', 'postal-code-unknown-department', 'Le code postal 96000', 'The postcode 96000'],
    ['97700', 'postal-code-unknown-department', 'Le code postal 97700', 'The postcode 97700'],
    ['98500', 'postal-code-unknown-department', 'Le code postal 98500', 'The postcode 98500'],
  ])('rejects %j with %s', (input, code, french, english) => {
    const inFrench = postalCode.validate(input);
    const inEnglish = postalCode.validate(input, { locale: 'en' });

    expect(inFrench.valid).toBe(false);
    expect(inFrench.errors.map((error) => error.code)).toEqual([code]);
    expect(inFrench.errors[0]?.message).toContain(french);
    expect(inEnglish.errors[0]?.message).toContain(english);
  });

  it('formats as the 5 digits', () => {
    expect(postalCode.format('75 001')).toBe('75001');
  });
});

describe('postalCode properties', () => {
  it('every generated code validates', () => {
    fc.assert(fc.property(validPostalCode, (value) => postalCode.validate(value).valid));
  });

  it('format∘parse is stable', () => {
    fc.assert(fc.property(validPostalCode, (value) => postalCode.format(postalCode.parse(postalCode.format(value)) ?? '') === postalCode.format(value)));
  });
});
