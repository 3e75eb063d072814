import type { IssueFactory } from './messages.js';
import type { IssueParams, ValidationIssue } from './types.js';

/** Lists the distinct characters of `value` that fail `allowed`, in order of first appearance. */
export function rejectedCharacters(value: string, allowed: RegExp): string[] {
  return [...new Set([...value].filter((character) => !allowed.test(character)))];
}

/**
 * Returns the first error that every format checks before its own rules:
 * `required` when `value` is empty, then `invalid-characters` with the
 * characters of `checked` that fail `allowed`. `checked` is `value` unless a
 * format accepts letters at some places only, such as the Corsican 2A and 2B.
 */
export function contentError(value: string, issue: IssueFactory, allowed = /[0-9]/, checked = value): ValidationIssue | undefined {
  if (value === '') return issue('required');
  const characters = rejectedCharacters(checked, allowed);
  return characters.length > 0 ? issue('invalid-characters', { characters }) : undefined;
}

/** Returns `too-short` or `too-long` when `length` differs from `expected`, with `length` added to `params`. */
export function lengthError(length: number, expected: number, issue: IssueFactory, params?: IssueParams): ValidationIssue | undefined {
  if (length === expected) return undefined;
  return issue(length < expected ? 'too-short' : 'too-long', { ...params, length });
}
