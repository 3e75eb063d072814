// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleHeader as SocleHeaderElement } from '@socle/components/header';

/** Site header (banner landmark) with brand, service name, tools, search, account and a collapsible main navigation. React wrapper of `<socle-header>`. */
export const SocleHeader = createComponent({
  react: React,
  tagName: 'socle-header',
  elementClass: SocleHeaderElement,
  displayName: 'SocleHeader',
});
