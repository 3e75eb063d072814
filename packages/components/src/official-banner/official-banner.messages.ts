import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-official-banner`. */
export const officialBannerMessages: MessageTable = {
  fr: {
    'official-banner.title': 'Site officiel de {administration}',
    'official-banner.title-generic': 'Site officiel',
    'official-banner.toggle': 'Comment le reconnaître ?',
    'official-banner.domain-title': 'Une adresse officielle',
    'official-banner.domain-gouv': 'Les sites de l’État ont une adresse qui se termine par .gouv.fr.',
    'official-banner.domain-known': 'Ce site utilise {domain}, le domaine connu de {administration}.',
    'official-banner.domain-known-generic': 'Ce site utilise le domaine connu {domain}.',
    'official-banner.https-title': 'Une connexion sécurisée',
    'official-banner.https-text':
      'L’adresse commence par https:// et un cadenas s’affiche dans la barre d’adresse : les échanges avec le site sont chiffrés.',
  },
  en: {
    'official-banner.title': 'Official website of {administration}',
    'official-banner.title-generic': 'Official website',
    'official-banner.toggle': 'How to recognise it?',
    'official-banner.domain-title': 'An official address',
    'official-banner.domain-gouv': 'French State websites have an address ending in .gouv.fr.',
    'official-banner.domain-known': 'This site uses {domain}, the known domain of {administration}.',
    'official-banner.domain-known-generic': 'This site uses the known domain {domain}.',
    'official-banner.https-title': 'A secure connection',
    'official-banner.https-text':
      'The address starts with https:// and a padlock shows in the address bar: exchanges with the site are encrypted.',
  },
};
