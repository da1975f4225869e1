/**
 * Working-day calendar (arkipäiväkalenteri): Finnish public holidays and
 * statutory time limits (laki säädettyjen määräaikain laskemisesta 150/1930).
 * Pure functions on ISO `YYYY-MM-DD` strings, independent of the machine's time zone.
 */
export { addDays, dayOfWeek, isIsoDate, type IsoDate, type IsoWeekday } from './date.js';
export {
  easterSunday,
  finnishPublicHolidays,
  isPublicHoliday,
  publicHolidaysOn,
  FIRST_SUPPORTED_YEAR,
  LAST_SUPPORTED_YEAR,
  type LocalizedName,
  type PublicHoliday,
} from './holidays.js';
export {
  addWorkingDays,
  deadline,
  dueDateRule,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './workingDays.js';
