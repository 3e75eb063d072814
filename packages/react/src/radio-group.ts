// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleRadioGroup as SocleRadioGroupElement } from '@socle/components/radio-group';
import type { SocleEvent } from './event.js';

/** Group of radio buttons under one legend. React wrapper of `<socle-radio-group>`. */
export const SocleRadioGroup = createComponent({
  react: React,
  tagName: 'socle-radio-group',
  elementClass: SocleRadioGroupElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleRadioGroup',
});
