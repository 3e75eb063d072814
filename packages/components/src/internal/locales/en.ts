import type { fr } from './fr.js';

/** English messages shared by every element. */
export const en: Record<keyof typeof fr, string> = {
  'field.required': 'required',
  'field.errorPrefix': 'Error:',
  'link.newWindow': 'new window',
};
