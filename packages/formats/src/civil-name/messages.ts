import type { FormatCatalog } from '../core/messages.js';

export const civilNameMessages: FormatCatalog = {
  required: ['Saisissez le nom.', 'Enter the name.'],
  'too-long': [
    'Le nom comporte au plus {max} caractères. Vous en avez saisi {length}.',
    'The name has at most {max} characters. You entered {length}.',
  ],
  'name-character-not-allowed': [
    'Les actes de l’état civil n’acceptent pas {characters}. Utilisez les lettres de l’alphabet latin, avec ou sans accent français, l’espace, le trait d’union et l’apostrophe{suggestion}.',
    'French civil-status records do not accept {characters}. Use letters of the Latin alphabet, with or without French accents, the space, the hyphen and the apostrophe{suggestion}.',
  ],
  'name-character-not-allowed-suggestion': [', par exemple «\u202f{replacement}\u202f»', ', for example “{replacement}”'],
  'name-invalid-characters': [
    'Le nom ne contient que des lettres, des espaces, des traits d’union et des apostrophes. Retirez {characters}.',
    'The name contains only letters, spaces, hyphens and apostrophes. Remove {characters}.',
  ],
  'name-separator-at-edge': [
    'Le nom ne peut pas commencer ni finir par un trait d’union ou une apostrophe. Retirez «\u202f{separator}\u202f».',
    'The name cannot start or end with a hyphen or an apostrophe. Remove “{separator}”.',
  ],
  'name-consecutive-separators': [
    'Le nom ne peut pas contenir deux séparateurs qui se suivent («\u202f{separators}\u202f»). Gardez-en un seul, par exemple «\u202fMartin-Dupont\u202f» ou «\u202fMartin Dupont\u202f».',
    'The name cannot contain two separators in a row (“{separators}”). Keep only one, for example “Martin-Dupont” or “Martin Dupont”.',
  ],
};
