import type { MessageTable } from '../internal/i18n.js';

/**
 * Messages of `socle-franceconnect-button`. The French wording is the
 * providers'; the brand names (FranceConnect, FranceConnect+, ProConnect) are
 * never translated.
 */
export const franceconnectButtonMessages: MessageTable = {
  fr: {
    'franceconnect-button.login': 'S’identifier avec',
    'franceconnect-button.help': 'Qu’est-ce que {provider}\u00a0?',
    'franceconnect-button.new-window': 'nouvelle fenêtre',
    'franceconnect-button.separator': 'ou',
  },
  en: {
    'franceconnect-button.login': 'Sign in with',
    'franceconnect-button.help': 'What is {provider}?',
    'franceconnect-button.new-window': 'new window',
    'franceconnect-button.separator': 'or',
  },
};
