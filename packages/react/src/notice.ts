// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleNotice as SocleNoticeElement } from '@socle/components/notice';
import type { SocleEvent } from './event.js';

/** Site-wide important information banner (info, warning or alert), optionally dismissible and remembered. React wrapper of `<socle-notice>`. */
export const SocleNotice = createComponent({
  react: React,
  tagName: 'socle-notice',
  elementClass: SocleNoticeElement,
  events: {
    onSocleDismiss: 'socle-dismiss' as EventName<SocleEvent<'socle-dismiss'>>,
  },
  displayName: 'SocleNotice',
});
