/**
 * ISO calendar-date helpers (`YYYY-MM-DD`).
 *
 * Statutory dates are calendar dates with no time of day and no time zone, so
 * they are kept as plain strings and all arithmetic is done on whole days in
 * UTC. That way the server's (or a test runner's) TZ setting can never shift a
 * deadline by one day around midnight or a DST change.
 */

/** A calendar date in ISO 8601 extended form, e.g. `2026-12-04`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** @internal */
export const MS_PER_DAY = 86_400_000;

/** ISO weekday numbers: Monday = 1 … Sunday = 7 (the Finnish week starts on Monday). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True for a real (proleptic Gregorian) calendar date written exactly as
 * `YYYY-MM-DD`, years 0001–9999. Rejects `2025-02-29`, `2025-1-5`, timestamps
 * such as `2025-01-05T00:00Z`, and non-strings.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Describe a bad value without echoing arbitrary objects into error messages. */
function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

/** @internal Throws a TypeError naming the parameter when `value` is not an ISO date. */
export function assertIsoDate(value: unknown, parameter: string): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new TypeError(`${parameter} must be a calendar date string in the form YYYY-MM-DD, got ${describe(value)}`);
  }
}

/** @internal Throws a TypeError unless `value` is a safe integer (optionally ≥ 0). */
export function assertInteger(value: unknown, parameter: string, nonNegative = false): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || (nonNegative && value < 0)) {
    const shown = typeof value === 'number' ? String(value) : typeof value;
    throw new TypeError(`${parameter} must be a${nonNegative ? ' non-negative' : 'n'} integer, got ${shown}`);
  }
}

/** @internal Days since 1970-01-01 for an already validated ISO date. */
export function toEpochDay(date: IsoDate): number {
  const d = new Date(0);
  // setUTCFullYear (unlike Date.UTC) does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** @internal ISO date for a day count since 1970-01-01; RangeError outside 0001–9999. */
export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  const year = d.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) {
    throw new RangeError('date arithmetic left the supported range 0001-01-01 … 9999-12-31');
  }
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** @internal Weekday of a day count since 1970-01-01 (which was a Thursday). */
export function weekdayOfEpochDay(epochDay: number): IsoWeekday {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** `date` moved by `n` calendar days (n may be negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  assertIsoDate(date, 'date');
  assertInteger(n, 'n');
  return fromEpochDay(toEpochDay(date) + n);
}

/** ISO weekday of `date`: Monday = 1 … Saturday = 6, Sunday = 7. */
export function dayOfWeek(date: IsoDate): IsoWeekday {
  assertIsoDate(date, 'date');
  return weekdayOfEpochDay(toEpochDay(date));
}
