// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleSkipLinks as SocleSkipLinksElement } from '@socle/components/skip-links';

/** Skip links to the content, menu and search, shown on focus. React wrapper of `<socle-skip-links>`. */
export const SocleSkipLinks = createComponent({
  react: React,
  tagName: 'socle-skip-links',
  elementClass: SocleSkipLinksElement,
  displayName: 'SocleSkipLinks',
});
