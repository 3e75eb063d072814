// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleBrand as SocleBrandElement } from '@socle/components/brand';

/** Site identity: a collectivité's logo and name, or the État bloc-marque (reserved to State services). React wrapper of `<socle-brand>`. */
export const SocleBrand = createComponent({
  react: React,
  tagName: 'socle-brand',
  elementClass: SocleBrandElement,
  displayName: 'SocleBrand',
});
