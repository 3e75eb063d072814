import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-postal-code-input`: its default label and hint. */
export const postalCodeInputMessages: MessageTable = {
  fr: {
    'postal-code-input.label': 'Code postal',
    'postal-code-input.hint': '5 chiffres, par exemple 75001',
  },
  en: {
    'postal-code-input.label': 'Postcode',
    'postal-code-input.hint': '5 digits, for example 75001',
  },
};
