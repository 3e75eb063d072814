// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleNirInput as SocleNirInputElement } from '@socle/components/nir-input';
import type { SocleEvent } from './event.js';

/** French social security number (NIR) field. React wrapper of `<socle-nir-input>`. */
export const SocleNirInput = createComponent({
  react: React,
  tagName: 'socle-nir-input',
  elementClass: SocleNirInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleNirInput',
});
