// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleDateInput as SocleDateInputElement } from '@socle/components/date-input';
import type { SocleEvent } from './event.js';

/** Date in three fields (day, month, year), for dates the user remembers, such as a date of birth. React wrapper of `<socle-date-input>`. */
export const SocleDateInput = createComponent({
  react: React,
  tagName: 'socle-date-input',
  elementClass: SocleDateInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleDateInput',
});
