/**
 * The whole kit: importing this module registers every Socle element.
 * Import `@socle/components/<element>` instead to load only what a page uses.
 */
export * from './accordion/define.js';
export * from './alert/define.js';
export * from './button/define.js';
export * from './dialog/define.js';
export * from './link/define.js';
export * from './tabs/define.js';
export * from './tag/define.js';
export { registerLocale, registeredLocales } from './internal/i18n.js';
export type { Messages, MessageKey, MessageTable } from './internal/i18n.js';
