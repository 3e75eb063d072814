// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleDialog as SocleDialogElement } from '@socle/components/dialog';
import type { SocleEvent } from './event.js';

/** Modal dialog with a title, a body and footer actions. React wrapper of `<socle-dialog>`. */
export const SocleDialog = createComponent({
  react: React,
  tagName: 'socle-dialog',
  elementClass: SocleDialogElement,
  events: {
    onSocleClose: 'socle-close' as EventName<SocleEvent<'socle-close'>>,
    onSocleShow: 'socle-show' as EventName<SocleEvent<'socle-show'>>,
    onSocleCancel: 'socle-cancel' as EventName<SocleEvent<'socle-cancel'>>,
  },
  displayName: 'SocleDialog',
});
