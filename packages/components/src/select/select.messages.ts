import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-select`. */
export const selectMessages: MessageTable = {
  fr: { 'select.placeholder': 'Sélectionnez une option' },
  en: { 'select.placeholder': 'Select an option' },
};
