// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleErrorSummary as SocleErrorSummaryElement } from '@socle/components/error-summary';

/** Error summary: "Il y a un problème" and a link to each field in error. React wrapper of `<socle-error-summary>`. */
export const SocleErrorSummary = createComponent({
  react: React,
  tagName: 'socle-error-summary',
  elementClass: SocleErrorSummaryElement,
  displayName: 'SocleErrorSummary',
});
