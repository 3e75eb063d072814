// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleInput as SocleInputElement } from '@socle/components/input';
import type { SocleEvent } from './event.js';

/** Text, email, phone, URL, number, search or password field. React wrapper of `<socle-input>`. */
export const SocleInput = createComponent({
  react: React,
  tagName: 'socle-input',
  elementClass: SocleInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleInput',
});
