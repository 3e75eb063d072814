import type { FormatCatalog } from '../core/messages.js';

export const phoneMessages: FormatCatalog = {
  required: [
    'Saisissez un numéro de téléphone, par exemple 06 12 34 56 78.',
    'Enter a telephone number, for example 06 12 34 56 78.',
  ],
  'invalid-characters': [
    'Un numéro de téléphone ne contient que des chiffres, précédés de + pour un indicatif de pays. Retirez {characters}.',
    'A telephone number contains only digits, after a + for a country code. Remove {characters}.',
  ],
  'too-short': [
    'Un numéro de téléphone comporte {expected} chiffres, par exemple {example}. Vous en avez saisi {length}.',
    'A telephone number has {expected} digits, for example {example}. You entered {length}.',
  ],
  'too-long': [
    'Un numéro de téléphone comporte {expected} chiffres, par exemple {example}. Vous en avez saisi {length}.',
    'A telephone number has {expected} digits, for example {example}. You entered {length}.',
  ],
  'phone-country-not-supported': [
    'Seuls les numéros de France et des outre-mer sont acceptés, par exemple 06 12 34 56 78 ou +262 692 12 34 56. Le numéro saisi commence par +{digits}.',
    'Only numbers in France and its overseas territories are accepted, for example 06 12 34 56 78 or +262 692 12 34 56. The number entered starts with +{digits}.',
  ],
  'phone-invalid-for-country-code': [
    'Ce numéro ne correspond pas à l’indicatif +{countryCode}. Vérifiez l’indicatif, ou saisissez le numéro sans indicatif en commençant par 0, par exemple 0692 12 34 56.',
    'This number does not belong to country code +{countryCode}. Check the country code, or enter the number without it, starting with 0, for example 0692 12 34 56.',
  ],
  'phone-leading-zero-missing': [
    'Un numéro de téléphone commence par 0, par exemple 06 12 34 56 78, ou par + suivi de l’indicatif du pays, par exemple +262 692 12 34 56.',
    'A telephone number starts with 0, for example 06 12 34 56 78, or with + and the country code, for example +262 692 12 34 56.',
  ],
  'phone-invalid-number': [
    'Après le 0 initial, un numéro de téléphone commence par un chiffre de 1 à 9, par exemple 06 12 34 56 78.',
    'After the leading 0, a telephone number starts with a digit from 1 to 9, for example 06 12 34 56 78.',
  ],
  'phone-type-not-allowed': [
    'Saisissez un numéro de {allowed}, par exemple {example}.',
    'Enter a {allowed} number, for example {example}.',
  ],
  'type-fixed': ['téléphone fixe', 'landline'],
  'type-mobile': ['téléphone mobile', 'mobile'],
  'type-special': ['service à tarif spécial', 'special-rate'],
  'type-non-geographic': ['téléphone non géographique', 'non-geographic'],
  'type-unknown': ['téléphone', 'telephone'],
  or: [' ou de ', ' or '],
};
