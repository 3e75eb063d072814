import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHANGE_RUNS, digits, singleDigitChanges, withSeparators } from '../test-support/fast-check.js';
import * as nir from './index.js';

/** Key computed with BigInt, independently of the library's chunked mod 97. */
function referenceKey(first13: string): string {
  const numeric = BigInt(first13.replace('2A', '19').replace('2B', '18'));
  return String(97n - (numeric % 97n)).padStart(2, '0');
}

const department = fc.oneof(
  fc.integer({ min: 1, max: 95 }).filter((n) => n !== 20).map((n) => String(n).padStart(2, '0')),
  fc.constantFrom('2A', '2B'),
);
const validNir = fc
  .record({
    sex: fc.constantFrom('1', '2'),
    year: digits(2),
    month: fc.integer({ min: 1, max: 12 }).map((n) => String(n).padStart(2, '0')),
    place: fc.oneof(
      fc.tuple(department, fc.integer({ min: 1, max: 999 })).map(([dep, commune]) => dep + String(commune).padStart(3, '0')),
      fc.tuple(fc.integer({ min: 971, max: 976 }), fc.integer({ min: 1, max: 99 })).map(([dep, commune]) => `${dep}${String(commune).padStart(2, '0')}`),
      fc.integer({ min: 101, max: 999 }).map((country) => `99${country}`),
    ),
    order: fc.integer({ min: 1, max: 999 }).map((n) => String(n).padStart(3, '0')),
  })
  .map(({ sex, year, month, place, order }) => {
    const first13 = sex + year + month + place + order;
    return first13 + referenceKey(first13);
  });

describe('nir.validate', () => {
  it.each([
    ['2 69 05 49 588 157 80', '269054958815780'],
    ['184127645108946', '184127645108946'],
    ['1.84.12.76.451.089.46', '184127645108946'],
    ['1\u00a084\u202f12-76 451 089 46', '184127645108946'],
    ['1 80 01 2a 004 123 43', '180012A00412343'],
    ['2 75 08 2B 033 005 13', '275082B03300513'],
    ['1 99 12 99 352 012 88', '199129935201288'],
    ['2 84 05 974 11 045 76', '284059741104576'],
  ])('accepts %s', (input, value) => {
    const result = nir.validate(input);

    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.value).toBe(value);
  });

  it.each([
    ['', 'required', 'Saisissez le numéro de sécurité sociale', 'Enter the social security number'],
    ['1 84 12 76 451 089', 'nir-key-missing', 'Ajoutez la clé', 'Add the key'],
    ['1 84 12', 'too-short', 'comporte 15 chiffres, par exemple 2 69 05 49 588 157 80. Vous en avez saisi 5', 'has 15 digits'],
    ['1 84 12 76 451 089 46 1', 'too-long', 'Vous en avez saisi 16', 'You entered 16'],
    ['1 84 12 76 451 089 47', 'nir-key-mismatch', 'La clé (les 2 derniers chiffres) ne correspond pas', 'The key (the last 2 digits) does not match'],
    ['1 84 12 2C 451 089 46', 'invalid-characters', 'Retirez «\u202fC\u202f»', 'Remove “C”'],
    ['1 84 A2 76 451 089 46', 'invalid-characters', 'Retirez «\u202fA\u202f»', 'Remove “A”'],
    ['1 84 12 76 451 089 4x', 'invalid-characters', 'Retirez «\u202fX\u202f»', 'Remove “X”'],
  ])('rejects %j with %s', (input, code, french, english) => {
    const inFrench = nir.validate(input);
    const inEnglish = nir.validate(input, { locale: 'en' });

    expect(inFrench.valid).toBe(false);
    expect(inFrench.value).toBeNull();
    expect(inFrench.errors.map((error) => error.code)).toEqual([code]);
    expect(inFrench.errors[0]?.message).toContain(french);
    expect(inEnglish.errors[0]?.message).toContain(english);
  });

  it.each([
    ['8 55 03 99 352 012 04', 'nir-temporary'],
    ['1 55 20 76 451 089 43', 'nir-unknown-month'],
    ['1 55 00 76 451 089 14', 'nir-invalid-month'],
  ])('warns on %s with %s', (input, code) => {
    const result = nir.validate(input);

    expect(result.valid).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual([code]);
  });

  it('warns on an unknown place', () => {
    const first13 = '1550300451089';
    const result = nir.validate(first13 + referenceKey(first13));

    expect(result.valid).toBe(true);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['nir-unknown-place']);
  });

  it('decodes a birth in metropolitan France', () => {
    expect(nir.validate('1 84 12 76 451 089 46').details).toEqual({
      sex: 'male', kind: 'standard', year: '84', month: 12, department: '76', commune: '451', country: null, order: '089', key: '46',
    });
  });

  it('decodes births overseas, abroad and in Corsica', () => {
    expect(nir.validate('2 84 05 974 11 045 76').details).toMatchObject({ sex: 'female', department: '974', commune: '11' });
    expect(nir.validate('1 99 12 99 352 012 88').details).toMatchObject({ department: '99', commune: null, country: '99352' });
    expect(nir.validate('1 80 01 2A 004 123 43').details).toMatchObject({ department: '2A', commune: '004' });
  });

  it('decodes an unknown month as null', () => {
    expect(nir.validate('1 55 20 76 451 089 43').details?.month).toBeNull();
  });

  it('substitutes 19 for 2A and 18 for 2B in the key', () => {
    expect(nir.computeKey('180012A004123')).toBe('43');
    expect(nir.computeKey('275082B033005')).toBe('13');
  });
});

describe('nir.parse and nir.format', () => {
  it('formats in groups 1 2 2 2 3 3 2', () => {
    expect(nir.format('184127645108946')).toBe('1 84 12 76 451 089 46');
  });

  it('returns unparsable input unchanged', () => {
    expect(nir.parse('1 84 12')).toBeNull();
    expect(nir.format('1 84 12')).toBe('1 84 12');
  });

  it('keeps the 2A letters upper-case', () => {
    expect(nir.parse('1 80 01 2a 004 123 43')).toBe('180012A00412343');
  });
});

describe('nir properties', () => {
  it('every generated number validates', () => {
    fc.assert(fc.property(validNir, (value) => nir.validate(value).valid));
  });

  it('format∘parse is stable', () => {
    fc.assert(
      fc.property(validNir, (value) => {
        const displayed = nir.format(value);
        return nir.format(nir.parse(displayed) ?? '') === displayed;
      }),
    );
  });

  it('parse ignores separators', () => {
    fc.assert(fc.property(validNir.chain((value) => fc.tuple(fc.constant(value), withSeparators(value))), ([value, typed]) => nir.parse(typed) === value));
  });

  it('rejects every single-digit change', () => {
    fc.assert(
      fc.property(validNir, (value) =>
        // Changing the 2 of 2A gives invalid characters rather than a key mismatch.
        singleDigitChanges(value).every((changed) => !nir.validate(changed).valid),
      ),
      { numRuns: CHANGE_RUNS },
    );
  });
});
