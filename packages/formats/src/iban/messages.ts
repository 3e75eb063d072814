import type { FormatCatalog } from '../core/messages.js';

export const ibanMessages: FormatCatalog = {
  required: [
    'Saisissez l’IBAN, par exemple FR76 3000 6000 0112 3456 7890 189.',
    'Enter the IBAN, for example FR76 3000 6000 0112 3456 7890 189.',
  ],
  'invalid-characters': [
    'L’IBAN ne contient que des lettres et des chiffres. Retirez {characters}.',
    'The IBAN contains only letters and digits. Remove {characters}.',
  ],
  'iban-invalid-start': [
    'Un IBAN commence par les 2 lettres du pays puis 2 chiffres de contrôle, par exemple FR76 3000 6000 0112 3456 7890 189.',
    'An IBAN starts with the 2 letters of the country and 2 check digits, for example FR76 3000 6000 0112 3456 7890 189.',
  ],
  'iban-country-not-supported': [
    'Saisissez l’IBAN d’un compte en France ou à Monaco : il commence par FR ou MC. L’IBAN saisi commence par {country}.',
    'Enter the IBAN of an account in France or Monaco: it starts with FR or MC. The IBAN entered starts with {country}.',
  ],
  'too-short': [
    'Un IBAN {country} comporte {expected} caractères, par exemple {example}. Vous en avez saisi {length}.',
    'A {country} IBAN has {expected} characters, for example {example}. You entered {length}.',
  ],
  'too-long': [
    'Un IBAN {country} comporte {expected} caractères, par exemple {example}. Vous en avez saisi {length}.',
    'A {country} IBAN has {expected} characters, for example {example}. You entered {length}.',
  ],
  'iban-invalid-length': [
    'Un IBAN comporte de 15 à 34 caractères selon le pays. Vous en avez saisi {length}.',
    'An IBAN has 15 to 34 characters depending on the country. You entered {length}.',
  ],
  'iban-invalid-bban': [
    'Après {country} et les 2 chiffres de contrôle, l’IBAN contient le code banque (5 chiffres), le code guichet (5 chiffres), le numéro de compte (11 lettres ou chiffres) et la clé RIB (2 chiffres). Vérifiez-le sur votre relevé d’identité bancaire.',
    'After {country} and the 2 check digits, the IBAN contains the bank code (5 digits), the branch code (5 digits), the account number (11 letters or digits) and the RIB key (2 digits). Check it against your bank details (RIB).',
  ],
  'iban-checksum-mismatch': [
    'Cet IBAN n’est pas valide : un caractère est faux ou deux caractères sont inversés. Recopiez-le depuis votre relevé d’identité bancaire.',
    'This IBAN is not valid: a character is wrong or two characters are swapped. Copy it again from your bank details (RIB).',
  ],
  'rib-key-mismatch': [
    'La clé RIB (les 2 derniers chiffres) ne correspond pas au code banque, au code guichet et au numéro de compte. Recopiez l’IBAN depuis votre relevé d’identité bancaire.',
    'The RIB key (the last 2 digits) does not match the bank code, branch code and account number. Copy the IBAN again from your bank details (RIB).',
  ],
};
