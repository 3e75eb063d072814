import type { MessageTable } from './i18n.js';

// French and English validation messages of form controls, looked up as a
// message table by FormControl and socle-form. Each message says what to do,
// as RGAA criterion 11.11 asks. Placeholders in braces are replaced by
// `translate()`. Messages registered with `registerLocale()` win over these.

const fr = {
  'validity.valueMissing': 'Renseignez le champ « {label} ».',
  'validity.valueMissingChoice': 'Sélectionnez une option pour « {label} ».',
  'validity.valueMissingCheckbox': 'Cochez la case « {label} » pour continuer.',
  'validity.valueMissingCheckboxGroup': 'Cochez au moins une case pour « {label} ».',
  'validity.tooFewChecked': 'Cochez au moins {min} cases pour « {label} ».',
  'validity.tooManyChecked': 'Cochez au plus {max} cases pour « {label} ».',
  'validity.tooManyCheckedOne': 'Cochez une seule case pour « {label} ».',
  'validity.typeMismatchEmail': 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
  'validity.typeMismatchUrl': 'Saisissez une adresse web valide, par exemple https://www.exemple.fr.',
  'validity.tooShort': '« {label} » doit comporter au moins {min} caractères.',
  'validity.tooLong': '« {label} » doit comporter au plus {max} caractères.',
  'validity.patternMismatch': 'Le format de « {label} » n’est pas valide.',
  'validity.rangeUnderflow': '« {label} » doit être supérieur ou égal à {min}.',
  'validity.rangeOverflow': '« {label} » doit être inférieur ou égal à {max}.',
  'validity.stepMismatch': '« {label} » doit être un multiple de {step}.',
  'validity.badInput': 'Saisissez un nombre pour « {label} ».',
  'validity.custom': 'La valeur de « {label} » n’est pas valide.',
} as const;

/** Key of a validation message, such as `validity.valueMissing`. */
export type ValidityMessageKey = keyof typeof fr;

const en: Record<ValidityMessageKey, string> = {
  'validity.valueMissing': 'Enter {label}.',
  'validity.valueMissingChoice': 'Select an option for {label}.',
  'validity.valueMissingCheckbox': 'Tick the box “{label}” to continue.',
  'validity.valueMissingCheckboxGroup': 'Select at least one option for {label}.',
  'validity.tooFewChecked': 'Select at least {min} options for {label}.',
  'validity.tooManyChecked': 'Select no more than {max} options for {label}.',
  'validity.tooManyCheckedOne': 'Select only one option for {label}.',
  'validity.typeMismatchEmail': 'Enter a valid email address, like name@example.com.',
  'validity.typeMismatchUrl': 'Enter a valid web address, like https://www.example.com.',
  'validity.tooShort': '{label} must be {min} characters or more.',
  'validity.tooLong': '{label} must be {max} characters or fewer.',
  'validity.patternMismatch': '{label} is not in the expected format.',
  'validity.rangeUnderflow': '{label} must be {min} or more.',
  'validity.rangeOverflow': '{label} must be {max} or less.',
  'validity.stepMismatch': '{label} must be a multiple of {step}.',
  'validity.badInput': 'Enter a number for {label}.',
  'validity.custom': '{label} is not valid.',
};

/** Validation messages in French and English, as an element message table. */
export const validityMessages = { fr, en } satisfies MessageTable;
