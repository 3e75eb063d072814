// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleOfficialBanner as SocleOfficialBannerElement } from '@socle/components/official-banner';
import type { SocleEvent } from './event.js';

/** "Site officiel de …" banner with an expandable explanation of how to recognise an official site. React wrapper of `<socle-official-banner>`. */
export const SocleOfficialBanner = createComponent({
  react: React,
  tagName: 'socle-official-banner',
  elementClass: SocleOfficialBannerElement,
  events: {
    onSocleToggle: 'socle-toggle' as EventName<SocleEvent<'socle-toggle'>>,
  },
  displayName: 'SocleOfficialBanner',
});
