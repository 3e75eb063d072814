import type { Locale } from './codes.js';
import { compareDates, parseIsoDate } from './dates.js';
import type { CalendarDate } from './dates.js';
import type { RuleSettings } from './eligibility.js';
import { collectMissing, evaluateRequest, readToday } from './evaluate.js';
import { describeValidationError } from './messages.js';
import type { ValidationCode } from './messages.js';
import { checkRequestSchema } from './schema-check.js';
import type { SchemaIssue } from './schema-check.js';
import type { EtatCivilRequest, IsoDate } from './types.js';

export interface ValidateOptions extends RuleSettings {
  /** Current date, injected so that results are reproducible; a `Date` is read in local time. */
  today: IsoDate | Date;
  /** Language of the messages; French by default. */
  locale?: Locale;
}

export interface ValidationError {
  /** JSON pointer (RFC 6901) of the offending value; `''` is the whole document. */
  path: string;
  code: ValidationCode;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  /** The checked request, rebuilt from the declared properties only; present when `valid`. */
  value?: EtatCivilRequest;
  errors: ValidationError[];
}

function checkDates(request: EtatCivilRequest, today: CalendarDate): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const actDate = parseIsoDate(request.actDate);
  const deathDate = parseIsoDate(request.deathDate);
  const birthDate = parseIsoDate(request.person.birthDate);

  const notInFuture: [string, CalendarDate | undefined][] = [
    ['/actDate', actDate],
    ['/deathDate', deathDate],
    ['/person/birthDate', birthDate],
  ];
  for (const [path, date] of notInFuture) {
    if (date !== undefined && compareDates(date, today) > 0) {
      issues.push({ path, code: 'date-in-future' });
    }
  }

  if (actDate === undefined) return issues;

  // The act date is the date of the event, so it is the birth date of a birth
  // act and the death date of a death act.
  if (request.act === 'naissance' && birthDate !== undefined && compareDates(birthDate, actDate) !== 0) {
    issues.push({ path: '/person/birthDate', code: 'date-mismatch' });
  }
  if (request.act === 'deces' && deathDate !== undefined && compareDates(deathDate, actDate) !== 0) {
    issues.push({ path: '/deathDate', code: 'date-mismatch' });
  }

  // Only impossible orders are errors: a marriage may be posthumous (code civil,
  // art. 171) and a reconnaissance may precede the birth.
  if (request.act === 'naissance' && deathDate !== undefined && compareDates(deathDate, actDate) < 0) {
    issues.push({ path: '/deathDate', code: 'date-order' });
  }
  if ((request.act === 'mariage' || request.act === 'deces') && birthDate !== undefined && compareDates(birthDate, actDate) > 0) {
    issues.push({ path: '/person/birthDate', code: 'date-order' });
  }
  return issues;
}

/**
 * Checks the business rules on a request that already matches the schema:
 * the data each kind of request requires, date consistency, and eligibility,
 * re-evaluated here because a server must not trust the browser's decision.
 */
function checkRules(request: EtatCivilRequest, options: ValidateOptions, today: CalendarDate): ValidationError[] {
  const locale: Locale = options.locale === 'en' ? 'en' : 'fr';
  const errors: ValidationError[] = [];
  const toError = (issue: SchemaIssue): ValidationError => ({
    path: issue.path,
    code: issue.code,
    message: describeValidationError(issue.code, issue.params)[locale],
  });

  for (const path of collectMissing(request)) {
    errors.push(toError({ path, code: 'required' }));
  }
  errors.push(...checkDates(request, today).map(toError));

  const { eligibility } = evaluateRequest(request, options);
  if (eligibility.status === 'refused') {
    errors.push({ path: '/document', code: eligibility.reason, message: eligibility.message });
  }
  // An 'unknown' eligibility only comes from missing data, already reported above.
  return errors;
}

/**
 * Validates an untrusted request, typically `JSON.parse` of a request body:
 * first against the schema (unknown properties rejected, strings bounded),
 * then against the rules. Errors carry JSON-pointer paths and messages in
 * French, or English with `locale: 'en'`.
 *
 * Throws a `RangeError` when `options.today` is not a valid date; never throws
 * because of `json`.
 */
export function validateRequest(json: unknown, options: ValidateOptions): ValidationResult {
  const today = readToday(options.today);
  const locale: Locale = options.locale === 'en' ? 'en' : 'fr';

  let checked: ReturnType<typeof checkRequestSchema>;
  try {
    checked = checkRequestSchema(json);
  } catch {
    // Only values that JSON.parse cannot produce get here, such as a Proxy or
    // an object whose getter throws: report them instead of crashing the server.
    const code = 'unreadable';
    return { valid: false, errors: [{ path: '', code, message: describeValidationError(code)[locale] }] };
  }

  if (checked.value === undefined) {
    const errors = checked.issues.map((issue) => ({
      path: issue.path,
      code: issue.code,
      message: describeValidationError(issue.code, issue.params)[locale],
    }));
    return { valid: false, errors };
  }

  const errors = checkRules(checked.value, options, today);
  if (errors.length > 0) {
    return { valid: false, errors };
  }
  return { valid: true, value: checked.value, errors: [] };
}
