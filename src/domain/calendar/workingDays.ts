/**
 * Working days (arkipäivät) for statutory time limits and processing times.
 *
 * Under the Act on the calculation of statutory time limits (150/1930, 5 §)
 * Saturdays, Sundays and other public holidays, Independence Day, May Day,
 * Christmas Eve and Midsummer Eve are not working days. Social-welfare time
 * limits such as "at the latest on the seventh working day after contact"
 * (sosiaalihuoltolaki 1301/2014, 36 §) are counted on those days.
 */
import { assertInteger, assertIsoDate, fromEpochDay, toEpochDay, weekdayOfEpochDay, type IsoDate } from './date.js';
import { isHolidayEpochDay } from './holidays.js';

// The loops below work on epoch-day numbers and validate input once, because
// they run for every day of every client's deadline.
// Holidays are looked up even for weekends so that an unsupported year fails
// the same way whatever the weekday.
function isWorkingEpochDay(epochDay: number): boolean {
  const isHoliday = isHolidayEpochDay(epochDay);
  return !isHoliday && weekdayOfEpochDay(epochDay) <= 5;
}

function nextWorkingEpochDay(epochDay: number): number {
  let day = epochDay + 1;
  while (!isWorkingEpochDay(day)) day += 1;
  return day;
}

/** True for an arkipäivä: Monday–Friday and not one of {@link finnishPublicHolidays}. */
export function isWorkingDay(date: IsoDate): boolean {
  assertIsoDate(date, 'date');
  return isWorkingEpochDay(toEpochDay(date));
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate): IsoDate {
  assertIsoDate(date, 'date');
  return fromEpochDay(nextWorkingEpochDay(toEpochDay(date)));
}

/**
 * The n-th working day after `date` (the start date itself is never counted,
 * as time limits run from the day after the triggering event).
 *
 * n = 0 returns `date` when it is a working day, otherwise the next working
 * day. The result is therefore always a working day. For a non-working
 * `date`, n = 0 and n = 1 give the same answer.
 */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  assertIsoDate(date, 'date');
  assertInteger(n, 'n', true);
  let day = toEpochDay(date);
  if (n === 0) return fromEpochDay(isWorkingEpochDay(day) ? day : nextWorkingEpochDay(day));
  for (let remaining = n; remaining > 0; remaining -= 1) day = nextWorkingEpochDay(day);
  return fromEpochDay(day);
}

/**
 * The number of working days after `from` up to and including `to`; 0 when
 * `to` is on or before `from`. This is how processing times are measured:
 * a decision made on the 3rd working day after the application was complete
 * gives 3. For a working day `d`, workingDaysBetween(d, addWorkingDays(d, n)) === n.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  const last = toEpochDay(to);
  let count = 0;
  for (let day = toEpochDay(from) + 1; day <= last; day += 1) {
    if (isWorkingEpochDay(day)) count += 1;
  }
  return count;
}

/**
 * The 150/1930 5 § rule: when the last day of a time limit is not a working
 * day, the act may still be done on the next working day. Returns `date`
 * unchanged when it already is a working day. Also usable for limits counted
 * in calendar days, e.g. `dueDateRule(addDays(served, 30))`.
 */
export function dueDateRule(date: IsoDate): IsoDate {
  assertIsoDate(date, 'date');
  const day = toEpochDay(date);
  return fromEpochDay(isWorkingEpochDay(day) ? day : nextWorkingEpochDay(day));
}

/**
 * Last day of a time limit of `workingDays` working days starting from
 * `startDate` (e.g. the contact date). addWorkingDays only ever lands on a
 * working day, so applying {@link dueDateRule} is a no-op today; it is applied
 * anyway so the statutory rule holds even if the counting rule ever changes.
 */
export function deadline(startDate: IsoDate, workingDays: number): IsoDate {
  assertIsoDate(startDate, 'startDate');
  assertInteger(workingDays, 'workingDays', true);
  return dueDateRule(addWorkingDays(startDate, workingDays));
}
