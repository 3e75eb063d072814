// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleCheckboxGroup as SocleCheckboxGroupElement } from '@socle/components/checkbox-group';
import type { SocleEvent } from './event.js';

/** Group of checkboxes under one legend, submitted under one name. React wrapper of `<socle-checkbox-group>`. */
export const SocleCheckboxGroup = createComponent({
  react: React,
  tagName: 'socle-checkbox-group',
  elementClass: SocleCheckboxGroupElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleCheckboxGroup',
});
