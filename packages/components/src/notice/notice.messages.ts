import type { MessageTable } from '../internal/i18n.js';

/**
 * Messages of `socle-notice`. The severity words are read before the title,
 * because colour and icon alone do not convey it (WCAG 1.4.1).
 */
export const noticeMessages: MessageTable = {
  fr: {
    'notice.label': 'Information importante',
    'notice.dismiss': 'Masquer le message',
    'notice.link': 'En savoir plus',
    'notice.severity.info': 'Information :',
    'notice.severity.warning': 'Attention :',
    'notice.severity.alert': 'Alerte :',
  },
  en: {
    'notice.label': 'Important information',
    'notice.dismiss': 'Dismiss message',
    'notice.link': 'Learn more',
    'notice.severity.info': 'Information:',
    'notice.severity.warning': 'Warning:',
    'notice.severity.alert': 'Alert:',
  },
};
