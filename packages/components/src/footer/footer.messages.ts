import type { MessageTable } from '../internal/i18n.js';

/**
 * Messages of `socle-footer`. The accessibility mention follows the wording
 * fixed by the RGAA for the compliance level (décret n° 2019-768).
 */
export const footerMessages: MessageTable = {
  fr: {
    'footer.accessibility.totalement': 'Accessibilité : totalement conforme',
    'footer.accessibility.partiellement': 'Accessibilité : partiellement conforme',
    'footer.accessibility.non': 'Accessibilité : non conforme',
    'footer.legal': 'Mentions légales',
    'footer.privacy': 'Données personnelles',
    'footer.cookies': 'Gestion des cookies',
    'footer.licence': 'Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0',
    'footer.state-links': 'Sites de l’État',
    'footer.legal-links': 'Informations légales',
  },
  en: {
    'footer.accessibility.totalement': 'Accessibility: fully compliant',
    'footer.accessibility.partiellement': 'Accessibility: partially compliant',
    'footer.accessibility.non': 'Accessibility: not compliant',
    'footer.legal': 'Legal notice',
    'footer.privacy': 'Personal data',
    'footer.cookies': 'Cookie settings',
    'footer.licence': 'Unless otherwise stated, all content on this site is licensed under etalab-2.0',
    'footer.state-links': 'State websites',
    'footer.legal-links': 'Legal information',
  },
};
