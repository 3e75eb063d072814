import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-summary-list`. */
export const summaryListMessages: MessageTable = {
  fr: {
    'summary-list.change': 'Modifier',
    'summary-list.empty': 'Non renseigné',
  },
  en: {
    'summary-list.change': 'Change',
    'summary-list.empty': 'Not provided',
  },
};
