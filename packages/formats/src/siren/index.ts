/** SIREN, the 9-digit INSEE identifier of a company, checked with the Luhn algorithm. */
import { createIssueFactory } from '../core/messages.js';
import { compact, group, isDigits } from '../core/normalize.js';
import { luhnValid } from '../core/checksums.js';
import { contentError, lengthError } from '../core/checks.js';
import { buildResult, fail } from '../core/result.js';
import type { ValidateOptions, ValidationResult } from '../core/types.js';
import { sirenMessages } from './messages.js';

/**
 * Normalises a SIREN by removing separators. Returns the 9 digits, or null
 * unless the input has 9 digits. The Luhn check is left to `validate`.
 */
export function parse(input: string): string | null {
  const value = compact(input);
  return value.length === 9 && isDigits(value) ? value : null;
}

/** Validates a SIREN: 9 digits that pass the Luhn check. `value` is the 9 digits. */
export function validate(input: string, options: ValidateOptions = {}): ValidationResult {
  const issue = createIssueFactory('siren', sirenMessages, options.locale);
  const value = compact(input);
  // 14 digits are a SIRET, so `siren-is-siret` replaces the length error and gives its SIREN part.
  const error =
    contentError(value, issue) ??
    (value.length === 14 ? issue('siren-is-siret', { siren: group(value.slice(0, 9), [3, 3, 3]) }) : lengthError(value.length, 9, issue));
  if (error) return fail(error);

  return buildResult(value, luhnValid(value) ? [] : [issue('siren-checksum-mismatch')], [], null);
}

/** Formats a SIREN as "732 829 320". Input that does not parse is returned unchanged. */
export function format(value: string): string {
  const parsed = parse(value);
  return parsed === null ? value : group(parsed, [3, 3, 3]);
}
