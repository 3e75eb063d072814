import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-nir-input`: its default label and hint. */
export const nirInputMessages: MessageTable = {
  fr: {
    'nir-input.label': 'Numéro de sécurité sociale',
    'nir-input.hint': '15 chiffres, par exemple 2 69 05 49 588 157 80',
  },
  en: {
    'nir-input.label': 'Social security number',
    'nir-input.hint': '15 digits, for example 2 69 05 49 588 157 80',
  },
};
