import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-siret-input`: its default labels and hints, per mode. */
export const siretInputMessages: MessageTable = {
  fr: {
    'siret-input.label.siret': 'Numéro SIRET',
    'siret-input.label.siren': 'Numéro SIREN',
    'siret-input.hint.siret': '14 chiffres, par exemple 732 829 320 00074',
    'siret-input.hint.siren': '9 chiffres, par exemple 732 829 320',
  },
  en: {
    'siret-input.label.siret': 'SIRET number',
    'siret-input.label.siren': 'SIREN number',
    'siret-input.hint.siret': '14 digits, for example 732 829 320 00074',
    'siret-input.hint.siren': '9 digits, for example 732 829 320',
  },
};
