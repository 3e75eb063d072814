/**
 * French messages, the default locale. Placeholders in braces are replaced by
 * `translate()`. Validation messages say what to do, as RGAA criterion 11.11
 * asks.
 */
export const fr = {
  'field.required': 'obligatoire',
  'field.errorPrefix': 'Erreur :',
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
  'link.newWindow': 'nouvelle fenêtre',
} as const;

export type MessageKey = keyof typeof fr;
export type Messages = Record<MessageKey, string>;
