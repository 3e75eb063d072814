// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleFranceconnectButton as SocleFranceconnectButtonElement } from '@socle/components/franceconnect-button';

/** FranceConnect, FranceConnect+ or ProConnect sign-in button with its help link. React wrapper of `<socle-franceconnect-button>`. */
export const SocleFranceconnectButton = createComponent({
  react: React,
  tagName: 'socle-franceconnect-button',
  elementClass: SocleFranceconnectButtonElement,
  displayName: 'SocleFranceconnectButton',
});
