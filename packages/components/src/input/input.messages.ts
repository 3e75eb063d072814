import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-input`: the password visibility toggle and its announcements. */
export const inputMessages: MessageTable = {
  fr: {
    'input.showPassword': 'Afficher le mot de passe',
    'input.hidePassword': 'Masquer le mot de passe',
    'input.passwordShown': 'Votre mot de passe est affiché.',
    'input.passwordHidden': 'Votre mot de passe est masqué.',
  },
  en: {
    'input.showPassword': 'Show password',
    'input.hidePassword': 'Hide password',
    'input.passwordShown': 'Your password is visible.',
    'input.passwordHidden': 'Your password is hidden.',
  },
};
