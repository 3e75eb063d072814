/**
 * SIRET, the 14-digit INSEE identifier of an establishment: the company's
 * SIREN followed by a 5-digit establishment number (NIC).
 */
import { createIssueFactory } from '../core/messages.js';
import { compact, group, isDigits } from '../core/normalize.js';
import { digitSum, luhnValid } from '../core/checksums.js';
import { contentError, lengthError } from '../core/checks.js';
import { buildResult, fail } from '../core/result.js';
import type { ValidateOptions, ValidationResult } from '../core/types.js';
import { siretMessages } from './messages.js';

/** Parts of a SIRET. */
export interface SiretDetails {
  siren: string;
  /** Establishment number (numéro interne de classement). */
  nic: string;
}

/** SIREN of La Poste, whose establishments do not follow the Luhn rule. */
export const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/**
 * Returns true when the 14 digits carry a correct check. INSEE numbers the
 * establishments of La Poste so that the plain sum of the 14 digits is a
 * multiple of 5; the head office 35600000000048 passes Luhn instead. Every
 * other SIRET, and its SIREN part, must pass the Luhn check.
 */
export function checksumValid(digits: string): boolean {
  if (digits.startsWith(LA_POSTE_SIREN) && digits !== LA_POSTE_HEAD_OFFICE) return digitSum(digits) % 5 === 0;
  return luhnValid(digits) && luhnValid(digits.slice(0, 9));
}

/**
 * Normalises a SIRET by removing separators. Returns the 14 digits, or null
 * unless the input has 14 digits. The check is left to `validate`.
 */
export function parse(input: string): string | null {
  const value = compact(input);
  return value.length === 14 && isDigits(value) ? value : null;
}

/** Validates a SIRET, La Poste's establishments included. `value` is the 14 digits. */
export function validate(input: string, options: ValidateOptions = {}): ValidationResult<SiretDetails> {
  const issue = createIssueFactory('siret', siretMessages, options.locale);
  const value = compact(input);
  // 9 digits are a SIREN, so `siret-is-siren` replaces the length error and requests the NIC.
  const error = contentError(value, issue) ?? (value.length === 9 ? issue('siret-is-siren', { length: 9 }) : lengthError(value.length, 14, issue));
  if (error) return fail(error);

  const errors = checksumValid(value) ? [] : [issue('siret-checksum-mismatch')];
  return buildResult(value, errors, [], { siren: value.slice(0, 9), nic: value.slice(9) });
}

/** Formats a SIRET as "732 829 320 00074". Input that does not parse is returned unchanged. */
export function format(value: string): string {
  const parsed = parse(value);
  return parsed === null ? value : group(parsed, [3, 3, 3, 5]);
}
