/**
 * French messages shared by every element, French being the default locale.
 * Placeholders in braces are replaced by `translate()`. The validation
 * messages of form controls are in `validity.messages.ts`, so that elements
 * without a form control do not load them.
 */
export const fr = {
  'field.required': 'obligatoire',
  'field.errorPrefix': 'Erreur :',
  'link.newWindow': 'nouvelle fenêtre',
} as const;
