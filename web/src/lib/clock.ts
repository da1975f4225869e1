// The web app's clock: "now" and "today in Finland" come from here, never from `new Date()` where the
// date matters (default dates of forms, "overdue" marks). Tests may set a fixed clock.
import { systemClock, type Clock } from '../../../src/domain/clock';

let current: Clock = systemClock;

export const clock: Clock = {
  now: () => current.now(),
  today: () => current.today(),
};

/** For tests: make the web app's clock stand at another time. */
export function setClock(next: Clock): void {
  current = next;
}

/** The current month in Finland, 'YYYY-MM'. */
export function thisMonth(): string {
  return clock.today().slice(0, 7);
}
