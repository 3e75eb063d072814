import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHANGE_RUNS, digits, singleDigitChanges } from '../test-support/fast-check.js';
import * as iban from './index.js';

/** RIB letter values: A/J → 1, B/K/S → 2, … I/R/Z → 9. */
const RIB_LETTERS = ['AJ', 'BKS', 'CLT', 'DMU', 'ENV', 'FOW', 'GPX', 'HQY', 'IRZ'];

function referenceRibKey(bank: string, branch: string, account: string): string {
  const accountDigits = account.replace(/[A-Z]/g, (letter) => String(RIB_LETTERS.findIndex((group) => group.includes(letter)) + 1));
  const total = (89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(accountDigits)) % 97n;
  return String(97n - total).padStart(2, '0');
}

/** Builds an IBAN with check digits computed with BigInt (ISO 13616). */
function referenceIban(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return country + String(98n - (BigInt(numeric) % 97n)).padStart(2, '0') + bban;
}

const account = fc
  .array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), { minLength: 11, maxLength: 11 })
  .map((characters) => characters.join(''));
const validRibIban = fc
  .record({ country: fc.constantFrom('FR', 'MC'), bank: digits(5), branch: digits(5), account })
  .map(({ country, bank, branch, account }) => referenceIban(country, bank + branch + account + referenceRibKey(bank, branch, account)));

describe('iban.validate', () => {
  it.each([
    ['FR76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189'],
    ['fr76-3000-6000-0112-3456-7890-189', 'FR7630006000011234567890189'],
    ['IBAN FR76\u00a03000\u00a06000 0112 3456 7890 189', 'FR7630006000011234567890189'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606'],
    ['MC58 1122 2000 0101 2345 6789 030', 'MC5811222000010123456789030'],
  ])('accepts %s', (input, value) => {
    const result = iban.validate(input);

    expect(result.errors).toEqual([]);
    expect(result.value).toBe(value);
  });

  it('decodes the RIB', () => {
    expect(iban.validate('FR76 3000 6000 0112 3456 7890 189').details).toEqual({
      country: 'FR', checkDigits: '76', bankCode: '30006', branchCode: '00001', accountNumber: '12345678901', ribKey: '89',
    });
  });

  const wrongRibKey = referenceIban('FR', '30006000011234567890188');

  it.each([
    ['', 'required', 'Saisissez l’IBAN, par exemple FR76', 'Enter the IBAN, for example FR76'],
    ['FR76 3000 6000 0112 3456 7890 18', 'too-short', 'Un IBAN FR comporte 27 caractères', 'A FR IBAN has 27 characters'],
    ['FR76 3000 6000 0112 3456 7890 1890', 'too-long', 'Vous en avez saisi 28', 'You entered 28'],
    ['FR76 3000 6000 0112 3456 7890 188', 'iban-checksum-mismatch', 'Cet IBAN n’est pas valide', 'This IBAN is not valid'],
    [wrongRibKey, 'rib-key-mismatch', 'La clé RIB (les 2 derniers chiffres) ne correspond pas', 'The RIB key (the last 2 digits) does not match'],
    ['FR76 300A 6000 0112 3456 7890 189', 'iban-invalid-bban', 'le code banque (5 chiffres)', 'the bank code (5 digits)'],
    ['DE89 3704 0044 0532 0130 00', 'iban-country-not-supported', 'il commence par FR ou MC. L’IBAN saisi commence par DE.', 'The IBAN entered starts with DE.'],
    ['3000 6000 0112 3456 7890 189', 'iban-invalid-start', 'Un IBAN commence par les 2 lettres du pays', 'An IBAN starts with the 2 letters'],
    ['FR76 3000 6000 0112 3456 7890 18*', 'invalid-characters', 'Retirez «\u202f*\u202f»', 'Remove “*”'],
  ])('rejects %j with %s', (input, code, french, english) => {
    const inFrench = iban.validate(input);
    const inEnglish = iban.validate(input, { locale: 'en' });

    expect(inFrench.valid).toBe(false);
    expect(inFrench.errors.map((error) => error.code)).toEqual([code]);
    expect(inFrench.errors[0]?.message).toContain(french);
    expect(inEnglish.errors[0]?.message).toContain(english);
  });

  describe('with acceptForeign', () => {
    it('accepts a German IBAN with mod 97 only', () => {
      const result = iban.validate('DE89 3704 0044 0532 0130 00', { acceptForeign: true });

      expect(result.valid).toBe(true);
      expect(result.details).toMatchObject({ country: 'DE', bankCode: null });
    });

    it('rejects a wrong check', () => {
      expect(iban.validate('DE88 3704 0044 0532 0130 00', { acceptForeign: true }).errors[0]?.code).toBe('iban-checksum-mismatch');
    });

    it('rejects a length outside 15–34', () => {
      expect(iban.validate('DE89 3704 0044', { acceptForeign: true }).errors[0]?.code).toBe('iban-invalid-length');
    });

    it('still checks the RIB key of FR', () => {
      expect(iban.validate(wrongRibKey, { acceptForeign: true }).errors[0]?.code).toBe('rib-key-mismatch');
    });
  });

  it('computes the RIB key with letters', () => {
    expect(iban.computeRibKey('20041', '01005', '0500013M026')).toBe('06');
  });

  it('formats in groups of four', () => {
    expect(iban.format('FR7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });
});

describe('iban properties', () => {
  it('every generated FR or MC IBAN validates', () => {
    fc.assert(fc.property(validRibIban, (value) => iban.validate(value).valid));
  });

  it('format∘parse is stable', () => {
    fc.assert(fc.property(validRibIban, (value) => iban.format(iban.parse(iban.format(value)) ?? '') === iban.format(value)));
  });

  it('rejects every single-digit change', () => {
    fc.assert(fc.property(validRibIban, (value) => singleDigitChanges(value).every((changed) => !iban.validate(changed).valid)), { numRuns: CHANGE_RUNS });
  });
});
