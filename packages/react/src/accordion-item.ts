// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleAccordionItem as SocleAccordionItemElement } from '@socle/components/accordion';
import type { SocleEvent } from './event.js';

/** Section of an accordion, with its header button and panel. React wrapper of `<socle-accordion-item>`. */
export const SocleAccordionItem = createComponent({
  react: React,
  tagName: 'socle-accordion-item',
  elementClass: SocleAccordionItemElement,
  events: {
    onSocleToggle: 'socle-toggle' as EventName<SocleEvent<'socle-toggle'>>,
  },
  displayName: 'SocleAccordionItem',
});
