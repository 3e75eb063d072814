import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-commune-input`: result counts, search states, errors and option details. */
export const communeInputMessages: MessageTable = {
  fr: {
    'commune-input.resultsMany': '{count} communes trouvées',
    'commune-input.resultsOne': '1 commune trouvée',
    'commune-input.resultsNone': 'Aucune commune trouvée',
    'commune-input.loading': 'Recherche des communes en cours…',
    'commune-input.errorNetwork': 'La recherche de communes a échoué : le service est injoignable. Vérifiez votre connexion puis réessayez.',
    'commune-input.errorTimeout': 'Le service de recherche de communes ne répond pas. Réessayez dans un instant.',
    'commune-input.errorRateLimited': 'Trop de recherches en peu de temps. Patientez quelques secondes puis réessayez.',
    'commune-input.errorHttp': 'Le service de recherche de communes a renvoyé une erreur. Réessayez plus tard.',
    'commune-input.unmatched': 'Sélectionnez une commune dans la liste pour « {label} ».',
    'commune-input.deleguee': 'commune déléguée',
    'commune-input.postalCodes': 'codes postaux {codes}',
    'commune-input.postalCode': 'code postal {codes}',
    'commune-input.more': '{codes} et {count} autres',
  },
  en: {
    'commune-input.resultsMany': '{count} communes found',
    'commune-input.resultsOne': '1 commune found',
    'commune-input.resultsNone': 'No commune found',
    'commune-input.loading': 'Searching communes…',
    'commune-input.errorNetwork': 'The commune search failed: the service cannot be reached. Check your connection and try again.',
    'commune-input.errorTimeout': 'The commune search service is not responding. Try again in a moment.',
    'commune-input.errorRateLimited': 'Too many searches in a short time. Wait a few seconds and try again.',
    'commune-input.errorHttp': 'The commune search service returned an error. Try again later.',
    'commune-input.unmatched': 'Select a commune from the list for {label}.',
    'commune-input.deleguee': 'commune déléguée',
    'commune-input.postalCodes': 'postal codes {codes}',
    'commune-input.postalCode': 'postal code {codes}',
    'commune-input.more': '{codes} and {count} more',
  },
};
