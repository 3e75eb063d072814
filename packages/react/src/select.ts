// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleSelect as SocleSelectElement } from '@socle/components/select';
import type { SocleEvent } from './event.js';

/** Drop-down list of options. React wrapper of `<socle-select>`. */
export const SocleSelect = createComponent({
  react: React,
  tagName: 'socle-select',
  elementClass: SocleSelectElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleSelect',
});
