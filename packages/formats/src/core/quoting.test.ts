import { describe, expect, it } from 'vitest';
import { civilName, iban, inseeCode, nir, phone, postalCode, registerMessages, siren, siret } from '../index.js';
import type { ValidationResult } from './types.js';

/** French guillemets with the narrow no-break space (U+202F) inside. */
const guillemets = (value: string) => `«\u202f${value}\u202f»`;

type Validate = (input: string, options?: { locale?: string }) => ValidationResult<unknown>;

/** Every validator that lists rejected characters, with an input that has two of them, one repeated. */
const cases: Array<{ name: string; validate: Validate; input: string; code: string; french: string; english: string }> = [
  {
    name: 'nir',
    validate: nir.validate,
    input: '1 84 12 7X 451 089 X*',
    code: 'invalid-characters',
    french: 'Le numéro de sécurité sociale ne contient que des chiffres, avec 2A ou 2B pour une naissance en Corse. Retirez «\u202fX\u202f», «\u202f*\u202f».',
    english: 'The social security number contains only digits, with 2A or 2B for a birth in Corsica. Remove “X”, “*”.',
  },
  {
    name: 'siren',
    validate: siren.validate,
    input: '732 X29 3*X',
    code: 'invalid-characters',
    french: 'Le numéro SIREN ne contient que des chiffres. Retirez «\u202fX\u202f», «\u202f*\u202f».',
    english: 'The SIREN number contains only digits. Remove “X”, “*”.',
  },
  {
    name: 'siret',
    validate: siret.validate,
    input: '732 X29 320 0007*X',
    code: 'invalid-characters',
    french: 'Le numéro SIRET ne contient que des chiffres. Retirez «\u202fX\u202f», «\u202f*\u202f».',
    english: 'The SIRET number contains only digits. Remove “X”, “*”.',
  },
  {
    name: 'iban',
    validate: iban.validate,
    input: 'FR76 3000 6000 0112 3456 7890 1*#*',
    code: 'invalid-characters',
    french: 'L’IBAN ne contient que des lettres et des chiffres. Retirez «\u202f*\u202f», «\u202f#\u202f».',
    english: 'The IBAN contains only letters and digits. Remove “*”, “#”.',
  },
  {
    name: 'postalCode',
    validate: postalCode.validate,
    input: '75OO*',
    code: 'invalid-characters',
    french: 'Le code postal ne contient que des chiffres, par exemple 75001. Retirez «\u202fO\u202f», «\u202f*\u202f».',
    english: 'The postcode contains only digits, for example 75001. Remove “O”, “*”.',
  },
  {
    name: 'inseeCode',
    validate: inseeCode.validate,
    input: '2CC0*',
    code: 'invalid-characters',
    french: 'Le code INSEE d’une commune contient 5 chiffres, ou 2A ou 2B suivis de 3 chiffres en Corse. Retirez «\u202fC\u202f», «\u202f*\u202f».',
    english: 'The INSEE code of a commune has 5 digits, or 2A or 2B followed by 3 digits in Corsica. Remove “C”, “*”.',
  },
  {
    name: 'phone',
    validate: phone.validate,
    input: '06 12 34 56 7a #A',
    code: 'invalid-characters',
    french: 'Un numéro de téléphone ne contient que des chiffres, précédés de + pour un indicatif de pays. Retirez «\u202fA\u202f», «\u202f#\u202f».',
    english: 'A telephone number contains only digits, after a + for a country code. Remove “A”, “#”.',
  },
  {
    name: 'civilName in civil mode',
    validate: civilName.validate,
    input: 'Fañch Łañ',
    code: 'name-character-not-allowed',
    french:
      'Les actes de l’état civil n’acceptent pas «\u202fñ\u202f», «\u202fŁ\u202f». Utilisez les lettres de l’alphabet latin, avec ou sans accent français, l’espace, le trait d’union et l’apostrophe.',
    english:
      'French civil-status records do not accept “ñ”, “Ł”. Use letters of the Latin alphabet, with or without French accents, the space, the hyphen and the apostrophe.',
  },
  {
    name: 'civilName in general mode',
    validate: (input, options) => civilName.validate(input, { ...options, mode: 'general' }),
    input: 'R2D2 !',
    code: 'name-invalid-characters',
    french: 'Le nom ne contient que des lettres, des espaces, des traits d’union et des apostrophes. Retirez «\u202f2\u202f», «\u202f!\u202f».',
    english: 'The name contains only letters, spaces, hyphens and apostrophes. Remove “2”, “!”.',
  },
];

describe('rejected characters', () => {
  describe.each(cases)('$name', ({ validate, input, code, french, english }) => {
    it('quotes them with guillemets in French', () => {
      const error = validate(input).errors[0];

      expect(error?.code).toBe(code);
      expect(error?.message).toBe(french);
    });

    it('quotes them with curly quotes in English', () => {
      const error = validate(input, { locale: 'en' }).errors[0];

      expect(error?.code).toBe(code);
      expect(error?.message).toBe(english);
      expect(error?.message).not.toMatch(/[«»]/);
    });

    it('lists them unquoted in params', () => {
      const inFrench = validate(input).errors[0]?.params?.characters;
      const inEnglish = validate(input, { locale: 'en-GB' }).errors[0]?.params?.characters;

      expect(inFrench).toHaveLength(2);
      expect(inFrench).toEqual(inEnglish);
      expect((inFrench as readonly string[]).every((character) => !/[«»“”\u202f]/.test(character))).toBe(true);
    });
  });
});

describe('quoting with registered messages', () => {
  it('uses guillemets for a French fallback', () => {
    expect(siren.validate('12X', { locale: 'it' }).errors[0]?.message).toBe('Le numéro SIREN ne contient que des chiffres. Retirez «\u202fX\u202f».');
  });

  it('uses guillemets for a French regional locale', () => {
    registerMessages('fr-x-quotes', 'siret', { 'invalid-characters': 'Caractères refusés : {characters}.' });

    expect(siret.validate('12X', { locale: 'fr-x-quotes' }).errors[0]?.message).toBe(`Caractères refusés : ${guillemets('X')}.`);
  });

  it('uses curly quotes for another language', () => {
    registerMessages('nl', 'postalCode', { 'invalid-characters': 'Verwijder {characters}.' });

    expect(postalCode.validate('7A0B1', { locale: 'nl' }).errors[0]?.message).toBe('Verwijder “A”, “B”.');
  });
});

describe('civilName quoting', () => {
  it('quotes consecutive separators per language', () => {
    const inFrench = civilName.validate('Martin--Dupont').errors[0];
    const inEnglish = civilName.validate('Martin--Dupont', { locale: 'en' }).errors[0];

    expect(inFrench?.params?.separators).toBe('--');
    expect(inFrench?.message).toContain(`qui se suivent (${guillemets('--')}). Gardez-en un seul, par exemple ${guillemets('Martin-Dupont')}`);
    expect(inEnglish?.message).toContain('two separators in a row (“--”). Keep only one, for example “Martin-Dupont”');
  });

  it('quotes the suggestion per language', () => {
    const inFrench = civilName.validate('Fañch').errors[0];
    const inEnglish = civilName.validate('Fañch', { locale: 'en' }).errors[0];

    expect(inFrench?.params?.suggestion).toBe(`, par exemple ${guillemets('Fanch')}`);
    expect(inFrench?.message).toContain(`n’acceptent pas ${guillemets('ñ')}.`);
    expect(inEnglish?.params?.suggestion).toBe(', for example “Fanch”');
    expect(inEnglish?.message).toContain('do not accept “ñ”.');
  });
});
