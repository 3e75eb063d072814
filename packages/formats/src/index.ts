/**
 * @socle/formats: parse, validate and format French identifiers. Each format
 * is a namespace with `parse`, `validate` and `format`, also published under
 * its own subpath (`@socle/formats/nir`, …) for bundlers without tree-shaking.
 */
export * as nir from './nir/index.js';
export * as siren from './siren/index.js';
export * as siret from './siret/index.js';
export * as iban from './iban/index.js';
export * as phone from './phone/index.js';
export * as postalCode from './postal-code/index.js';
export * as inseeCode from './insee-code/index.js';
export * as civilName from './civil-name/index.js';

export { registerMessages, registeredLocales } from './core/messages.js';
export type { FormatName, MessageTemplates } from './core/messages.js';
export type { IssueParams, Locale, ValidateOptions, ValidationIssue, ValidationResult } from './core/types.js';
