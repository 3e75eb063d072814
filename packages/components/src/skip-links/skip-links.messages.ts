import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-skip-links`. */
export const skipLinksMessages: MessageTable = {
  fr: {
    'skip-links.label': 'Accès rapide',
    'skip-links.content': 'Aller au contenu',
    'skip-links.menu': 'Aller au menu',
    'skip-links.search': 'Aller à la recherche',
  },
  en: {
    'skip-links.label': 'Quick access',
    'skip-links.content': 'Skip to content',
    'skip-links.menu': 'Skip to menu',
    'skip-links.search': 'Skip to search',
  },
};
