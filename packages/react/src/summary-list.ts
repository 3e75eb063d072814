// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleSummaryList as SocleSummaryListElement } from '@socle/components/summary-list';

/** Review of answers: key, value and "Modifier" link per row. React wrapper of `<socle-summary-list>`. */
export const SocleSummaryList = createComponent({
  react: React,
  tagName: 'socle-summary-list',
  elementClass: SocleSummaryListElement,
  displayName: 'SocleSummaryList',
});
