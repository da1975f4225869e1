// The one clock. Server and web app read "now" and "today in Finland" from a Clock that is passed in
// (the app holds one, tests fix it), never from `new Date()` where the date matters: legal dates are
// Finnish calendar days, and a test that reads the real date fails on some day of the year.

/** 'YYYY-MM-DD', a Finnish calendar day. */
export type FinnishDate = string;

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in Finland (Europe/Helsinki), 'YYYY-MM-DD'. */
  today(): FinnishDate;
}

export const FINNISH_TIME_ZONE = 'Europe/Helsinki';

// 'sv-SE' formats dates as YYYY-MM-DD.
const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: FINNISH_TIME_ZONE });

/** The Finnish calendar day of an instant. */
export function finnishDate(at: Date): FinnishDate {
  return dayFormat.format(at);
}

/** The real clock of the machine. */
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => finnishDate(new Date()),
};

/**
 * A clock that stands still at `at` (an ISO instant, or a 'YYYY-MM-DD' day meaning noon in Finland
 * on that day). For tests whose expectations depend on the date.
 */
export function fixedClock(at: Date | string): Clock {
  const instant = typeof at === 'string' ? parseInstant(at) : at;
  return { now: () => new Date(instant), today: () => finnishDate(instant) };
}

/** A clock that runs from `at` onwards: time passes, but the start is chosen. */
export function clockStartingAt(at: Date | string): Clock {
  const start = typeof at === 'string' ? parseInstant(at) : at;
  const offset = start.getTime() - Date.now();
  const now = () => new Date(Date.now() + offset);
  return { now, today: () => finnishDate(now()) };
}

/** A clock that stands still until a test moves it on (e.g. to the next TOTP period). */
export function adjustableClock(
  at: Date | string,
): Clock & { advance(ms: number): void; set(at: Date | string): void } {
  let instant = typeof at === 'string' ? parseInstant(at) : at;
  return {
    now: () => new Date(instant),
    today: () => finnishDate(instant),
    advance: (ms) => {
      instant = new Date(instant.getTime() + ms);
    },
    set: (next) => {
      instant = typeof next === 'string' ? parseInstant(next) : next;
    },
  };
}

function parseInstant(value: string): Date {
  // Noon UTC is the same Finnish day all year round (UTC+2 / UTC+3).
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) throw new TypeError('fixedClock needs an ISO date or instant');
  return date;
}
