// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleFooter as SocleFooterElement } from '@socle/components/footer';
import type { SocleEvent } from './event.js';

/** Site footer (contentinfo landmark) with the mandatory accessibility, legal, privacy, cookie and licence mentions. React wrapper of `<socle-footer>`. */
export const SocleFooter = createComponent({
  react: React,
  tagName: 'socle-footer',
  elementClass: SocleFooterElement,
  events: {
    onSocleConsentOpen: 'socle-consent-open' as EventName<SocleEvent<'socle-consent-open'>>,
  },
  displayName: 'SocleFooter',
});
