// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleAddressInput as SocleAddressInputElement } from '@socle/components/address-input';
import type { SocleEvent } from './event.js';

/** Postal address with optional search and manual entry. React wrapper of `<socle-address-input>`. */
export const SocleAddressInput = createComponent({
  react: React,
  tagName: 'socle-address-input',
  elementClass: SocleAddressInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleAddressInput',
});
