// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleSummaryItem as SocleSummaryItemElement } from '@socle/components/summary-list';

/** Row of a summary list: key, value and "Modifier" link. React wrapper of `<socle-summary-item>`. */
export const SocleSummaryItem = createComponent({
  react: React,
  tagName: 'socle-summary-item',
  elementClass: SocleSummaryItemElement,
  displayName: 'SocleSummaryItem',
});
