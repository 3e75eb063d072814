import type { FormatCatalog } from '../core/messages.js';

export const nirMessages: FormatCatalog = {
  required: [
    'Saisissez le numéro de sécurité sociale, par exemple 2 69 05 49 588 157 80.',
    'Enter the social security number, for example 2 69 05 49 588 157 80.',
  ],
  'invalid-characters': [
    'Le numéro de sécurité sociale ne contient que des chiffres, avec 2A ou 2B pour une naissance en Corse. Retirez {characters}.',
    'The social security number contains only digits, with 2A or 2B for a birth in Corsica. Remove {characters}.',
  ],
  'too-short': [
    'Le numéro de sécurité sociale comporte 15 chiffres, par exemple 2 69 05 49 588 157 80. Vous en avez saisi {length}.',
    'The social security number has 15 digits, for example 2 69 05 49 588 157 80. You entered {length}.',
  ],
  'too-long': [
    'Le numéro de sécurité sociale comporte 15 chiffres, par exemple 2 69 05 49 588 157 80. Vous en avez saisi {length}.',
    'The social security number has 15 digits, for example 2 69 05 49 588 157 80. You entered {length}.',
  ],
  'nir-key-missing': [
    'Ajoutez la clé, les 2 chiffres qui terminent le numéro de sécurité sociale : le numéro complet comporte 15 chiffres.',
    'Add the key, the 2 digits that end the social security number: the full number has 15 digits.',
  ],
  'nir-key-mismatch': [
    'La clé (les 2 derniers chiffres) ne correspond pas au numéro de sécurité sociale. Vérifiez chaque chiffre sur votre carte Vitale ou votre attestation de droits.',
    'The key (the last 2 digits) does not match the social security number. Check each digit against your Carte Vitale or your certificate of entitlement.',
  ],
  'nir-temporary': [
    'Ce numéro de sécurité sociale est provisoire (il commence par 7 ou 8). Indiquez le numéro définitif si vous l’avez reçu.',
    'This social security number is temporary (it starts with 7 or 8). Enter the permanent number if you have received it.',
  ],
  'nir-unknown-sex': [
    'Le premier chiffre du numéro de sécurité sociale est habituellement 1 ou 2. Vérifiez-le.',
    'The first digit of the social security number is usually 1 or 2. Check it.',
  ],
  'nir-unknown-month': [
    'Le mois de naissance de ce numéro ({month}) indique un mois inconnu. Vérifiez le numéro si vous connaissez votre mois de naissance.',
    'The birth month in this number ({month}) means the month is unknown. Check the number if you know your birth month.',
  ],
  'nir-invalid-month': [
    'Les chiffres 4 et 5 du numéro de sécurité sociale ({month}) ne forment pas un mois de naissance. Vérifiez-les.',
    'Digits 4 and 5 of the social security number ({month}) are not a birth month. Check them.',
  ],
  'nir-unknown-place': [
    'Le lieu de naissance de ce numéro ({place}) ne correspond à aucun département ni pays. Vérifiez les chiffres 6 à 10.',
    'The place of birth in this number ({place}) is neither a département nor a country. Check digits 6 to 10.',
  ],
};
