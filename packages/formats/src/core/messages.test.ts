import { describe, expect, it } from 'vitest';
import { nir, registerMessages, registeredLocales, siren } from '../index.js';

describe('registerMessages', () => {
  it('adds a locale for one format', () => {
    registerMessages('de', 'siren', { 'too-short': 'Die SIREN-Nummer hat 9 Ziffern. Sie haben {length} eingegeben.' });

    expect(siren.validate('123', { locale: 'de' }).errors[0]?.message).toBe('Die SIREN-Nummer hat 9 Ziffern. Sie haben 3 eingegeben.');
    expect(registeredLocales()).toContain('de');
  });

  it('falls back to French for a missing code', () => {
    registerMessages('de', 'siren', { required: 'Geben Sie die SIREN-Nummer ein.' });

    expect(siren.validate('12345678A', { locale: 'de' }).errors[0]?.message).toBe('Le numéro SIREN ne contient que des chiffres. Retirez «\u202fA\u202f».');
  });

  it('uses the base language of a regional locale', () => {
    expect(nir.validate('', { locale: 'en-GB' }).errors[0]?.message).toBe('Enter the social security number, for example 2 69 05 49 588 157 80.');
  });

  it('overrides a built-in message', () => {
    registerMessages('fr-x-test', 'nir', { required: 'Numéro obligatoire.' });

    expect(nir.validate('', { locale: 'fr-x-test' }).errors[0]?.message).toBe('Numéro obligatoire.');
    expect(nir.validate('').errors[0]?.message).toContain('Saisissez le numéro de sécurité sociale');
  });
});
