// Loaded by consent-banner.test.ts from a <template data-socle-consent>: counts its runs.
window.socleConsentProbe = (window.socleConsentProbe ?? 0) + 1;
