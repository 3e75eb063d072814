import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-dialog`. */
export const dialogMessages: MessageTable = {
  fr: {
    'dialog.close': 'Fermer',
  },
  en: {
    'dialog.close': 'Close',
  },
};
