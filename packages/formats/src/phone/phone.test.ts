import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digits } from '../test-support/fast-check.js';
import * as phone from './index.js';

/** NSN prefixes of the overseas areas of the French plan, which +33 numbers resolve to. */
const overseasPrefixes = ['RE', 'YT', 'GP', 'GF', 'MQ'].flatMap((territory) => Object.keys(phone.PLANS[territory as phone.PhoneTerritory].types));

/** E.164 numbers built from every typed prefix of every plan, minus +33 numbers that are overseas ones. */
const validE164 = fc
  .constantFrom(...Object.values(phone.PLANS).flatMap((plan) => Object.keys(plan.types).map((prefix) => ({ plan, prefix }))))
  .chain(({ plan, prefix }) => digits(plan.length - prefix.length).map((rest) => ({ plan, nsn: prefix + rest })))
  .filter(({ plan, nsn }) => plan.territory !== 'FR' || !overseasPrefixes.includes(nsn.slice(0, 3)))
  .map(({ plan, nsn }) => `+${plan.countryCode}${nsn}`);

describe('phone.validate', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678', 'FR', 'mobile'],
    ['01.23.45.67.89', '+33123456789', 'FR', 'fixed'],
    ['+33 (0)1 23 45 67 89', '+33123456789', 'FR', 'fixed'],
    ['0033 6 12 34 56 78', '+33612345678', 'FR', 'mobile'],
    ['07 51 23 45 67', '+33751234567', 'FR', 'mobile'],
    ['08 00 12 34 56', '+33800123456', 'FR', 'special'],
    ['09 71 23 45 67', '+33971234567', 'FR', 'non-geographic'],
    ['0692 12 34 56', '+262692123456', 'RE', 'mobile'],
    ['0262 12 34 56', '+262262123456', 'RE', 'fixed'],
    ['+33 6 92 12 34 56', '+262692123456', 'RE', 'mobile'],
    ['+262 692 12 34 56', '+262692123456', 'RE', 'mobile'],
    ['0639 12 34 56', '+262639123456', 'YT', 'mobile'],
    ['0269 61 23 45', '+262269612345', 'YT', 'fixed'],
    ['0690 12 34 56', '+590690123456', 'GP', 'mobile'],
    ['0594 12 34 56', '+594594123456', 'GF', 'fixed'],
    ['0697 12 34 56', '+596697123456', 'MQ', 'mobile'],
    ['+508 55 12 34', '+508551234', 'PM', 'mobile'],
    ['+687 75.12.34', '+687751234', 'NC', 'mobile'],
    ['00689 87 12 34 56', '+68987123456', 'PF', 'mobile'],
    ['+681 72 12 34', '+681721234', 'WF', 'fixed'],
  ])('accepts %s', (input, value, territory, type) => {
    const result = phone.validate(input);

    expect(result.errors).toEqual([]);
    expect(result.value).toBe(value);
    expect(result.details?.territory).toBe(territory);
    expect(result.details?.type).toBe(type);
  });

  it('lists the regions that Guadeloupe numbers serve', () => {
    expect(phone.validate('0590 27 12 34').details?.regions).toEqual(['GP', 'BL', 'MF']);
  });

  it('reads local numbers with a region', () => {
    expect(phone.validate('25 12 34', { region: 'NC' }).value).toBe('+687251234');
    expect(phone.validate('25 12 34').valid).toBe(false);
  });

  it.each([
    ['', 'required', 'Saisissez un numéro de téléphone, par exemple 06 12 34 56 78.', 'Enter a telephone number, for example 06 12 34 56 78.'],
    ['06 12 34 56 7', 'too-short', 'comporte 10 chiffres, par exemple 06 12 34 56 78. Vous en avez saisi 9.', 'has 10 digits, for example 06 12 34 56 78. You entered 9.'],
    ['06 12 34 56 789', 'too-long', 'Vous en avez saisi 11.', 'You entered 11.'],
    ['+687 75 12 3', 'too-short', 'comporte 9 chiffres, par exemple +687 75 12 34', 'has 9 digits, for example +687 75 12 34'],
    ['6 12 34 56 78', 'phone-leading-zero-missing', 'commence par 0', 'starts with 0'],
    ['00 12 34 56 78', 'phone-country-not-supported', 'Le numéro saisi commence par +123', 'The number entered starts with +123'],
    ['+1 202 555 0100', 'phone-country-not-supported', 'Seuls les numéros de France et des outre-mer', 'Only numbers in France'],
    ['+262 6 12 34 56 78', 'phone-invalid-for-country-code', 'ne correspond pas à l’indicatif +262', 'does not belong to country code +262'],
    ['+33 0 0 12 34 56 78', 'phone-invalid-number', 'Après le 0 initial', 'After the leading 0'],
    ['06 12 34 56 7a', 'invalid-characters', 'Retirez «\u202fA\u202f»', 'Remove “A”'],
  ])('rejects %j with %s', (input, code, french, english) => {
    const inFrench = phone.validate(input);
    const inEnglish = phone.validate(input, { locale: 'en' });

    expect(inFrench.valid).toBe(false);
    expect(inFrench.errors.map((error) => error.code)).toEqual([code]);
    expect(inFrench.errors[0]?.message).toContain(french);
    expect(inEnglish.errors[0]?.message).toContain(english);
  });

  it('rejects a type that is not allowed', () => {
    const result = phone.validate('01 23 45 67 89', { types: ['mobile'] });

    expect(result.valid).toBe(false);
    expect(result.errors[0]?.code).toBe('phone-type-not-allowed');
    expect(result.errors[0]?.message).toBe('Saisissez un numéro de téléphone mobile, par exemple 06 12 34 56 78.');
    expect(phone.validate('0692 12 34 56', { types: ['mobile'] }).valid).toBe(true);
  });
});

describe('phone.format', () => {
  it.each([
    ['+33612345678', '06 12 34 56 78', '+33 6 12 34 56 78'],
    ['0692123456', '0692 12 34 56', '+262 692 12 34 56'],
    ['+590590271234', '0590 27 12 34', '+590 590 27 12 34'],
    ['+687751234', '+687 75 12 34', '+687 75 12 34'],
    ['+68987123456', '+689 87 12 34 56', '+689 87 12 34 56'],
  ])('formats %s', (input, national, international) => {
    expect(phone.format(input)).toBe(national);
    expect(phone.format(input, { international: true })).toBe(international);
  });

  it('uses the local form in its own region', () => {
    expect(phone.format('+687751234', { region: 'NC' })).toBe('75 12 34');
  });

  it('returns unparsable input unchanged', () => {
    expect(phone.format('06 12')).toBe('06 12');
  });
});

describe('phone properties', () => {
  it('every generated number validates to itself', () => {
    fc.assert(fc.property(validE164, (value) => phone.validate(value).value === value));
  });

  it('national and international forms parse back', () => {
    fc.assert(
      fc.property(validE164, (value) => phone.parse(phone.format(value)) === value && phone.parse(phone.format(value, { international: true })) === value),
    );
  });

  it('format∘parse is stable', () => {
    fc.assert(fc.property(validE164, (value) => phone.format(phone.parse(phone.format(value)) ?? '') === phone.format(value)));
  });
});
