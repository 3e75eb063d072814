// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleRadio as SocleRadioElement } from '@socle/components/radio-group';

/** Radio option of a `socle-radio-group`. React wrapper of `<socle-radio>`. */
export const SocleRadio = createComponent({
  react: React,
  tagName: 'socle-radio',
  elementClass: SocleRadioElement,
  displayName: 'SocleRadio',
});
