// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleCommuneInput as SocleCommuneInputElement } from '@socle/components/commune-input';
import type { SocleEvent } from './event.js';

/** Commune field with suggestions by name or postal code. React wrapper of `<socle-commune-input>`. */
export const SocleCommuneInput = createComponent({
  react: React,
  tagName: 'socle-commune-input',
  elementClass: SocleCommuneInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleCommuneInput',
});
