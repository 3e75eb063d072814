// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleLink as SocleLinkElement } from '@socle/components/link';

/** Internal, external or download link. React wrapper of `<socle-link>`. */
export const SocleLink = createComponent({
  react: React,
  tagName: 'socle-link',
  elementClass: SocleLinkElement,
  displayName: 'SocleLink',
});
