// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleEtatCivilRequest as SocleEtatCivilRequestElement } from '@socle/components/etat-civil-request';
import type { SocleEvent } from './event.js';

/** État-civil request in five steps, with eligibility feedback and review. React wrapper of `<socle-etat-civil-request>`. */
export const SocleEtatCivilRequest = createComponent({
  react: React,
  tagName: 'socle-etat-civil-request',
  elementClass: SocleEtatCivilRequestElement,
  events: {
    onSocleSubmit: 'socle-submit' as EventName<SocleEvent<'socle-submit'>>,
  },
  displayName: 'SocleEtatCivilRequest',
});
