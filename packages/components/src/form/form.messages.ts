import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-form`. */
export const formMessages: MessageTable = {
  fr: {
    'form.titlePrefix': 'Erreur : ',
    'form.errorWithLabel': '{label} : {message}',
    'form.draftRestored': 'Vos réponses précédentes ont été restaurées.',
    'form.draftClear': 'Effacer les réponses',
    'form.draftCleared': 'Vos réponses ont été effacées.',
  },
  en: {
    'form.titlePrefix': 'Error: ',
    'form.errorWithLabel': '{label}: {message}',
    'form.draftRestored': 'Your previous answers have been restored.',
    'form.draftClear': 'Clear answers',
    'form.draftCleared': 'Your answers have been cleared.',
  },
};
