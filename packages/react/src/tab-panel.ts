// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleTabPanel as SocleTabPanelElement } from '@socle/components/tabs';

/** Content of a tab. React wrapper of `<socle-tab-panel>`. */
export const SocleTabPanel = createComponent({
  react: React,
  tagName: 'socle-tab-panel',
  elementClass: SocleTabPanelElement,
  displayName: 'SocleTabPanel',
});
