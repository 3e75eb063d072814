/**
 * Regular expressions shared by the JSON Schema and the TypeScript validator.
 * They use the Unicode (`u`) flag, like JSON Schema validators such as ajv, and
 * a test checks that `schema/request.v1.json` contains the same strings.
 */
export { ISO_DATE_PATTERN } from './dates.js';

/** Nom: starts with a letter, then letters, combining marks, apostrophes, spaces, dots and hyphens. */
export const NAME_PATTERN = "^\\p{L}[\\p{L}\\p{M}'’ .-]*$";

/** Prénoms: as a nom, plus commas between prénoms. */
export const FIRST_NAMES_PATTERN = "^\\p{L}[\\p{L}\\p{M}'’ ,.-]*$";

/** Commune or city name: "Saint-Étienne", "L'Haÿ-les-Roses", "Paris 15e Arrondissement". */
export const PLACE_NAME_PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’ ,.()/-]*$";

/** Address line: no control character, no line break, and no leading space. */
export const ADDRESS_LINE_PATTERN = '^[^\\p{Cc}\\p{Z}][^\\p{Cc}\\p{Zl}\\p{Zp}]*$';

/** INSEE commune code: two digits or 2A/2B (Corse), then three digits. */
export const INSEE_CODE_PATTERN = '^(?:[0-9]{2}|2[AB])[0-9]{3}$';

/** ISO 3166-1 alpha-2 country code, upper case. */
export const COUNTRY_PATTERN = '^[A-Z]{2}$';

export const FRENCH_POSTAL_CODE_PATTERN = '^[0-9]{5}$';

/** Postal code of any country: letters, digits, inner spaces and hyphens. */
export const POSTAL_CODE_PATTERN = '^[A-Za-z0-9](?:[A-Za-z0-9 -]{0,10}[A-Za-z0-9])?$';

/** E-mail address: a deliberately loose check, because only the mail server can prove an address. */
export const EMAIL_PATTERN = '^[^\\s@\\p{Cc}]+@[^\\s@.\\p{Cc}]+(?:\\.[^\\s@.\\p{Cc}]+)+$';

/** Phone number: optional "+", then 6 to 20 digits with single spaces, dots or hyphens between them. */
export const PHONE_PATTERN = '^\\+?[0-9](?:[ .-]?[0-9]){5,19}$';
