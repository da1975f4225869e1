// Opening hours are Finnish local time: "open now" compares the weekday and time of day in Helsinki
// at the instant the caller passes (the app's clock), never the machine's own time zone.
import { finnishDate } from '../../../domain/clock/index.js';

const HELSINKI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Weekday (ISO, 1 = Monday), 'HH:MM:SS' and 'YYYY-MM-DD' in Finland at the given instant. */
export function helsinkiParts(at: Date): { weekday: number; time: string; date: string } {
  const p = Object.fromEntries(HELSINKI.formatToParts(at).map((x) => [x.type, x.value]));
  return { weekday: WEEKDAYS[p.weekday], time: `${p.hour}:${p.minute}:${p.second}`, date: finnishDate(at) };
}

export interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}

export function isOpenAt(hours: Hours[], at: Date): boolean {
  const { weekday, time } = helsinkiParts(at);
  return hours.some((h) => h.weekday === weekday && normTime(h.opens) <= time && time < normTime(h.closes));
}

/** '8:00', '08:00' or '08:00:00' → '08:00:00' ('24:00' stays past every time of day). */
function normTime(t: string): string {
  const [h, m = '00', s = '00'] = t.split(':');
  return `${h.padStart(2, '0')}:${m}:${s}`;
}

/** 'YYYY-MM-DD' minus whole months (day clamped to the month's end). */
export function minusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
