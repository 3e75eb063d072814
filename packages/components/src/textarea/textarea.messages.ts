import type { MessageTable } from '../internal/i18n.js';

/**
 * Messages of `socle-textarea`'s character count. Keys end with the plural
 * category from `Intl.PluralRules` (`one` or `other`): French puts 0 and 1 in
 * `one`, English only 1.
 */
export const textareaMessages: MessageTable = {
  fr: {
    'textarea.limit': 'Vous pouvez saisir jusqu’à {max} caractères.',
    'textarea.remaining.one': 'Il vous reste {count} caractère',
    'textarea.remaining.other': 'Il vous reste {count} caractères',
    'textarea.over.one': 'Vous avez {count} caractère en trop',
    'textarea.over.other': 'Vous avez {count} caractères en trop',
  },
  en: {
    'textarea.limit': 'You can enter up to {max} characters.',
    'textarea.remaining.one': 'You have {count} character remaining',
    'textarea.remaining.other': 'You have {count} characters remaining',
    'textarea.over.one': 'You have {count} character too many',
    'textarea.over.other': 'You have {count} characters too many',
  },
};
