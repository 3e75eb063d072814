/** SIREN, the 9-digit INSEE identifier of a company, checked with the Luhn algorithm. */
import { createIssueFactory } from '../core/messages.js';
import { compact, group, isDigits } from '../core/normalize.js';
import { luhnValid } from '../core/checksums.js';
import { buildResult, listRejected } from '../core/result.js';
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
  if (value === '') return buildResult(null, [issue('required')], [], null);
  if (!isDigits(value)) return buildResult(null, [issue('invalid-characters', { characters: listRejected(value, /[0-9]/) })], [], null);
  if (value.length === 14) return buildResult(null, [issue('siren-is-siret', { siren: group(value.slice(0, 9), [3, 3, 3]) })], [], null);
  if (value.length < 9) return buildResult(null, [issue('too-short', { length: value.length })], [], null);
  if (value.length > 9) return buildResult(null, [issue('too-long', { length: value.length })], [], null);

  const errors = luhnValid(value) ? [] : [issue('siren-checksum-mismatch')];
  return buildResult(value, errors, [], null);
}

/** Formats a SIREN as "732 829 320". Input that does not parse is returned unchanged. */
export function format(value: string): string {
  const parsed = parse(value);
  return parsed === null ? value : group(parsed, [3, 3, 3]);
}
