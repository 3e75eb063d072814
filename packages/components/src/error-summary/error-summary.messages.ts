import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-error-summary`. */
export const errorSummaryMessages: MessageTable = {
  fr: {
    'error-summary.heading': 'Il y a un problème',
  },
  en: {
    'error-summary.heading': 'There is a problem',
  },
};
