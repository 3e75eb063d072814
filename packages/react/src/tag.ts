// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleTag as SocleTagElement } from '@socle/components/tag';
import type { SocleEvent } from './event.js';

/** Label, filter toggle or removable choice. React wrapper of `<socle-tag>`. */
export const SocleTag = createComponent({
  react: React,
  tagName: 'socle-tag',
  elementClass: SocleTagElement,
  events: {
    onSocleToggle: 'socle-toggle' as EventName<SocleEvent<'socle-toggle'>>,
    onSocleDismiss: 'socle-dismiss' as EventName<SocleEvent<'socle-dismiss'>>,
  },
  displayName: 'SocleTag',
});
