/**
 * Finnish public holidays and the other days that the Act on the calculation
 * of statutory time limits (laki säädettyjen määräaikain laskemisesta
 * 150/1930) treats as non-working days.
 */
import {
  MS_PER_DAY,
  assertInteger,
  assertIsoDate,
  fromEpochDay,
  toEpochDay,
  weekdayOfEpochDay,
  type IsoDate,
} from './date.js';

export interface LocalizedName {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

export interface PublicHoliday {
  readonly date: IsoDate;
  readonly name: LocalizedName;
}

/**
 * First year for which the current rules hold. From the early 1970s until
 * 1991/1992 (sources differ) Epiphany and Ascension Day were observed on a
 * Saturday instead; answering for those years with today's rules would give
 * silently wrong deadlines, so we refuse instead.
 */
export const FIRST_SUPPORTED_YEAR = 1993;
/** ISO dates have four-digit years. */
export const LAST_SUPPORTED_YEAR = 9999;

// Malformed input (not an integer) is a TypeError; a well-formed year we have
// no rules for is a RangeError, so callers can tell the two apart.
function assertYear(year: unknown, min: number): asserts year is number {
  assertInteger(year, 'year');
  if (year < min || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(`year must be between ${min} and ${LAST_SUPPORTED_YEAR}, got ${year}`);
  }
}

function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Easter Sunday by the Gregorian computus (the anonymous algorithm published
 * by Meeus), valid for every Gregorian year from 1583 on. Finland follows the
 * Western (Gregorian) Easter, also for the Orthodox Church of Finland.
 */
export function easterSunday(year: number): IsoDate {
  assertYear(year, 1583);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The first date on or after (year, month, day) that falls on `weekday` (ISO, Mon = 1). */
function firstWeekdayFrom(year: number, month: number, day: number, weekday: number): number {
  const start = toEpochDay(isoDate(year, month, day));
  return start + ((weekday - weekdayOfEpochDay(start) + 7) % 7);
}

const FRIDAY = 5;
const SATURDAY = 6;

function holiday(epochDay: number, fi: string, sv: string, en: string): PublicHoliday {
  return Object.freeze({ date: fromEpochDay(epochDay), name: Object.freeze({ fi, sv, en }) });
}

function computeHolidays(year: number): readonly PublicHoliday[] {
  const fixed = (month: number, day: number) => toEpochDay(isoDate(year, month, day));
  const easter = toEpochDay(easterSunday(year));
  const list = [
    holiday(fixed(1, 1), 'Uudenvuodenpäivä', 'Nyårsdagen', "New Year's Day"),
    holiday(fixed(1, 6), 'Loppiainen', 'Trettondagen', 'Epiphany'),
    holiday(easter - 2, 'Pitkäperjantai', 'Långfredagen', 'Good Friday'),
    holiday(easter, 'Pääsiäispäivä', 'Påskdagen', 'Easter Sunday'),
    holiday(easter + 1, '2. pääsiäispäivä', 'Annandag påsk', 'Easter Monday'),
    // 150/1930 names May Day explicitly among the non-working days.
    holiday(fixed(5, 1), 'Vappu', 'Första maj', 'May Day'),
    holiday(easter + 39, 'Helatorstai', 'Kristi himmelsfärdsdag', 'Ascension Day'),
    holiday(easter + 49, 'Helluntaipäivä', 'Pingstdagen', 'Whit Sunday'),
    // Midsummer Eve is not a church holiday but 150/1930 names it explicitly.
    holiday(firstWeekdayFrom(year, 6, 19, FRIDAY), 'Juhannusaatto', 'Midsommarafton', 'Midsummer Eve'),
    holiday(firstWeekdayFrom(year, 6, 20, SATURDAY), 'Juhannuspäivä', 'Midsommardagen', 'Midsummer Day'),
    holiday(firstWeekdayFrom(year, 10, 31, SATURDAY), 'Pyhäinpäivä', 'Alla helgons dag', "All Saints' Day"),
    // Independence Day and Christmas Eve: named explicitly in 150/1930.
    holiday(fixed(12, 6), 'Itsenäisyyspäivä', 'Självständighetsdagen', 'Independence Day'),
    holiday(fixed(12, 24), 'Jouluaatto', 'Julafton', 'Christmas Eve'),
    holiday(fixed(12, 25), 'Joulupäivä', 'Juldagen', 'Christmas Day'),
    holiday(fixed(12, 26), 'Tapaninpäivä', 'Annandag jul', "St Stephen's Day"),
  ];
  // Ascension Day can coincide with May Day (Easter on 23 March, e.g. 2008):
  // both entries are kept, sorted by date with a stable sort.
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return Object.freeze(list);
}

interface YearCalendar {
  readonly list: readonly PublicHoliday[];
  readonly byDate: ReadonlyMap<IsoDate, readonly PublicHoliday[]>;
  /** The same dates as day numbers, for the working-day loops (no string building per day). */
  readonly epochDays: ReadonlySet<number>;
}

// Deadline and processing-time calculations run over thousands of clients and
// ask about the same few years again and again, so each year is computed once.
// The key space is bounded (1993–9999), so the cache cannot grow without limit.
// Cached values are frozen so that no caller can corrupt them for everyone else.
const cache = new Map<number, YearCalendar>();

function yearCalendar(year: number): YearCalendar {
  let entry = cache.get(year);
  if (entry === undefined) {
    const list = computeHolidays(year);
    const byDate = new Map<IsoDate, PublicHoliday[]>();
    for (const h of list) {
      const same = byDate.get(h.date);
      if (same) same.push(h);
      else byDate.set(h.date, [h]);
    }
    for (const same of byDate.values()) Object.freeze(same);
    entry = { list, byDate, epochDays: new Set(list.map((h) => toEpochDay(h.date))) };
    cache.set(year, entry);
  }
  return entry;
}

/**
 * All Finnish public holidays of `year`, plus Midsummer Eve and Christmas Eve,
 * sorted by date. The returned array and its objects are frozen (shared cache).
 */
export function finnishPublicHolidays(year: number): readonly PublicHoliday[] {
  assertYear(year, FIRST_SUPPORTED_YEAR);
  return yearCalendar(year).list;
}

const NONE: readonly PublicHoliday[] = Object.freeze([]);

function unsupported(date: IsoDate): RangeError {
  return new RangeError(
    `no holiday rules for ${date}: supported dates are ${FIRST_SUPPORTED_YEAR}-01-01 … ${LAST_SUPPORTED_YEAR}-12-31`,
  );
}

/** @internal Holidays on an already validated date (empty when none). */
export function holidaysOnUnchecked(date: IsoDate): readonly PublicHoliday[] {
  const year = Number(date.slice(0, 4));
  if (year < FIRST_SUPPORTED_YEAR) throw unsupported(date);
  return yearCalendar(year).byDate.get(date) ?? NONE;
}

/** @internal Whether a day number (days since 1970-01-01) is in the holiday list. */
export function isHolidayEpochDay(epochDay: number): boolean {
  const year = new Date(epochDay * MS_PER_DAY).getUTCFullYear();
  if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) throw unsupported(fromEpochDay(epochDay));
  return yearCalendar(year).epochDays.has(epochDay);
}

/** The holidays falling on `date` (usually zero or one; two when Ascension Day is 1 May). */
export function publicHolidaysOn(date: IsoDate): readonly PublicHoliday[] {
  assertIsoDate(date, 'date');
  return holidaysOnUnchecked(date);
}

/** True when `date` is in {@link finnishPublicHolidays} for its year. */
export function isPublicHoliday(date: IsoDate): boolean {
  return publicHolidaysOn(date).length > 0;
}
