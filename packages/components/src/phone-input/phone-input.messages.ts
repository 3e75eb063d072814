import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-phone-input`: its default labels and hints. */
export const phoneInputMessages: MessageTable = {
  fr: {
    'phone-input.label': 'Numéro de téléphone',
    'phone-input.labelMobile': 'Numéro de téléphone mobile',
    'phone-input.hint': 'Par exemple {example}',
    'phone-input.hintMobile': 'Un numéro de mobile, par exemple {example}',
  },
  en: {
    'phone-input.label': 'Telephone number',
    'phone-input.labelMobile': 'Mobile number',
    'phone-input.hint': 'For example {example}',
    'phone-input.hintMobile': 'A mobile number, for example {example}',
  },
};
