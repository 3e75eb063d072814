// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleTextarea as SocleTextareaElement } from '@socle/components/textarea';
import type { SocleEvent } from './event.js';

/** Multi-line text field with an optional character count. React wrapper of `<socle-textarea>`. */
export const SocleTextarea = createComponent({
  react: React,
  tagName: 'socle-textarea',
  elementClass: SocleTextareaElement,
  events: {
    onInput: 'input' as EventName<SocleEvent<'input'>>,
    onChange: 'change' as EventName<SocleEvent<'change'>>,
  },
  displayName: 'SocleTextarea',
});
