/**
 * IBAN (ISO 13616) of accounts held in France or Monaco. Both countries use
 * the French RIB as their BBAN: bank code (5 digits), branch code (5 digits),
 * account number (11 letters or digits) and RIB key (2 digits).
 *
 * Other countries are rejected by default because the fields that use this
 * module ask for a French account. Pass `acceptForeign: true` where a service
 * must accept any SEPA account.
 */
import { createIssueFactory } from '../core/messages.js';
import { compact } from '../core/normalize.js';
import { mod97 } from '../core/checksums.js';
import { contentError, lengthError } from '../core/checks.js';
import { buildResult, fail } from '../core/result.js';
import type { ValidateOptions, ValidationIssue, ValidationResult } from '../core/types.js';
import { ibanMessages } from './messages.js';

/** Options of `iban.validate`. */
export interface IbanValidateOptions extends ValidateOptions {
  /**
   * Accepts IBANs of other countries, checked with ISO 13616 mod 97 and the
   * 15–34 length range only. False by default.
   */
  acceptForeign?: boolean;
}

/** Fields of an IBAN; the RIB fields are null for a foreign IBAN. */
export interface IbanDetails {
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  checkDigits: string;
  bankCode: string | null;
  branchCode: string | null;
  accountNumber: string | null;
  ribKey: string | null;
}

/** Countries whose IBAN wraps a French RIB, each with an example IBAN from the SWIFT IBAN registry. */
const RIB_COUNTRIES: Readonly<Record<string, string>> = {
  FR: 'FR76 3000 6000 0112 3456 7890 189',
  MC: 'MC58 1122 2000 0101 2345 6789 030',
};

/** Length of an IBAN that wraps a RIB: country code, 2 check digits and the 23 characters of the RIB. */
const RIB_IBAN_LENGTH = 27;

const MIN_LENGTH = 15;
const MAX_LENGTH = 34;

/**
 * Normalises an IBAN: removes separators and an "IBAN" label in front, and
 * upper-cases letters. Returns the compact IBAN, or null unless it has a
 * country code, 2 check digits and a plausible length. Checks are left to `validate`.
 */
export function parse(input: string): string | null {
  const value = stripLabel(compact(input));
  return /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(value) ? value : null;
}

function stripLabel(value: string): string {
  return /^IBAN[A-Z]{2}[0-9]{2}/.test(value) ? value.slice(4) : value;
}

/** Converts letters to numbers A = 10 … Z = 35, as ISO 13616 (ISO 7064 mod 97-10) requires. */
function lettersToDigits(value: string): string {
  return value.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
}

/** Returns true when the IBAN satisfies ISO 13616: the rearranged number mod 97 equals 1. */
export function checksumValid(iban: string): boolean {
  return mod97(lettersToDigits(iban.slice(4) + iban.slice(0, 4))) === 1;
}

/**
 * Converts the letters of a French account number to digits with the RIB
 * table: A and J → 1, B, K and S → 2, … I and R → 9 (S is 2, not 1, because
 * the table skips one place after R).
 */
function ribLettersToDigits(account: string): string {
  return account.replace(/[A-Z]/g, (letter) => {
    const offset = letter.charCodeAt(0) - 65;
    const shifted = offset >= 18 ? offset + 1 : offset;
    return String((shifted % 9) + 1);
  });
}

/** Computes the RIB key: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97). */
export function computeRibKey(bankCode: string, branchCode: string, accountNumber: string): string {
  const account = Number(ribLettersToDigits(accountNumber));
  const total = (89 * Number(bankCode) + 15 * Number(branchCode) + 3 * (account % 97)) % 97;
  return String(97 - total).padStart(2, '0');
}

/**
 * Validates an IBAN. For FR and MC it checks the length of 27, the RIB
 * structure, mod 97 and the RIB key. `value` is the compact IBAN.
 */
export function validate(input: string, options: IbanValidateOptions = {}): ValidationResult<IbanDetails> {
  const issue = createIssueFactory('iban', ibanMessages, options.locale);
  const value = stripLabel(compact(input));
  const startError = contentError(value, issue, /[A-Z0-9]/) ?? (/^[A-Z]{2}[0-9]{2}/.test(value) ? undefined : issue('iban-invalid-start'));
  if (startError) return fail(startError);

  const country = value.slice(0, 2);
  const checkDigits = value.slice(2, 4);
  const example = RIB_COUNTRIES[country];
  if (example === undefined) {
    if (!options.acceptForeign) return fail(issue('iban-country-not-supported', { country }));
    if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) return fail(issue('iban-invalid-length', { length: value.length }));
    const details: IbanDetails = { country, checkDigits, bankCode: null, branchCode: null, accountNumber: null, ribKey: null };
    return buildResult(value, checksumValid(value) ? [] : [issue('iban-checksum-mismatch')], [], details);
  }

  const lengthIssue = lengthError(value.length, RIB_IBAN_LENGTH, issue, { country, expected: RIB_IBAN_LENGTH, example });
  if (lengthIssue) return fail(lengthIssue);

  const bban = /^([0-9]{5})([0-9]{5})([A-Z0-9]{11})([0-9]{2})$/.exec(value.slice(4));
  if (!bban) return fail(issue('iban-invalid-bban', { country }));
  const [, bankCode = '', branchCode = '', accountNumber = '', ribKey = ''] = bban;
  const details: IbanDetails = { country, checkDigits, bankCode, branchCode, accountNumber, ribKey };

  // The RIB key is checked only when mod 97 passes: otherwise both errors
  // would point at the same typing mistake.
  const errors: ValidationIssue[] = [];
  if (!checksumValid(value)) errors.push(issue('iban-checksum-mismatch'));
  else if (computeRibKey(bankCode, branchCode, accountNumber) !== ribKey) errors.push(issue('rib-key-mismatch'));
  return buildResult(value, errors, [], details);
}

/** Formats an IBAN in groups of four characters. Input that does not parse is returned unchanged. */
export function format(value: string): string {
  const parsed = parse(value);
  return parsed === null ? value : parsed.replace(/(.{4})(?=.)/g, '$1 ');
}
