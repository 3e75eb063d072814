/**
 * NIR, the INSEE registration number known as the "numéro de sécurité
 * sociale": sex (1 digit), year (2), month (2), place of birth (5), order
 * number (3) and a 2-digit key. Rules from INSEE's description of the NIR.
 */
import { createIssueFactory } from '../core/messages.js';
import { compact, group } from '../core/normalize.js';
import { mod97 } from '../core/checksums.js';
import { contentError, lengthError } from '../core/checks.js';
import { buildResult, fail } from '../core/result.js';
import type { ValidateOptions, ValidationIssue, ValidationResult } from '../core/types.js';
import { nirMessages } from './messages.js';

/** Kind of number given by the first digit. */
export type NirKind = 'standard' | 'special' | 'temporary' | 'unknown';

/** Fields decoded from a 15-character NIR. */
export interface NirDetails {
  /** From the first digit: 1, 3, 7 male; 2, 4, 8 female; null for any other digit. */
  sex: 'male' | 'female' | null;
  /** 1 and 2 are standard, 3 and 4 special, 7 and 8 temporary numbers. */
  kind: NirKind;
  /** Last two digits of the birth year, as written ("84"). */
  year: string;
  /** Birth month 1–12, or null when the number encodes an unknown or fictitious month. */
  month: number | null;
  /** Département of birth: "01"–"95", "2A", "2B", "971"–"976", or "99" for a birth abroad. */
  department: string;
  /** Commune number within the département (3 digits, or 2 for overseas), or null for a birth abroad. */
  commune: string | null;
  /** INSEE country code ("99" + 3 digits) for a birth abroad, or null. */
  country: string | null;
  /** Order number of the birth in the commune's register for that month. */
  order: string;
  key: string;
}

const STRUCTURE = /^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}$/;

/**
 * Normalises a NIR: removes separators and upper-cases the Corsican "2a"/"2b".
 * Returns the 15-character string, or null unless the input has the NIR's
 * characters and length. The key is not checked: use `validate` for that.
 */
export function parse(input: string): string | null {
  const value = compact(input);
  return STRUCTURE.test(value) ? value : null;
}

/**
 * Computes the key of the first 13 characters of a NIR: 97 − (number mod 97),
 * where the Corsican département 2A counts as 19 and 2B as 18.
 */
export function computeKey(first13: string): string {
  const numeric = first13.replace('2A', '19').replace('2B', '18');
  return String(97 - mod97(numeric)).padStart(2, '0');
}

function decode(value: string): NirDetails {
  const sexDigit = value[0] ?? '';
  const monthNumber = Number(value.slice(3, 5));
  const place = value.slice(5, 10);
  const abroad = place.startsWith('99');
  const overseas = place.startsWith('97') || place.startsWith('98');
  let department = place.slice(0, 2);
  if (overseas) department = place.slice(0, 3);

  return {
    sex: '137'.includes(sexDigit) ? 'male' : '248'.includes(sexDigit) ? 'female' : null,
    kind: '12'.includes(sexDigit) ? 'standard' : '34'.includes(sexDigit) ? 'special' : '78'.includes(sexDigit) ? 'temporary' : 'unknown',
    year: value.slice(1, 3),
    month: monthNumber >= 1 && monthNumber <= 12 ? monthNumber : null,
    department,
    commune: abroad ? null : place.slice(department.length),
    country: abroad ? place : null,
    order: value.slice(10, 13),
    key: value.slice(13, 15),
  };
}

function collectWarnings(value: string, details: NirDetails, issue: ReturnType<typeof createIssueFactory>): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  if (details.kind === 'temporary') warnings.push(issue('nir-temporary'));
  if (details.kind === 'unknown') warnings.push(issue('nir-unknown-sex', { digit: value[0] ?? '' }));

  // INSEE encodes an unknown or fictitious month of birth as 20–42 or 50–99;
  // 00, 13–19 and 43–49 are not assigned.
  const month = Number(value.slice(3, 5));
  if (details.month === null) {
    const unknownMonth = (month >= 20 && month <= 42) || month >= 50;
    warnings.push(issue(unknownMonth ? 'nir-unknown-month' : 'nir-invalid-month', { month: value.slice(3, 5) }));
  }

  const place = value.slice(5, 10);
  const badOverseas = place.startsWith('97') && !'123456'.includes(place[2] ?? '');
  if (details.department === '00' || badOverseas || (details.country === null && /^0+$/.test(details.commune ?? ''))) {
    warnings.push(issue('nir-unknown-place', { place }));
  }
  return warnings;
}

/**
 * Validates a NIR. Errors are raised only for characters, length and key,
 * because INSEE also issues numbers with unusual months, places or first
 * digits; those get warnings. `value` is the 15-character NIR.
 */
export function validate(input: string, options: ValidateOptions = {}): ValidationResult<NirDetails> {
  const issue = createIssueFactory('nir', nirMessages, options.locale);
  const value = compact(input);
  // Letters are allowed only as the Corsican département 2A or 2B in place of
  // digits 6 and 7. 13 characters are a NIR without its key.
  const withoutCorsica = value.slice(0, 5) + value.slice(5, 7).replace(/^2[AB]$/, '20') + value.slice(7);
  const error =
    contentError(value, issue, /[0-9]/, withoutCorsica) ??
    (value.length === 13 ? issue('nir-key-missing', { length: 13 }) : lengthError(value.length, 15, issue));
  if (error) return fail(error);

  const details = decode(value);
  const warnings = collectWarnings(value, details, issue);
  const errors = computeKey(value.slice(0, 13)) === details.key ? [] : [issue('nir-key-mismatch')];
  return buildResult(value, errors, warnings, details);
}

/**
 * Formats a NIR for display as "1 84 12 76 451 089 46". Input that does not
 * parse is returned unchanged, so a display never loses what the user typed.
 */
export function format(value: string): string {
  const parsed = parse(value);
  return parsed === null ? value : group(parsed, [1, 2, 2, 2, 3, 3, 2]);
}
