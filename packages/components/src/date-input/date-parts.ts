/** The three parts of a date as the user typed them. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePartName = keyof DateParts;

export const DATE_PART_NAMES: readonly DatePartName[] = ['day', 'month', 'year'];

/** Constraints that a complete, real date must meet; dates are ISO `YYYY-MM-DD`. */
export interface DateConstraints {
  required: boolean;
  min: string;
  max: string;
  pastOnly: boolean;
  futureOnly: boolean;
  today: string;
}

/** Problem that makes the entry unacceptable, with the `parts` to mark invalid. */
export type DateProblem =
  | { kind: 'missing'; parts: DatePartName[] }
  | { kind: 'yearDigits'; parts: DatePartName[] }
  | { kind: 'notReal'; parts: DatePartName[] }
  | { kind: 'past' | 'future'; parts: DatePartName[] }
  | { kind: 'min' | 'max'; parts: DatePartName[]; limit: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const EMPTY_PARTS: DateParts = { day: '', month: '', year: '' };

/** Removes every space, so that " 7 " and "19 90" are read as typed digits. */
function clean(part: string): string {
  return part.replace(/\s+/g, '');
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Returns `iso` when it is a real date written `YYYY-MM-DD`, otherwise null. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Returns the parts shown for an ISO date, with two-digit day and month; empty parts when `iso` is not a real date. */
export function partsFromIso(iso: string): DateParts {
  const date = parseIsoDate(iso);
  if (!date) return { ...EMPTY_PARTS };
  return {
    day: String(date.day).padStart(2, '0'),
    month: String(date.month).padStart(2, '0'),
    year: String(date.year).padStart(4, '0'),
  };
}

/**
 * Returns the ISO date that the parts spell, or an empty string while they
 * are incomplete or not a real date. A day or month may have one digit
 * ("7" for July) and spaces are ignored; the year must have four digits.
 */
export function isoFromParts(parts: DateParts): string {
  const day = clean(parts.day);
  const month = clean(parts.month);
  const year = clean(parts.year);
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return '';
  if (!isRealDate(Number(year), Number(month), Number(day))) return '';
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Returns today's date in the local time zone as `YYYY-MM-DD`. */
export function localToday(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

/**
 * Checks the parts in the order of the GOV.UK date input pattern: missing
 * parts, then parts that are not numbers in range, then a year without four
 * digits, then impossible dates such as 31 February, then the range
 * constraints. Returns the first problem, or null when the entry is
 * acceptable (an empty, optional entry is acceptable).
 */
export function findDateProblem(parts: DateParts, constraints: DateConstraints): DateProblem | null {
  const cleaned = { day: clean(parts.day), month: clean(parts.month), year: clean(parts.year) };
  const missing = DATE_PART_NAMES.filter((name) => cleaned[name] === '');

  if (missing.length === 3) return constraints.required ? { kind: 'missing', parts: [...DATE_PART_NAMES] } : null;
  if (missing.length > 0) return { kind: 'missing', parts: missing };

  const outOfRange: DatePartName[] = [];
  if (!/^\d{1,2}$/.test(cleaned.day) || Number(cleaned.day) < 1 || Number(cleaned.day) > 31) outOfRange.push('day');
  if (!/^\d{1,2}$/.test(cleaned.month) || Number(cleaned.month) < 1 || Number(cleaned.month) > 12) outOfRange.push('month');
  if (!/^\d+$/.test(cleaned.year)) outOfRange.push('year');
  if (outOfRange.length > 0) return { kind: 'notReal', parts: outOfRange };

  if (cleaned.year.length !== 4) return { kind: 'yearDigits', parts: ['year'] };

  const iso = isoFromParts(cleaned);
  if (iso === '') return { kind: 'notReal', parts: [...DATE_PART_NAMES] };

  // ISO dates of equal length compare correctly as strings.
  const all = [...DATE_PART_NAMES];
  if (constraints.pastOnly && iso >= constraints.today) return { kind: 'past', parts: all };
  if (constraints.futureOnly && iso <= constraints.today) return { kind: 'future', parts: all };
  if (parseIsoDate(constraints.min) && iso < constraints.min) return { kind: 'min', parts: all, limit: constraints.min };
  if (parseIsoDate(constraints.max) && iso > constraints.max) return { kind: 'max', parts: all, limit: constraints.max };
  return null;
}

/** Writes an ISO date for a message: `01/01/1900` in French, `1 January 1900` in English and other locales. */
export function formatDateForMessage(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  if (locale === 'fr') {
    return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${String(date.year).padStart(4, '0')}`;
  }
  const utc = new Date(Date.UTC(2000, date.month - 1, date.day));
  utc.setUTCFullYear(date.year);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
}
