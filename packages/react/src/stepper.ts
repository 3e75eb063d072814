// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleStepper as SocleStepperElement } from '@socle/components/stepper';

/** Progress through a multi-page form: "Étape 2 sur 4". React wrapper of `<socle-stepper>`. */
export const SocleStepper = createComponent({
  react: React,
  tagName: 'socle-stepper',
  elementClass: SocleStepperElement,
  displayName: 'SocleStepper',
});
