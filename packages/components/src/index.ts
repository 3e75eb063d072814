/**
 * The whole kit: importing this module registers every Socle element.
 * Import `@socle/components/<element>` instead to load only what a page uses.
 */
export * from './accordion/define.js';
export * from './address-input/define.js';
export * from './alert/define.js';
export * from './brand/define.js';
export * from './breadcrumb/define.js';
export * from './button/define.js';
export * from './checkbox/define.js';
export * from './checkbox-group/define.js';
export * from './commune-input/define.js';
export * from './consent-banner/define.js';
export * from './date-input/define.js';
export * from './dialog/define.js';
export * from './error-summary/define.js';
export * from './etat-civil-request/define.js';
export * from './fieldset/define.js';
export * from './file-upload/define.js';
export * from './footer/define.js';
export * from './form/define.js';
export * from './franceconnect-button/define.js';
export * from './header/define.js';
export * from './iban-input/define.js';
export * from './input/define.js';
export * from './link/define.js';
export * from './name-fields/define.js';
export * from './nir-input/define.js';
export * from './notice/define.js';
export * from './official-banner/define.js';
export * from './phone-input/define.js';
export * from './postal-code-input/define.js';
export * from './radio-group/define.js';
export * from './select/define.js';
export * from './siret-input/define.js';
export * from './skip-links/define.js';
export * from './stepper/define.js';
export * from './summary-list/define.js';
export * from './tabs/define.js';
export * from './tag/define.js';
export * from './textarea/define.js';
export { registerLocale, registeredLocales } from './internal/i18n.js';
export type { Messages, MessageKey, MessageTable } from './internal/i18n.js';
