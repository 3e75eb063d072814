// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleAlert as SocleAlertElement } from '@socle/components/alert';
import type { SocleEvent } from './event.js';

/** Information, success, warning or error message, optionally dismissible. React wrapper of `<socle-alert>`. */
export const SocleAlert = createComponent({
  react: React,
  tagName: 'socle-alert',
  elementClass: SocleAlertElement,
  events: {
    onSocleDismiss: 'socle-dismiss' as EventName<SocleEvent<'socle-dismiss'>>,
  },
  displayName: 'SocleAlert',
});
