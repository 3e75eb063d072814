// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleForm as SocleFormElement } from '@socle/components/form';
import type { SocleEvent } from './event.js';

/** Form wrapper: validation on submit, error summary, drafts. React wrapper of `<socle-form>`. */
export const SocleForm = createComponent({
  react: React,
  tagName: 'socle-form',
  elementClass: SocleFormElement,
  events: {
    onSocleSubmit: 'socle-submit' as EventName<SocleEvent<'socle-submit'>>,
  },
  displayName: 'SocleForm',
});
