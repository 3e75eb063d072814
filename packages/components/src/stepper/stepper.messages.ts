import type { MessageTable } from '../internal/i18n.js';

/** Messages of `socle-stepper`. */
export const stepperMessages: MessageTable = {
  fr: {
    'stepper.state': 'Étape {current} sur {count}',
    'stepper.next': 'Étape suivante :',
  },
  en: {
    'stepper.state': 'Step {current} of {count}',
    'stepper.next': 'Next step:',
  },
};
