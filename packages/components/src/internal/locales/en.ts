import type { Messages } from './fr.js';

/** English messages. */
export const en: Messages = {
  'field.required': 'required',
  'field.errorPrefix': 'Error:',
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
  'link.newWindow': 'new window',
};
