// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleTab as SocleTabElement } from '@socle/components/tabs';

/** Tab of a tab list; pairs with the `socle-tab-panel` at the same position. React wrapper of `<socle-tab>`. */
export const SocleTab = createComponent({
  react: React,
  tagName: 'socle-tab',
  elementClass: SocleTabElement,
  displayName: 'SocleTab',
});
