import type { MessageTable } from '../internal/i18n.js';

/** Messages shared by the French identifier fields. */
export const identifierInputMessages: MessageTable = {
  fr: {
    'identifier-input.warningPrefix': 'À vérifier :',
  },
  en: {
    'identifier-input.warningPrefix': 'Check:',
  },
};
