// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleConsentBanner as SocleConsentBannerElement } from '@socle/components/consent-banner';
import type { SocleEvent } from './event.js';

/** Cookie consent banner and settings dialog, with per-purpose choices and deferred content. React wrapper of `<socle-consent-banner>`. */
export const SocleConsentBanner = createComponent({
  react: React,
  tagName: 'socle-consent-banner',
  elementClass: SocleConsentBannerElement,
  events: {
    onSocleConsentChange: 'socle-consent-change' as EventName<SocleEvent<'socle-consent-change'>>,
  },
  displayName: 'SocleConsentBanner',
});
