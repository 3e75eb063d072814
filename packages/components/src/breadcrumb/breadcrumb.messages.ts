import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-breadcrumb`. */
export const breadcrumbMessages: MessageTable = {
  fr: {
    'breadcrumb.label': 'Fil d’Ariane',
    'breadcrumb.show': 'Voir le fil d’Ariane',
  },
  en: {
    'breadcrumb.label': 'Breadcrumb',
    'breadcrumb.show': 'Show the breadcrumb',
  },
};
