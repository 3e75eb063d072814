import type { FormatCatalog } from '../core/messages.js';

export const postalCodeMessages: FormatCatalog = {
  required: ['Saisissez le code postal, par exemple 75001.', 'Enter the postcode, for example 75001.'],
  'invalid-characters': [
    'Le code postal ne contient que des chiffres, par exemple 75001. Retirez {characters}.',
    'The postcode contains only digits, for example 75001. Remove {characters}.',
  ],
  'too-short': [
    'Le code postal comporte 5 chiffres, par exemple 75001 ou 01000. Vous en avez saisi {length}.',
    'The postcode has 5 digits, for example 75001 or 01000. You entered {length}.',
  ],
  'too-long': [
    'Le code postal comporte 5 chiffres, par exemple 75001. Vous en avez saisi {length}.',
    'The postcode has 5 digits, for example 75001. You entered {length}.',
  ],
  'postal-code-unknown-department': [
    'Le code postal {value} ne correspond à aucun département. Ses 2 premiers chiffres sont ceux du département (01 à 95, 97 ou 98 pour les outre-mer), par exemple 75001 ou 97400.',
    'The postcode {value} matches no département. Its first 2 digits are those of the département (01 to 95, or 97 or 98 overseas), for example 75001 or 97400.',
  ],
};
