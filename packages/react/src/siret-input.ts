// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleSiretInput as SocleSiretInputElement } from '@socle/components/siret-input';
import type { SocleEvent } from './event.js';

/** SIRET or SIREN number field. React wrapper of `<socle-siret-input>`. */
export const SocleSiretInput = createComponent({
  react: React,
  tagName: 'socle-siret-input',
  elementClass: SocleSiretInputElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleSiretInput',
});
