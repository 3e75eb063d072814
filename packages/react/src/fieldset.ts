// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleFieldset as SocleFieldsetElement } from '@socle/components/fieldset';

/** Group of fields with a legend, hint and group error. React wrapper of `<socle-fieldset>`. */
export const SocleFieldset = createComponent({
  react: React,
  tagName: 'socle-fieldset',
  elementClass: SocleFieldsetElement,
  displayName: 'SocleFieldset',
});
