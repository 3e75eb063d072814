import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-tag`. */
export const tagMessages: MessageTable = {
  fr: {
    'tag.remove': 'Retirer {label}',
  },
  en: {
    'tag.remove': 'Remove {label}',
  },
};
