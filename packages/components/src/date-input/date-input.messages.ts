import type { MessageTable } from '../internal/i18n.js';

/**
 * Messages of `socle-date-input`. The error wording follows the GOV.UK date
 * input pattern. Each message names the missing or wrong part, so that the
 * user sees what to correct (RGAA criterion 11.11), and the hint shows the
 * expected format.
 */
export const dateInputMessages: MessageTable = {
  fr: {
    'date-input.day': 'Jour',
    'date-input.month': 'Mois',
    'date-input.year': 'Année',
    'date-input.missing.day': 'La date doit comporter un jour',
    'date-input.missing.month': 'La date doit comporter un mois',
    'date-input.missing.year': 'La date doit comporter une année',
    'date-input.missing.day-month': 'La date doit comporter un jour et un mois',
    'date-input.missing.day-year': 'La date doit comporter un jour et une année',
    'date-input.missing.month-year': 'La date doit comporter un mois et une année',
    'date-input.yearDigits': 'L’année doit comporter 4 chiffres',
    'date-input.notReal': 'La date doit être une date réelle',
    'date-input.past': 'La date doit être dans le passé',
    'date-input.future': 'La date doit être dans le futur',
    'date-input.min': 'La date doit être le {date} ou après',
    'date-input.max': 'La date doit être le {date} ou avant',
  },
  en: {
    'date-input.day': 'Day',
    'date-input.month': 'Month',
    'date-input.year': 'Year',
    'date-input.missing.day': 'The date must include a day',
    'date-input.missing.month': 'The date must include a month',
    'date-input.missing.year': 'The date must include a year',
    'date-input.missing.day-month': 'The date must include a day and a month',
    'date-input.missing.day-year': 'The date must include a day and a year',
    'date-input.missing.month-year': 'The date must include a month and a year',
    'date-input.yearDigits': 'The year must include 4 numbers',
    'date-input.notReal': 'The date must be a real date',
    'date-input.past': 'The date must be in the past',
    'date-input.future': 'The date must be in the future',
    'date-input.min': 'The date must be the same as or after {date}',
    'date-input.max': 'The date must be the same as or before {date}',
  },
};
