import type { MessageTable } from '../internal/i18n.js';

/**
 * Messages of `socle-alert`. The severity words are read before the message,
 * because colour and icon alone do not convey it (WCAG 1.4.1).
 */
export const alertMessages: MessageTable = {
  fr: {
    'alert.dismiss': 'Masquer le message',
    'alert.severity.info': 'Information :',
    'alert.severity.success': 'Succès :',
    'alert.severity.warning': 'Attention :',
    'alert.severity.error': 'Erreur :',
  },
  en: {
    'alert.dismiss': 'Dismiss message',
    'alert.severity.info': 'Information:',
    'alert.severity.success': 'Success:',
    'alert.severity.warning': 'Warning:',
    'alert.severity.error': 'Error:',
  },
};
