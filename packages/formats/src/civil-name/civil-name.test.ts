import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as civilName from './index.js';

const civilLetters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸæœÆŒ'];
const word = (letters: fc.Arbitrary<string>) => fc.array(letters, { minLength: 1, maxLength: 12 }).map((list) => list.join(''));
const validCivilName = fc
  .tuple(word(fc.constantFrom(...civilLetters)), fc.array(fc.tuple(fc.constantFrom(' ', '-', "'"), word(fc.constantFrom(...civilLetters))), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([separator, next]) => separator + next).join(''));
const anyLetter = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }).filter((character) => /^[\p{L}\p{M}]+$/u.test(character.normalize('NFC')));
const generalName = fc
  .tuple(word(anyLetter), fc.array(fc.tuple(fc.constantFrom(' ', '-', "'"), word(anyLetter)), { maxLength: 3 }))
  .map(([first, rest]) => first + rest.map(([separator, next]) => separator + next).join(''));

describe('civilName.validate', () => {
  it.each([
    ['Dupont', 'Dupont'],
    ['  Le   Gall ', 'Le Gall'],
    ['Martin-Dupont', 'Martin-Dupont'],
    ['D’Artagnan', "D'Artagnan"],
    ['Bérénice Jean\u00a0Noël', 'Bérénice Jean Noël'],
    ['Lætitia Œdipe Ÿves', 'Lætitia Œdipe Ÿves'],
    ['Ce\u0301line', 'Céline'],
  ])('accepts %j in civil mode', (input, value) => {
    const result = civilName.validate(input);

    expect(result.errors).toEqual([]);
    expect(result.value).toBe(value);
  });

  it.each([
    ['', 'required', 'Saisissez le nom.', 'Enter the name.'],
    ['Fañch', 'name-character-not-allowed', 'n’acceptent pas «\u202fñ\u202f». Utilisez les lettres de l’alphabet latin', 'do not accept “ñ”'],
    ['Müller-Šimon', 'name-character-not-allowed', 'par exemple «\u202fMüller-Simon\u202f»', 'for example “Müller-Simon”'],
    ['Dupont2', 'name-character-not-allowed', 'n’acceptent pas «\u202f2\u202f»', 'do not accept “2”'],
    ['-Dupont', 'name-separator-at-edge', 'ne peut pas commencer ni finir par un trait d’union ou une apostrophe. Retirez «\u202f-\u202f».', 'Remove “-”.'],
    ["Dupont'", 'name-separator-at-edge', "Retirez «\u202f'\u202f»", "Remove “'”"],
    ['Martin--Dupont', 'name-consecutive-separators', 'deux séparateurs qui se suivent («\u202f--\u202f»)', 'two separators in a row (“--”)'],
    ['Martin - Dupont', 'name-consecutive-separators', '(«\u202f - \u202f»)', '(“ - ”)'],
  ])('rejects %j with %s in civil mode', (input, code, french, english) => {
    const inFrench = civilName.validate(input);
    const inEnglish = civilName.validate(input, { locale: 'en' });

    expect(inFrench.valid).toBe(false);
    expect(inFrench.errors.map((error) => error.code)).toEqual([code]);
    expect(inFrench.errors[0]?.message).toContain(french);
    expect(inEnglish.errors[0]?.message).toContain(english);
  });

  it.each(['ı', 'İ', 'ſ', 'ß', 'ẞ', 'Ñ', 'Å', 'Ø', 'ﬀ', 'ǅ'])('rejects the lookalike %s in civil mode', (character) => {
    const result = civilName.validate(`Mar${character}e`);

    expect(result.errors.map((error) => error.code)).toEqual(['name-character-not-allowed']);
    expect(result.errors[0]?.params?.characters).toEqual([character]);
  });

  it('gives no suggestion without a Latin base letter', () => {
    expect(civilName.validate('Dupont2').errors[0]?.params?.suggestion).toBe('');
    expect(civilName.validate('Łukasz').errors[0]?.params?.suggestion).toBe('');
  });

  it.each(['Fañch', 'Łukasz', 'Nguyễn', 'Σωκράτης', 'Ḥasan', 'Чайковский', '李'])('accepts %s in general mode', (input) => {
    expect(civilName.validate(input, { mode: 'general' }).valid).toBe(true);
  });

  it('rejects digits in general mode', () => {
    const result = civilName.validate('R2D2', { mode: 'general' });

    expect(result.errors.map((error) => error.code)).toEqual(['name-invalid-characters']);
    expect(result.errors[0]?.message).toBe('Le nom ne contient que des lettres, des espaces, des traits d’union et des apostrophes. Retirez «\u202f2\u202f».');
  });

  it('rejects a name over the maximum length', () => {
    const result = civilName.validate('A'.repeat(101));

    expect(result.errors.map((error) => error.code)).toEqual(['too-long']);
    expect(result.errors[0]?.message).toBe('Le nom comporte au plus 100 caractères. Vous en avez saisi 101.');
    expect(civilName.validate('Dupont', { maxLength: 5 }).errors[0]?.code).toBe('too-long');
  });
});

describe('civilName properties', () => {
  it('every generated civil name validates in both modes', () => {
    fc.assert(fc.property(validCivilName, (value) => civilName.validate(value).valid && civilName.validate(value, { mode: 'general' }).valid));
  });

  it('every generated name of any script validates in general mode', () => {
    fc.assert(fc.property(generalName, (value) => civilName.validate(value, { mode: 'general' }).valid));
  });

  it('format∘parse is stable on any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (value) => civilName.format(civilName.parse(civilName.format(value)) ?? '') === civilName.format(value) || civilName.parse(value) === null));
  });
});
