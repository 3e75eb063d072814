// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SoclePostalCodeInput as SoclePostalCodeInputElement } from '@socle/components/postal-code-input';
import type { SocleEvent } from './event.js';

/** French postal code field. React wrapper of `<socle-postal-code-input>`. */
export const SoclePostalCodeInput = createComponent({
  react: React,
  tagName: 'socle-postal-code-input',
  elementClass: SoclePostalCodeInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SoclePostalCodeInput',
});
