// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleTabs as SocleTabsElement } from '@socle/components/tabs';
import type { SocleEvent } from './event.js';

/** Tab list with one visible panel at a time. React wrapper of `<socle-tabs>`. */
export const SocleTabs = createComponent({
  react: React,
  tagName: 'socle-tabs',
  elementClass: SocleTabsElement,
  events: {
    onSocleTabChange: 'socle-tab-change' as EventName<SocleEvent<'socle-tab-change'>>,
  },
  displayName: 'SocleTabs',
});
