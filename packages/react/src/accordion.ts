// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleAccordion as SocleAccordionElement } from '@socle/components/accordion';
import type { SocleEvent } from './event.js';

/** Collapsible sections, one or several open at a time. React wrapper of `<socle-accordion>`. */
export const SocleAccordion = createComponent({
  react: React,
  tagName: 'socle-accordion',
  elementClass: SocleAccordionElement,
  events: {
    onSocleToggle: 'socle-toggle' as EventName<SocleEvent<'socle-toggle'>>,
  },
  displayName: 'SocleAccordion',
});
