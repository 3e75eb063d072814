import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHANGE_RUNS, digits, singleDigitChanges, withLuhnDigit } from '../test-support/fast-check.js';
import * as siren from './index.js';

const validSiren = digits(8).map(withLuhnDigit);

describe('siren.validate', () => {
  it.each([
    ['732 829 320', '732829320'],
    ['732.829.320', '732829320'],
    ['732\u202f829\u202f320', '732829320'],
    ['356000000', '356000000'],
  ])('accepts %s', (input, value) => {
    const result = siren.validate(input);

    expect(result.errors).toEqual([]);
    expect(result.value).toBe(value);
  });

  it.each([
    ['', 'required', 'Saisissez le numéro SIREN, par exemple 732 829 320.', 'Enter the SIREN number, for example 732 829 320.'],
    ['732 829 32', 'too-short', 'comporte 9 chiffres, par exemple 732 829 320. Vous en avez saisi 8.', 'has 9 digits, for example 732 829 320. You entered 8.'],
    ['732 829 3200', 'too-long', 'Vous en avez saisi 10.', 'You entered 10.'],
    ['732 829 321', 'siren-checksum-mismatch', 'Ce numéro SIREN n’est pas valide', 'This SIREN number is not valid'],
    ['732 829 32O', 'invalid-characters', 'Retirez «\u202fO\u202f»', 'Remove “O”'],
    ['732 829 320 00074', 'siren-is-siret', 'ses 9 premiers chiffres : 732 829 320', 'its first 9 digits: 732 829 320'],
  ])('rejects %j with %s', (input, code, french, english) => {
    const inFrench = siren.validate(input);
    const inEnglish = siren.validate(input, { locale: 'en' });

    expect(inFrench.valid).toBe(false);
    expect(inFrench.errors.map((error) => error.code)).toEqual([code]);
    expect(inFrench.errors[0]?.message).toContain(french);
    expect(inEnglish.errors[0]?.message).toContain(english);
  });

  it('formats in groups of three', () => {
    expect(siren.format('732829320')).toBe('732 829 320');
    expect(siren.format('73282')).toBe('73282');
  });
});

describe('siren properties', () => {
  it('every generated number validates', () => {
    fc.assert(fc.property(validSiren, (value) => siren.validate(value).valid));
  });

  it('format∘parse is stable', () => {
    fc.assert(fc.property(validSiren, (value) => siren.format(siren.parse(siren.format(value)) ?? '') === siren.format(value)));
  });

  it('rejects every single-digit change', () => {
    fc.assert(fc.property(validSiren, (value) => singleDigitChanges(value).every((changed) => !siren.validate(changed).valid)), { numRuns: CHANGE_RUNS });
  });
});
