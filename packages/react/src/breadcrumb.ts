// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SocleBreadcrumb as SocleBreadcrumbElement } from '@socle/components/breadcrumb';
import type { SocleEvent } from './event.js';

/** Breadcrumb trail, collapsed behind a disclosure button on small screens. React wrapper of `<socle-breadcrumb>`. */
export const SocleBreadcrumb = createComponent({
  react: React,
  tagName: 'socle-breadcrumb',
  elementClass: SocleBreadcrumbElement,
  events: {
    onSocleToggle: 'socle-toggle' as EventName<SocleEvent<'socle-toggle'>>,
  },
  displayName: 'SocleBreadcrumb',
});
