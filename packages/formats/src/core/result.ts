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

/** Lists the distinct characters of `value` that fail `allowed`, quoted for a message. */
export function listRejected(value: string, allowed: RegExp): string {
  const rejected = new Set<string>();
  for (const character of value) {
    if (!allowed.test(character)) rejected.add(character);
  }
  return [...rejected].map((character) => `« ${character} »`).join(', ');
}
