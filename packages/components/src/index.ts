/**
 * The whole kit: importing this module registers every Socle element.
 * Import `@socle/components/<element>` instead to load only what a page uses.
 */
export * from './button/define.js';
export { registerLocale, registeredLocales } from './internal/i18n.js';
export type { Messages, MessageKey, MessageTable } from './internal/i18n.js';
