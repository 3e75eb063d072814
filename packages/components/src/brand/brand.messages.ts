import type { MessageTable } from '../internal/i18n.js';

/**
 * Messages of `socle-brand`. The bloc-marque and the motto are the State's
 * official wording and stay in French in every locale.
 */
export const brandMessages: MessageTable = {
  fr: {
    'brand.home': 'Accueil — {name}',
    'brand.home-unnamed': 'Accueil',
    'brand.bloc-marque': 'République Française Liberté Égalité Fraternité',
  },
  en: {
    'brand.home': 'Home — {name}',
    'brand.home-unnamed': 'Home',
    'brand.bloc-marque': 'République Française Liberté Égalité Fraternité',
  },
};
