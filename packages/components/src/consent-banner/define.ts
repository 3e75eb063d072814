import '../dialog/define.js';
import { SocleConsentBanner, type ConsentChangeDetail } from './consent-banner.js';
import { SocleConsentPurpose } from './consent-purpose.js';

export { SocleConsentBanner, SocleConsentPurpose };
export * from './consent-banner.js';
export * from './consent-purpose.js';
export type { ConsentPurpose, ConsentRecord } from './consent-record.js';
export { CONSENT_STORAGE_PREFIX, consentStorageKey } from './consent-record.js';

if (!customElements.get('socle-consent-purpose')) customElements.define('socle-consent-purpose', SocleConsentPurpose);
if (!customElements.get('socle-consent-banner')) customElements.define('socle-consent-banner', SocleConsentBanner);

declare global {
  interface HTMLElementTagNameMap {
    'socle-consent-banner': SocleConsentBanner;
    'socle-consent-purpose': SocleConsentPurpose;
  }

  interface HTMLElementEventMap {
    'socle-consent-change': CustomEvent<ConsentChangeDetail>;
  }
}
