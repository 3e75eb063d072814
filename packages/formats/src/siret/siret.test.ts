import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHANGE_RUNS, digits, singleDigitChanges, withLuhnDigit } from '../test-support/fast-check.js';
import * as siret from './index.js';

const validSiret = fc
  .tuple(digits(8).map(withLuhnDigit), digits(4))
  .filter(([siren]) => siren !== siret.LA_POSTE_SIREN)
  .map(([siren, nic]) => withLuhnDigit(siren + nic));

/** La Poste establishments: the digit sum is a multiple of 5. */
const laPosteSiret = digits(4).map((nic) => {
  const body = siret.LA_POSTE_SIREN + nic;
  const sum = [...body].reduce((total, digit) => total + Number(digit), 0);
  return body + String((5 - (sum % 5)) % 5);
});

describe('siret.validate', () => {
  it.each([
    ['732 829 320 00074', '73282932000074'],
    ['73282932000074', '73282932000074'],
    ['356 000 000 00048', '35600000000048'],
    ['356 000 000 49837', '35600000049837'],
  ])('accepts %s', (input, value) => {
    const result = siret.validate(input);

    expect(result.errors).toEqual([]);
    expect(result.value).toBe(value);
    expect(result.details).toEqual({ siren: value.slice(0, 9), nic: value.slice(9) });
  });

  it.each([
    ['', 'required', 'Saisissez le numéro SIRET, par exemple 732 829 320 00074.', 'Enter the SIRET number, for example 732 829 320 00074.'],
    ['732 829 320', 'siret-is-siren', 'Ajoutez les 5 chiffres du numéro d’établissement (NIC)', 'Add the 5 digits of the establishment number (NIC)'],
    ['732 829 320 0007', 'too-short', 'comporte 14 chiffres, par exemple 732 829 320 00074. Vous en avez saisi 13.', 'You entered 13.'],
    ['732 829 320 000745', 'too-long', 'Vous en avez saisi 15.', 'You entered 15.'],
    ['732 829 320 00075', 'siret-checksum-mismatch', 'Ce numéro SIRET n’est pas valide', 'This SIRET number is not valid'],
    ['356 000 000 49838', 'siret-checksum-mismatch', 'n’est pas valide', 'is not valid'],
    ['732 829 320 0007a', 'invalid-characters', 'Retirez «\u202fA\u202f»', 'Remove “A”'],
  ])('rejects %j with %s', (input, code, french, english) => {
    const inFrench = siret.validate(input);
    const inEnglish = siret.validate(input, { locale: 'en' });

    expect(inFrench.valid).toBe(false);
    expect(inFrench.errors.map((error) => error.code)).toEqual([code]);
    expect(inFrench.errors[0]?.message).toContain(french);
    expect(inEnglish.errors[0]?.message).toContain(english);
  });

  it('rejects a SIRET whose SIREN part fails Luhn', () => {
    // 73282932100070 passes Luhn as 14 digits, but its SIREN 732829321 does not.
    const value = withLuhnDigit('7328293210007');

    expect(siret.validate(value).errors.map((error) => error.code)).toEqual(['siret-checksum-mismatch']);
  });

  it('formats as 3 3 3 5', () => {
    expect(siret.format('73282932000074')).toBe('732 829 320 00074');
  });
});

describe('siret properties', () => {
  it('every generated number validates', () => {
    fc.assert(fc.property(validSiret, (value) => siret.validate(value).valid));
  });

  it('every La Poste number validates', () => {
    fc.assert(fc.property(laPosteSiret, (value) => siret.validate(value).valid));
  });

  it('format∘parse is stable', () => {
    fc.assert(fc.property(validSiret, (value) => siret.format(siret.parse(siret.format(value)) ?? '') === siret.format(value)));
  });

  it('rejects every single-digit change', () => {
    fc.assert(fc.property(validSiret, (value) => singleDigitChanges(value).every((changed) => !siret.validate(changed).valid)), { numRuns: CHANGE_RUNS });
  });

  it('La Poste rule misses only changes by 5', () => {
    // The digit-sum rule cannot see a digit raised or lowered by 5, so the
    // single-digit property holds for La Poste numbers only for other changes.
    fc.assert(
      fc.property(laPosteSiret, fc.integer({ min: 9, max: 13 }), fc.integer({ min: 1, max: 9 }), (value, index, delta) => {
        const digit = (Number(value[index]) + delta) % 10;
        const changed = value.slice(0, index) + digit + value.slice(index + 1);
        return siret.validate(changed).valid === (delta === 5);
      }),
    );
  });
});
