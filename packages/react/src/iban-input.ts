// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleIbanInput as SocleIbanInputElement } from '@socle/components/iban-input';
import type { SocleEvent } from './event.js';

/** IBAN field for French and Monegasque accounts, or any SEPA account. React wrapper of `<socle-iban-input>`. */
export const SocleIbanInput = createComponent({
  react: React,
  tagName: 'socle-iban-input',
  elementClass: SocleIbanInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleIbanInput',
});
