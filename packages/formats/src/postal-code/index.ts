/**
 * French postal codes (La Poste): 5 digits that start with the département.
 * A postal code is not an INSEE commune code, and most postal codes serve
 * several communes: use @socle/communes to list them.
 */
import { createIssueFactory } from '../core/messages.js';
import { compact, isDigits } from '../core/normalize.js';
import { contentError, lengthError } from '../core/checks.js';
import { buildResult, fail } from '../core/result.js';
import type { ValidateOptions, ValidationResult } from '../core/types.js';
import { postalCodeMessages } from './messages.js';

/** Area decoded from a postal code. */
export interface PostalCodeDetails {
  /**
   * Département code ("01"–"95", "971"–"976"), overseas collectivity code
   * ("975", "986", "987", "988"), "980" for Monaco, or null for Corsica,
   * because codes 20000–20999 serve both 2A and 2B.
   */
  department: string | null;
}

/**
 * Returns the département of a 5-digit postal code, undefined when the
 * first digits match none, or null for Corsica. Overseas codes start with
 * 971–976 (départements and Saint-Pierre-et-Miquelon 975; Saint-Barthélemy
 * and Saint-Martin use 971), 984 (TAAF), 986 (Wallis-et-Futuna), 987
 * (Polynésie française) or 988 (Nouvelle-Calédonie); Monaco uses 980.
 */
function departmentOf(code: string): string | null | undefined {
  const two = code.slice(0, 2);
  const three = code.slice(0, 3);
  if (two === '20') return null;
  if (two === '97') return /^97[1-6]$/.test(three) ? three : undefined;
  if (two === '98') return ['980', '984', '986', '987', '988'].includes(three) ? three : undefined;
  const number = Number(two);
  return number >= 1 && number <= 95 ? two : undefined;
}

/** Normalises a postal code by removing separators. Returns the 5 digits, or null unless the input has 5 digits. */
export function parse(input: string): string | null {
  const value = compact(input);
  return value.length === 5 && isDigits(value) ? value : null;
}

/** Validates a postal code: 5 digits whose first digits name a département or an overseas territory. */
export function validate(input: string, options: ValidateOptions = {}): ValidationResult<PostalCodeDetails> {
  const issue = createIssueFactory('postalCode', postalCodeMessages, options.locale);
  const value = compact(input);
  const error = contentError(value, issue) ?? lengthError(value.length, 5, issue);
  if (error) return fail(error);

  const department = departmentOf(value);
  if (department === undefined) return fail(issue('postal-code-unknown-department', { value }));
  return buildResult(value, [], [], { department });
}

/** Returns the postal code as written on an envelope: its 5 digits. Input that does not parse is returned unchanged. */
export function format(value: string): string {
  return parse(value) ?? value;
}
