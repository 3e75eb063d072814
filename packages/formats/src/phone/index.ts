/**
 * Telephone numbers of France and its overseas territories. `parse` and
 * `validate` return the E.164 form ("+262692123456"); `format` displays the
 * national ("0692 12 34 56") or international ("+262 692 12 34 56") form.
 * The numbering plans live in `./data.js`.
 */
import { createIssueFactory } from '../core/messages.js';
import { compact, group } from '../core/normalize.js';
import { rejectedCharacters } from '../core/checks.js';
import { buildResult } from '../core/result.js';
import type { IssueParams, ValidateOptions, ValidationResult } from '../core/types.js';
import { COUNTRY_CODES, OVERSEAS_TRUNK_AREAS, PLANS, type NumberingPlan, type PhoneTerritory, type PhoneType } from './data.js';
import { phoneMessages } from './messages.js';

export type { PhoneTerritory, PhoneType, NumberingPlan } from './data.js';
export { PLANS } from './data.js';

/** Options of `phone.parse` and `phone.format`. */
export interface PhoneOptions {
  /**
   * Territory that national input (without + or 00) belongs to. The default
   * FR reads the French 10-digit plan, overseas départements included; PM,
   * NC, PF and WF read local numbers of those territories, which have no 0
   * prefix. For `format`, numbers of that territory display in local form.
   */
  region?: PhoneTerritory;
}

/** Options of `phone.validate`. */
export interface PhoneValidateOptions extends ValidateOptions, PhoneOptions {
  /** Service types to accept, for example `['mobile']` before sending a text message. All by default. */
  types?: readonly PhoneType[];
}

/** Fields of a valid telephone number. */
export interface PhoneDetails {
  /** E.164 country code without the plus sign. */
  countryCode: string;
  /** National significant number: the digits after the country code. */
  nationalNumber: string;
  territory: PhoneTerritory;
  /** ISO 3166-1 alpha-2 codes of the places the numbering area serves. */
  regions: readonly string[];
  type: PhoneType;
}

type Analysis =
  | { ok: true; plan: NumberingPlan; nationalNumber: string }
  | { ok: false; code: string; params?: IssueParams };

function typeOf(plan: NumberingPlan, nationalNumber: string): PhoneType {
  for (let size = Math.min(3, nationalNumber.length); size > 0; size--) {
    const type = plan.types[nationalNumber.slice(0, size)];
    if (type) return type;
  }
  return 'unknown';
}

/** Finds the area of a 9-digit NSN of the French plan: overseas by prefix, metropolitan otherwise. */
function frenchPlanArea(nationalNumber: string): NumberingPlan {
  const prefix = nationalNumber.slice(0, 3);
  const overseas = OVERSEAS_TRUNK_AREAS.find((territory) => prefix in PLANS[territory].types);
  return PLANS[overseas ?? 'FR'];
}

function lengthError(length: number, expected: number, example: string): Analysis {
  return { ok: false, code: length < expected ? 'too-short' : 'too-long', params: { expected, example, length } };
}

function analyseFrenchPlan(nationalNumber: string, countryCode: string | null, digitsEntered: number, expected: number, example: string): Analysis {
  if (nationalNumber.length !== 9) return lengthError(digitsEntered, expected, example);
  if (nationalNumber.startsWith('0')) return { ok: false, code: 'phone-invalid-number' };

  const plan = frenchPlanArea(nationalNumber);
  // +33 followed by an overseas prefix is still that overseas number, so
  // only a wrong overseas code (+262 for a metropolitan number) is an error.
  if (countryCode !== null && countryCode !== '33' && plan.countryCode !== countryCode) {
    return { ok: false, code: 'phone-invalid-for-country-code', params: { countryCode } };
  }
  return { ok: true, plan, nationalNumber };
}

function analyseInternational(digits: string): Analysis {
  const countryCode = COUNTRY_CODES.find((code) => digits.startsWith(code));
  if (countryCode === undefined) return { ok: false, code: 'phone-country-not-supported', params: { digits: digits.slice(0, 3) } };

  let nationalNumber = digits.slice(countryCode.length);
  const localPlan = Object.values(PLANS).find((plan) => plan.countryCode === countryCode && !plan.trunkPrefix);
  const example = formatInternational(localPlan ?? PLANS.FR, (localPlan ?? PLANS.FR).example);
  if (localPlan) {
    if (nationalNumber.length !== localPlan.length) return lengthError(digits.length, countryCode.length + localPlan.length, example);
    return { ok: true, plan: localPlan, nationalNumber };
  }

  // People often keep the national 0 after the country code ("+33 06 …"); it is dropped.
  if (nationalNumber.length === 10 && nationalNumber.startsWith('0')) nationalNumber = nationalNumber.slice(1);
  return analyseFrenchPlan(nationalNumber, countryCode, digits.length, countryCode.length + 9, example);
}

