/**
 * INSEE commune codes (Code officiel géographique): the département code
 * followed by the commune number, 5 characters in all. This module checks
 * the structure only; whether the commune exists is for @socle/communes.
 */
import { createIssueFactory } from '../core/messages.js';
import { compact } from '../core/normalize.js';
import { contentError, lengthError } from '../core/checks.js';
import { buildResult, fail } from '../core/result.js';
import type { ValidateOptions, ValidationResult } from '../core/types.js';
import { inseeCodeMessages } from './messages.js';

/** Parts of an INSEE commune code. */
export interface InseeCodeDetails {
  /** "01"–"95" (20 excluded), "2A", "2B", or a 3-digit overseas code. */
  department: string;
  /** Commune number within the département: 3 digits, or 2 overseas. */
  commune: string;
}

/**
 * Overseas codes of the COG: départements 971–976, and the collectivities
 * Saint-Pierre-et-Miquelon 975, Saint-Barthélemy 977, Saint-Martin 978,
 * TAAF 984, Wallis-et-Futuna 986, Polynésie française 987,
 * Nouvelle-Calédonie 988 and Clipperton 989.
 */
const OVERSEAS = /^(97[1-8]|98[46789])$/;

/**
 * Normalises an INSEE code: removes separators and upper-cases "2a"/"2b".
 * Returns the 5 characters, or null unless the input has 5 digits or 2A/2B
 * and 3 digits.
 */
export function parse(input: string): string | null {
  const value = compact(input);
  return /^(?:[0-9]{2}|2[AB])[0-9]{3}$/.test(value) ? value : null;
}

/**
 * Validates the structure of an INSEE commune code. "99…" codes are
 * rejected because INSEE uses them for foreign countries.
 */
export function validate(input: string, options: ValidateOptions = {}): ValidationResult<InseeCodeDetails> {
  const issue = createIssueFactory('inseeCode', inseeCodeMessages, options.locale);
  const value = compact(input);
  const error = contentError(value, issue, /[0-9]/, value.replace(/^2[AB]/, '20')) ?? lengthError(value.length, 5, issue);
  if (error) return fail(error);

  const two = value.slice(0, 2);
  if (two === '99') return fail(issue('insee-code-abroad', { value }));
  if (two === '20') return fail(issue('insee-code-corsica', { value }));

  const department = two === '97' || two === '98' ? value.slice(0, 3) : two;
  if (two === '00' || two === '96' || (department.length === 3 && !OVERSEAS.test(department))) {
    return fail(issue('insee-code-unknown-department', { value }));
  }

  const commune = value.slice(department.length);
  if (/^0+$/.test(commune)) return fail(issue('insee-code-invalid-commune', { value }));
  return buildResult(value, [], [], { department, commune });
}

/** Returns the INSEE code in its canonical form, "2A004" rather than "2a 004". Input that does not parse is returned unchanged. */
export function format(value: string): string {
  return parse(value) ?? value;
}
