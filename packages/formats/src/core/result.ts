import type { ValidationIssue, ValidationResult } from './types.js';

/** Builds a result that is valid exactly when there are no errors. */
export function buildResult<Details>(
  value: string | null,
  errors: ValidationIssue[],
  warnings: ValidationIssue[],
  details: NoInfer<Details> | null,
): ValidationResult<Details> {
  const valid = errors.length === 0 && value !== null;
  return { valid, value: valid ? value : null, errors, warnings, details };
}

/** Builds an invalid result with one error, no warnings and no details. */
export function fail<Details>(error: ValidationIssue): ValidationResult<Details> {
  return buildResult<Details>(null, [error], [], null);
}