function analyseNational(digits: string, region: PhoneTerritory): Analysis {
  const regionPlan = PLANS[region];
  if (!regionPlan.trunkPrefix) {
    if (digits.length !== regionPlan.length) return lengthError(digits.length, regionPlan.length, group(regionPlan.example, regionPlan.groups));
    return { ok: true, plan: regionPlan, nationalNumber: digits };
  }
  if (!digits.startsWith('0')) return { ok: false, code: 'phone-leading-zero-missing' };
  return analyseFrenchPlan(digits.slice(1), null, digits.length, 10, '06 12 34 56 78');
}

/** Reads a telephone number in national or international form. */
function analyse(input: string, region: PhoneTerritory): Analysis {
  // "(0)" marks the national prefix that callers from abroad skip: "+33 (0)6 …".
  const cleaned = compact(input.replace(/\(0\)/g, '').replace(/[()]/g, ''));
  if (cleaned === '') return { ok: false, code: 'required' };

  const international = cleaned.startsWith('+') ? cleaned.slice(1) : cleaned.startsWith('00') ? cleaned.slice(2) : null;
  const digits = international ?? cleaned;
  if (!/^[0-9]+$/.test(digits)) return { ok: false, code: 'invalid-characters', params: { characters: rejectedCharacters(digits, /[0-9]/) } };
  return international === null ? analyseNational(digits, region) : analyseInternational(digits);
}

function formatInternational(plan: NumberingPlan, nationalNumber: string): string {
  return `+${plan.countryCode} ${group(nationalNumber, plan.groups)}`;
}

function formatNational(plan: NumberingPlan, nationalNumber: string): string {
  if (plan.territory === 'FR') return group(`0${nationalNumber}`, [2, 2, 2, 2, 2]);
  if (plan.trunkPrefix) return group(`0${nationalNumber}`, [4, 2, 2, 2]);
  return group(nationalNumber, plan.groups);
}

/**
 * Normalises a telephone number to E.164 ("+33612345678"). Accepts the
 * national form (0…) and the international forms (+…, 00…), with any
 * separators. Returns null for a number that `validate` would reject.
 */
export function parse(input: string, options: PhoneOptions = {}): string | null {
  const analysis = analyse(input, options.region ?? 'FR');
  return analysis.ok ? `+${analysis.plan.countryCode}${analysis.nationalNumber}` : null;
}

/**
 * Validates a telephone number of France or its overseas territories and
 * returns its E.164 form as `value`, with its territory and service type.
 */
export function validate(input: string, options: PhoneValidateOptions = {}): ValidationResult<PhoneDetails> {
  const issue = createIssueFactory('phone', phoneMessages, options.locale);
  const analysis = analyse(input, options.region ?? 'FR');
  if (!analysis.ok) return buildResult<PhoneDetails>(null, [issue(analysis.code, analysis.params)], [], null);

  const { plan, nationalNumber } = analysis;
  const details: PhoneDetails = {
    countryCode: plan.countryCode,
    nationalNumber,
    territory: plan.territory,
    regions: plan.regions,
    type: typeOf(plan, nationalNumber),
  };

  const allowed = options.types;
  if (allowed && allowed.length > 0 && !allowed.includes(details.type)) {
    const names = allowed.map((type) => issue(`type-${type}`).message).join(issue('or').message);
    const example = allowed.includes('mobile') ? '06 12 34 56 78' : '01 23 45 67 89';
    return buildResult(null, [issue('phone-type-not-allowed', { allowed: names, example })], [], details);
  }
  return buildResult(`+${plan.countryCode}${nationalNumber}`, [], [], details);
}

/** Options of `phone.format`. */
export interface PhoneFormatOptions extends PhoneOptions {
  /** Displays the international form "+262 692 12 34 56"; false by default. */
  international?: boolean;
}

/**
 * Formats a telephone number for display. The national form is "06 12 34 56 78"
 * in metropolitan France and "0692 12 34 56" overseas. Numbers of
 * Saint-Pierre-et-Miquelon, Nouvelle-Calédonie, Polynésie française and
 * Wallis-et-Futuna cannot be dialled with a 0 from France, so they display in
 * international form unless `region` names their territory. Input that does
 * not parse is returned unchanged.
 */
export function format(value: string, options: PhoneFormatOptions = {}): string {
  const analysis = analyse(value, options.region ?? 'FR');
  if (!analysis.ok) return value;

  const { plan, nationalNumber } = analysis;
  const local = plan.trunkPrefix || plan.territory === options.region;
  return options.international || !local ? formatInternational(plan, nationalNumber) : formatNational(plan, nationalNumber);
}
