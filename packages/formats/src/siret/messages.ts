import type { FormatCatalog } from '../core/messages.js';

export const siretMessages: FormatCatalog = {
  required: [
    'Saisissez le numéro SIRET, par exemple 732 829 320 00074.',
    'Enter the SIRET number, for example 732 829 320 00074.',
  ],
  'invalid-characters': [
    'Le numéro SIRET ne contient que des chiffres. Retirez {characters}.',
    'The SIRET number contains only digits. Remove {characters}.',
  ],
  'too-short': [
    'Le numéro SIRET comporte 14 chiffres, par exemple 732 829 320 00074. Vous en avez saisi {length}.',
    'The SIRET number has 14 digits, for example 732 829 320 00074. You entered {length}.',
  ],
  'too-long': [
    'Le numéro SIRET comporte 14 chiffres, par exemple 732 829 320 00074. Vous en avez saisi {length}.',
    'The SIRET number has 14 digits, for example 732 829 320 00074. You entered {length}.',
  ],
  'siret-is-siren': [
    'Vous avez saisi 9 chiffres, c’est un numéro SIREN. Ajoutez les 5 chiffres du numéro d’établissement (NIC) pour obtenir les 14 chiffres du SIRET.',
    'You entered 9 digits, which is a SIREN number. Add the 5 digits of the establishment number (NIC) to get the 14 digits of the SIRET.',
  ],
  'siret-checksum-mismatch': [
    'Ce numéro SIRET n’est pas valide : un chiffre est faux ou deux chiffres sont inversés. Vérifiez-le sur un document officiel de l’établissement, par exemple un extrait Kbis ou un avis de situation au répertoire SIRENE.',
    'This SIRET number is not valid: a digit is wrong or two digits are swapped. Check it on an official document of the establishment, such as a Kbis extract or a SIRENE registration notice.',
  ],
};
