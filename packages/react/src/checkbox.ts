// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleCheckbox as SocleCheckboxElement } from '@socle/components/checkbox';
import type { SocleEvent } from './event.js';

/** Checkbox, alone or in a `socle-checkbox-group`. React wrapper of `<socle-checkbox>`. */
export const SocleCheckbox = createComponent({
  react: React,
  tagName: 'socle-checkbox',
  elementClass: SocleCheckboxElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleCheckbox',
});
