// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SoclePhoneInput as SoclePhoneInputElement } from '@socle/components/phone-input';
import type { SocleEvent } from './event.js';

/** French telephone number field, overseas territories included. React wrapper of `<socle-phone-input>`. */
export const SoclePhoneInput = createComponent({
  react: React,
  tagName: 'socle-phone-input',
  elementClass: SoclePhoneInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SoclePhoneInput',
});
