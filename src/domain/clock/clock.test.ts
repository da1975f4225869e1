import { describe, expect, it } from 'vitest';
import { clockStartingAt, finnishDate, fixedClock } from './index.js';

describe('the clock', () => {
  it('gives the Finnish day, not the UTC day', () => {
    // 22:30 UTC on 31 December is already 1 January in Helsinki (UTC+2 in winter).
    expect(finnishDate(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
    expect(finnishDate(new Date('2026-12-31T21:59:00Z'))).toBe('2026-12-31');
    // Summer time is UTC+3.
    expect(finnishDate(new Date('2027-06-30T21:30:00Z'))).toBe('2027-07-01');
  });

  it('a fixed clock stands still on the day it was given', () => {
    const clock = fixedClock('2028-02-29');
    expect(clock.today()).toBe('2028-02-29');
    expect(clock.now().toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(fixedClock('2026-12-31T22:05:00Z').today()).toBe('2027-01-01');
    expect(() => fixedClock('not a date')).toThrow(TypeError);
  });

  it('a clock starting at a chosen instant runs on from it', async () => {
    const clock = clockStartingAt('2027-01-01T00:00:00Z');
    const first = clock.now().getTime();
    await new Promise((r) => setTimeout(r, 5));
    expect(clock.now().getTime()).toBeGreaterThan(first);
    expect(clock.today()).toBe('2027-01-01');
  });
});
