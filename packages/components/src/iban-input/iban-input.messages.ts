import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-iban-input`: its default label and hints. */
export const ibanInputMessages: MessageTable = {
  fr: {
    'iban-input.label': 'IBAN',
    'iban-input.hint': '27 caractères commençant par FR ou MC, par exemple FR76 3000 6000 0112 3456 7890 189',
    'iban-input.hintForeign': 'De 15 à 34 caractères selon le pays, par exemple FR76 3000 6000 0112 3456 7890 189',
  },
  en: {
    'iban-input.label': 'IBAN',
    'iban-input.hint': '27 characters starting with FR or MC, for example FR76 3000 6000 0112 3456 7890 189',
    'iban-input.hintForeign': '15 to 34 characters depending on the country, for example FR76 3000 6000 0112 3456 7890 189',
  },
};
