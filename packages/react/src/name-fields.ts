// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleNameFields as SocleNameFieldsElement } from '@socle/components/name-fields';
import type { SocleEvent } from './event.js';

/** Nom de naissance, nom d'usage and prénoms of a person. React wrapper of `<socle-name-fields>`. */
export const SocleNameFields = createComponent({
  react: React,
  tagName: 'socle-name-fields',
  elementClass: SocleNameFieldsElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleNameFields',
});
