import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as inseeCode from './index.js';

const validInseeCode = fc.oneof(
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 1, max: 95 }).filter((n) => n !== 20).map((n) => String(n).padStart(2, '0')), fc.constantFrom('2A', '2B')),
      fc.integer({ min: 1, max: 999 }),
    )
    .map(([department, commune]) => department + String(commune).padStart(3, '0')),
  fc
    .tuple(fc.constantFrom('971', '972', '973', '974', '976', '975', '977', '978', '986', '987', '988'), fc.integer({ min: 1, max: 99 }))
    .map(([department, commune]) => department + String(commune).padStart(2, '0')),
);

describe('inseeCode.validate', () => {
  it.each([
    ['75056', '75', '056'],
    ['75101', '75', '101'],
    ['69381', '69', '381'],
    ['13201', '13', '201'],
    ['2a004', '2A', '004'],
    ['2B 033', '2B', '033'],
    ['97411', '974', '11'],
    ['97701', '977', '01'],
    ['98818', '988', '18'],
  ])('accepts %s', (input, department, commune) => {
    const result = inseeCode.validate(input);

    expect(result.errors).toEqual([]);
    expect(result.details).toEqual({ department, commune });
  });

  it.each([
    ['', 'required', 'Saisissez le code INSEE de la commune, par exemple 75056 pour Paris.', 'Enter the INSEE code of the commune'],
    ['7505', 'too-short', 'comporte 5 caractères, par exemple 75056 ou 2A004. Vous en avez saisi 4.', 'You entered 4.'],
    ['750561', 'too-long', 'Vous en avez saisi 6.', 'You entered 6.'],
    ['2C004', 'invalid-characters', 'Retirez «\u202fC\u202f»', 'Remove “C”'],
    ['20004', 'insee-code-corsica', 'Remplacez 20 par 2A ou 2B', 'Replace 20 with 2A or 2B'],
    ['99352', 'insee-code-abroad', 'Le code 99352 désigne un pays étranger, pas une commune', 'The code 99352 is a foreign country, not a commune'],
    ['97911', 'insee-code-unknown-department', 'Le code INSEE 97911 ne correspond à aucun département', 'The INSEE code 97911 matches no département'],
    ['00123', 'insee-code-unknown-department', 'Le code INSEE 00123', 'The INSEE code 00123'],
    ['75000', 'insee-code-invalid-commune', 'le numéro de commune ne peut pas être 000', 'the commune number cannot be 000'],
  ])('rejects %j with %s', (input, code, french, english) => {
    const inFrench = inseeCode.validate(input);
    const inEnglish = inseeCode.validate(input, { locale: 'en' });

    expect(inFrench.valid).toBe(false);
    expect(inFrench.errors.map((error) => error.code)).toEqual([code]);
    expect(inFrench.errors[0]?.message).toContain(french);
    expect(inEnglish.errors[0]?.message).toContain(english);
  });

  it('formats in canonical form', () => {
    expect(inseeCode.format('2a 004')).toBe('2A004');
  });
});

describe('inseeCode properties', () => {
  it('every generated code validates', () => {
    fc.assert(fc.property(validInseeCode, (value) => inseeCode.validate(value).valid));
  });

  it('format∘parse is stable', () => {
    fc.assert(fc.property(validInseeCode, (value) => inseeCode.format(inseeCode.parse(inseeCode.format(value)) ?? '') === inseeCode.format(value)));
  });
});
