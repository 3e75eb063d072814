import type { FormatCatalog } from '../core/messages.js';

export const sirenMessages: FormatCatalog = {
  required: ['Saisissez le numéro SIREN, par exemple 732 829 320.', 'Enter the SIREN number, for example 732 829 320.'],
  'invalid-characters': [
    'Le numéro SIREN ne contient que des chiffres. Retirez {characters}.',
    'The SIREN number contains only digits. Remove {characters}.',
  ],
  'too-short': [
    'Le numéro SIREN comporte 9 chiffres, par exemple 732 829 320. Vous en avez saisi {length}.',
    'The SIREN number has 9 digits, for example 732 829 320. You entered {length}.',
  ],
  'too-long': [
    'Le numéro SIREN comporte 9 chiffres, par exemple 732 829 320. Vous en avez saisi {length}.',
    'The SIREN number has 9 digits, for example 732 829 320. You entered {length}.',
  ],
  'siren-is-siret': [
    'Vous avez saisi 14 chiffres, c’est un numéro SIRET. Le numéro SIREN est formé de ses 9 premiers chiffres : {siren}.',
    'You entered 14 digits, which is a SIRET number. The SIREN number is its first 9 digits: {siren}.',
  ],
  'siren-checksum-mismatch': [
    'Ce numéro SIREN n’est pas valide : un chiffre est faux ou deux chiffres sont inversés. Vérifiez-le sur un document officiel de l’entreprise, par exemple un extrait Kbis.',
    'This SIREN number is not valid: a digit is wrong or two digits are swapped. Check it on an official company document, such as a Kbis extract.',
  ],
};
