import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-consent-banner`. */
export const consentBannerMessages: MessageTable = {
  fr: {
    'consent-banner.region': 'Gestion des cookies',
    'consent-banner.title': 'À propos des cookies',
    'consent-banner.description':
      'Ce site utilise des cookies pour fonctionner et, avec votre accord, pour d’autres finalités. ' +
      'Vous pouvez tout accepter, tout refuser ou choisir finalité par finalité, ' +
      'et changer d’avis à tout moment depuis le lien « Gestion des cookies » en bas de page.',
    'consent-banner.accept-all': 'Tout accepter',
    'consent-banner.refuse-all': 'Tout refuser',
    'consent-banner.customize': 'Personnaliser',
    'consent-banner.dialog-title': 'Panneau de gestion des cookies',
    'consent-banner.dialog-intro':
      'Choisissez pour chaque finalité si vous l’acceptez. Votre choix est enregistré dans ce navigateur.',
    'consent-banner.all-purposes': 'Toutes les finalités',
    'consent-banner.accept': 'Accepter',
    'consent-banner.refuse': 'Refuser',
    'consent-banner.required':
      'Toujours actifs : ces cookies sont nécessaires au fonctionnement du site et ne peuvent pas être refusés.',
    'consent-banner.save': 'Enregistrer mes choix',
    'consent-banner.saved': 'Vos choix sur les cookies ont été enregistrés.',
  },
  en: {
    'consent-banner.region': 'Cookie settings',
    'consent-banner.title': 'About cookies',
    'consent-banner.description':
      'This site uses cookies to work and, with your consent, for other purposes. ' +
      'You can accept all, refuse all or choose purpose by purpose, ' +
      'and change your mind at any time from the “Cookie settings” link at the bottom of the page.',
    'consent-banner.accept-all': 'Accept all',
    'consent-banner.refuse-all': 'Refuse all',
    'consent-banner.customize': 'Customise',
    'consent-banner.dialog-title': 'Cookie settings panel',
    'consent-banner.dialog-intro': 'Choose for each purpose whether you accept it. Your choice is stored in this browser.',
    'consent-banner.all-purposes': 'All purposes',
    'consent-banner.accept': 'Accept',
    'consent-banner.refuse': 'Refuse',
    'consent-banner.required': 'Always on: these cookies are needed for the site to work and cannot be refused.',
    'consent-banner.save': 'Save my choices',
    'consent-banner.saved': 'Your cookie choices have been saved.',
  },
};
