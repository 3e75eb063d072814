import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-header`. */
export const headerMessages: MessageTable = {
  fr: {
    'header.menu': 'Menu',
    'header.navigation': 'Menu principal',
  },
  en: {
    'header.menu': 'Menu',
    'header.navigation': 'Main menu',
  },
};
