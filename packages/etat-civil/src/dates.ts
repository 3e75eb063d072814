import type { IsoDate } from './types.js';

/** Calendar date with a month from 1 to 12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Pattern of a valid proleptic Gregorian calendar date `YYYY-MM-DD`, years
 * 0001 to 9999, leap years included. The JSON Schema uses the same pattern,
 * so a JSON Schema validator and `validateRequest` accept the same dates.
 */
export const ISO_DATE_PATTERN =
  '^(?!0000)(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$';

const isoDateRegExp = new RegExp(ISO_DATE_PATTERN);

/** Parses an ISO date, or returns `undefined` when `value` is not a valid calendar date. */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string' || value.length !== 10 || !isoDateRegExp.test(value)) {
    return undefined;
  }
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

/**
 * Converts the injected "today" to a calendar date. A `Date` is read in the
 * local time zone of the runtime, so servers should pass an ISO date computed
 * in Europe/Paris (or the time zone of the commune) to avoid an off-by-one
 * day around midnight.
 */
export function toCalendarDate(today: IsoDate | Date): CalendarDate | undefined {
  if (today instanceof Date) {
    if (Number.isNaN(today.getTime())) {
      return undefined;
    }
    return { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  }
  return parseIsoDate(today);
}

export function compareDates(left: CalendarDate, right: CalendarDate): number {
  return left.year - right.year || left.month - right.month || left.day - right.day;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Adds whole years. A 29 February lands on 28 February of a common year,
 * because a délai counted in years ends on the last day of the month when the
 * month has no day with the same number (code de procédure civile, art. 641).
 */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  const year = date.year + years;
  const day = date.month === 2 && date.day === 29 && !isLeapYear(year) ? 28 : date.day;
  return { year, month: date.month, day };
}

/** Age in whole years on `on` of someone born on `birth`. */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  let age = on.year - birth.year;
  if (compareDates(addYears(birth, age), on) > 0) {
    age -= 1;
  }
  return age;
}
