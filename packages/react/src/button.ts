// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleButton as SocleButtonElement } from '@socle/components/button';
import type { SocleEvent } from './event.js';

/** Action button: primary, secondary or tertiary, in three sizes. React wrapper of `<socle-button>`. */
export const SocleButton = createComponent({
  react: React,
  tagName: 'socle-button',
  elementClass: SocleButtonElement,
  events: {
    onClick: 'click' as EventName<SocleEvent<'click'>>,
  },
  displayName: 'SocleButton',
});
