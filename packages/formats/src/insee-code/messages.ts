import type { FormatCatalog } from '../core/messages.js';

export const inseeCodeMessages: FormatCatalog = {
  required: [
    'Saisissez le code INSEE de la commune, par exemple 75056 pour Paris.',
    'Enter the INSEE code of the commune, for example 75056 for Paris.',
  ],
  'invalid-characters': [
    'Le code INSEE d’une commune contient 5 chiffres, ou 2A ou 2B suivis de 3 chiffres en Corse. Retirez {characters}.',
    'The INSEE code of a commune has 5 digits, or 2A or 2B followed by 3 digits in Corsica. Remove {characters}.',
  ],
  'too-short': [
    'Le code INSEE d’une commune comporte 5 caractères, par exemple 75056 ou 2A004. Vous en avez saisi {length}.',
    'The INSEE code of a commune has 5 characters, for example 75056 or 2A004. You entered {length}.',
  ],
  'too-long': [
    'Le code INSEE d’une commune comporte 5 caractères, par exemple 75056 ou 2A004. Vous en avez saisi {length}.',
    'The INSEE code of a commune has 5 characters, for example 75056 or 2A004. You entered {length}.',
  ],
  'insee-code-corsica': [
    'Depuis 1976, les communes de Corse ont un code qui commence par 2A (Corse-du-Sud) ou 2B (Haute-Corse), par exemple 2A004 pour Ajaccio. Remplacez 20 par 2A ou 2B.',
    'Since 1976, codes of communes in Corsica start with 2A (Corse-du-Sud) or 2B (Haute-Corse), for example 2A004 for Ajaccio. Replace 20 with 2A or 2B.',
  ],
  'insee-code-abroad': [
    'Le code {value} désigne un pays étranger, pas une commune. Saisissez le code d’une commune française, ou indiquez le pays dans le champ prévu.',
    'The code {value} is a foreign country, not a commune. Enter the code of a French commune, or give the country in its own field.',
  ],
  'insee-code-unknown-department': [
    'Le code INSEE {value} ne correspond à aucun département. Il commence par le département (01 à 95, 2A, 2B, ou 971 à 976 en outre-mer), par exemple 75056.',
    'The INSEE code {value} matches no département. It starts with the département (01 to 95, 2A, 2B, or 971 to 976 overseas), for example 75056.',
  ],
  'insee-code-invalid-commune': [
    'Le code INSEE {value} ne désigne aucune commune : le numéro de commune ne peut pas être 000. Vérifiez-le.',
    'The INSEE code {value} is not a commune: the commune number cannot be 000. Check it.',
  ],
};
