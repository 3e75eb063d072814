// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { SocleConsentPurpose as SocleConsentPurposeElement } from '@socle/components/consent-banner';

/** Declares a consent purpose of its parent `socle-consent-banner`. React wrapper of `<socle-consent-purpose>`. */
export const SocleConsentPurpose = createComponent({
  react: React,
  tagName: 'socle-consent-purpose',
  elementClass: SocleConsentPurposeElement,
  displayName: 'SocleConsentPurpose',
});
