import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek } from './date.js';
import {
  addWorkingDays,
  deadline,
  dueDateRule,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from './workingDays.js';

/** Every date from `from` to `to` inclusive. */
function* days(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

describe('isWorkingDay', () => {
  it.each([
    ['2026-12-04', true], // Friday
    ['2026-12-07', true], // Monday
    ['2026-12-05', false], // Saturday
    ['2026-12-06', false], // Sunday, Independence Day
    ['2028-12-06', false], // Independence Day on a Wednesday (150/1930)
    ['2026-05-01', false], // May Day, Friday (150/1930)
    ['2026-06-19', false], // Midsummer Eve, Friday (150/1930)
    ['2026-12-24', false], // Christmas Eve, Thursday (150/1930)
    ['2026-12-25', false],
    ['2026-12-31', true], // New Year's Eve is an ordinary working day
    ['2027-01-01', false],
    ['2027-01-06', false], // Epiphany, Wednesday
    ['2026-04-03', false], // Good Friday
    ['2026-04-06', false], // Easter Monday
    ['2026-04-07', true],
    ['2026-05-14', false], // Ascension Day
    ['2027-11-05', true], // the Friday before All Saints' Day
  ] as const)('%s → %s', (date, expected) => expect(isWorkingDay(date)).toBe(expected));

  it('finds 252 working days in 2026 (365 − 104 weekend days − 9 weekday holidays)', () => {
    expect([...days('2026-01-01', '2026-12-31')].filter(isWorkingDay)).toHaveLength(252);
  });

  it('never treats a weekend day as a working day', () => {
    for (const d of days('2024-01-01', '2028-12-31')) {
      if (dayOfWeek(d) >= 6) expect(isWorkingDay(d), d).toBe(false);
    }
  });
});

describe('nextWorkingDay (strictly after)', () => {
  it.each([
    ['2026-12-07', '2026-12-08'], // working Monday → Tuesday, not itself
    ['2026-12-04', '2026-12-07'], // Friday → Monday
    ['2026-12-05', '2026-12-07'],
    ['2026-12-23', '2026-12-28'], // Christmas 2026: Thu 24, Fri 25, Sat 26, Sun 27
    ['2026-12-31', '2027-01-04'], // New Year's Day on Friday
    ['2027-01-05', '2027-01-07'], // Epiphany on Wednesday
    ['2026-04-02', '2026-04-07'], // Easter 2026
    ['2026-06-18', '2026-06-22'], // Midsummer 2026
    ['2026-12-31', '2027-01-04'],
  ] as const)('%s → %s', (date, expected) => expect(nextWorkingDay(date)).toBe(expected));
});

describe('addWorkingDays', () => {
  it('contact on Friday 2026-12-04 + 7 working days → Tuesday 2026-12-15', () => {
    // 5.12. Sat, 6.12. Sun (Independence Day), then 7, 8, 9, 10, 11, 14, 15 December.
    // (2026-12-16 would be the 8th working day: no holiday falls on 7–15 December 2026.)
    expect(addWorkingDays('2026-12-04', 7)).toBe('2026-12-15');
    expect(addWorkingDays('2026-12-04', 8)).toBe('2026-12-16');
  });

  it('n = 0 returns the date itself on a working day, otherwise the next working day', () => {
    expect(addWorkingDays('2026-12-04', 0)).toBe('2026-12-04');
    expect(addWorkingDays('2026-12-05', 0)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-24', 0)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
  });

  it.each([
    // Easter
    ['2026-04-02', 1, '2026-04-07'], // Maundy Thursday → Tuesday after Easter Monday
    ['2026-04-01', 2, '2026-04-07'],
    ['2026-03-31', 5, '2026-04-09'], // 1.4., 2.4., then 7.4., 8.4., 9.4.
    ['2025-04-17', 1, '2025-04-22'],
    ['2027-03-25', 1, '2027-03-30'],
    // Christmas and New Year 2026–2027
    ['2026-12-23', 1, '2026-12-28'],
    ['2026-12-23', 4, '2026-12-31'],
    ['2026-12-23', 5, '2027-01-04'],
    ['2026-12-23', 6, '2027-01-05'],
    ['2026-12-23', 7, '2027-01-07'], // skips Epiphany (Wednesday)
    ['2026-12-18', 7, '2026-12-31'],
    ['2026-12-18', 8, '2027-01-04'],
    ['2025-12-19', 6, '2026-01-02'], // Christmas 2025: Wed 24 – Fri 26, New Year's Day Thursday
    ['2025-12-19', 7, '2026-01-05'],
    // May Day and Ascension Day
    ['2026-04-30', 1, '2026-05-04'], // May Day Friday
    ['2026-04-30', 10, '2026-05-18'], // also skips Ascension Day 14.5.
    ['2026-05-13', 1, '2026-05-15'],
    ['2025-04-30', 1, '2025-05-02'], // May Day Thursday
    ['2025-05-28', 1, '2025-05-30'], // Ascension Day 29.5.2025
    ['2008-04-30', 1, '2008-05-02'], // Ascension Day and May Day on the same Thursday
    // Midsummer, All Saints, Independence Day
    ['2026-06-18', 1, '2026-06-22'],
    ['2027-06-24', 1, '2027-06-28'],
    ['2028-12-05', 1, '2028-12-07'],
    // Across a leap day
    ['2028-02-28', 2, '2028-03-01'],
  ] as const)('%s + %i → %s', (date, n, expected) => expect(addWorkingDays(date, n)).toBe(expected));

  it('always lands on a working day and moves strictly forward for n ≥ 1', () => {
    for (const d of days('2026-01-01', '2026-12-31')) {
      let previous = d;
      for (let n = 1; n <= 10; n += 1) {
        const result = addWorkingDays(d, n);
        expect(isWorkingDay(result), `${d} + ${n}`).toBe(true);
        expect(result > previous, `${d} + ${n}`).toBe(true);
        previous = result;
      }
    }
  });

  it('composes: addWorkingDays(addWorkingDays(d, a), b) = addWorkingDays(d, a + b) for a working d', () => {
    for (const d of days('2026-11-15', '2027-01-15')) {
      if (!isWorkingDay(d)) continue;
      for (const [a, b] of [
        [1, 1],
        [2, 5],
        [7, 0],
        [3, 10],
      ] as const) {
        expect(addWorkingDays(addWorkingDays(d, a), b), `${d} ${a}+${b}`).toBe(addWorkingDays(d, a + b));
      }
    }
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-12-04', '2026-12-15', 7],
    ['2026-12-04', '2026-12-04', 0],
    ['2026-12-15', '2026-12-04', 0], // to before from
    ['2026-12-04', '2026-12-05', 0], // Friday → Saturday
    ['2026-12-04', '2026-12-07', 1], // Friday → Monday
    ['2026-12-05', '2026-12-07', 1],
    ['2026-12-23', '2027-01-07', 7],
    ['2026-04-02', '2026-04-07', 1],
    ['2025-12-31', '2026-12-31', 252],
  ] as const)('(%s, %s] → %i', (from, to, expected) => expect(workingDaysBetween(from, to)).toBe(expected));

  it('measures processing time: decided on the 3rd working day after the complete application', () => {
    // Application complete on Wednesday 23.12.2026; 24.–27.12. are not working days,
    // so a decision on Wednesday 30.12.2026 is on the 3rd working day.
    expect(workingDaysBetween('2026-12-23', '2026-12-30')).toBe(3);
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-30');
  });

  it('is the inverse of addWorkingDays for every working day of 2024–2028 and n = 0…15', () => {
    let checked = 0;
    for (const d of days('2024-01-01', '2028-12-31')) {
      const working = isWorkingDay(d);
      for (let n = 0; n <= 15; n += 1) {
        const result = addWorkingDays(d, n);
        // From a non-working day n = 0 already moves to the first working day after it.
        const expected = working ? n : Math.max(n, 1);
        if (workingDaysBetween(d, result) !== expected) {
          expect.fail(`workingDaysBetween(${d}, addWorkingDays(${d}, ${n}) = ${result}) !== ${expected}`);
        }
        if (working) checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1200 * 16);
  });

  it('is additive over consecutive intervals', () => {
    const points = ['2026-03-30', '2026-04-05', '2026-05-01', '2026-06-19', '2026-12-24', '2027-01-06'];
    for (let i = 0; i + 2 < points.length; i += 1) {
      const [a, b, c] = [points[i], points[i + 1], points[i + 2]];
      expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
    }
  });
});

describe('dueDateRule and deadline (150/1930 5 §)', () => {
  it('leaves a working day unchanged and moves a non-working last day to the next working day', () => {
    expect(dueDateRule('2026-12-15')).toBe('2026-12-15');
    expect(dueDateRule('2026-12-05')).toBe('2026-12-07'); // Saturday
    expect(dueDateRule('2026-12-06')).toBe('2026-12-07'); // Independence Day (Sunday)
    expect(dueDateRule('2026-12-24')).toBe('2026-12-28'); // Christmas Eve
    expect(dueDateRule('2026-06-19')).toBe('2026-06-22'); // Midsummer Eve
    expect(dueDateRule('2026-05-01')).toBe('2026-05-04'); // May Day
    expect(dueDateRule('2026-04-03')).toBe('2026-04-07'); // Good Friday … Easter Monday
  });

  it('applies to limits counted in calendar days, e.g. a 30-day appeal period', () => {
    // Served Thursday 5.11.2026: day 30 is Saturday 5.12., Sunday 6.12. is Independence Day.
    expect(addDays('2026-11-05', 30)).toBe('2026-12-05');
    expect(dueDateRule(addDays('2026-11-05', 30))).toBe('2026-12-07');
  });

  it('deadline(start, n) counts working days and always ends on a working day', () => {
    expect(deadline('2026-12-04', 7)).toBe('2026-12-15');
    expect(deadline('2026-12-23', 7)).toBe('2027-01-07');
    expect(deadline('2026-12-24', 0)).toBe('2026-12-28');
    for (const d of days('2026-01-01', '2027-12-31')) {
      for (const n of [0, 1, 3, 7]) {
        const due = deadline(d, n);
        expect(due, `${d} + ${n}`).toBe(addWorkingDays(d, n));
        expect(dueDateRule(due), `${d} + ${n}`).toBe(due); // the rule has nothing left to move
        expect(isWorkingDay(due), `${d} + ${n}`).toBe(true);
      }
    }
  });
});

describe('invalid input', () => {
  it('throws TypeError with the parameter name for malformed dates', () => {
    expect(() => isWorkingDay('2026-13-01')).toThrow(TypeError);
    expect(() => isWorkingDay('2026-13-01')).toThrow(
      'date must be a calendar date string in the form YYYY-MM-DD, got "2026-13-01"',
    );
    expect(() => nextWorkingDay('04.12.2026')).toThrow(TypeError);
    expect(() => addWorkingDays('2026-12-4', 1)).toThrow(TypeError);
    expect(() => workingDaysBetween('2026-12-04', '2026-12-32')).toThrow(/^to must be/);
    expect(() => workingDaysBetween('', '2026-12-04')).toThrow(/^from must be/);
    expect(() => deadline('2026-02-29', 1)).toThrow(/^startDate must be/);
    expect(() => dueDateRule('2026-12-04T12:00:00+02:00')).toThrow(TypeError);
    // @ts-expect-error runtime check for untyped callers
    expect(() => deadline(new Date('2026-12-04'), 1)).toThrow(
      'startDate must be a calendar date string in the form YYYY-MM-DD, got object',
    );
  });

  it('throws TypeError for a negative or non-integer number of working days', () => {
    expect(() => addWorkingDays('2026-12-04', -1)).toThrow(TypeError);
    expect(() => addWorkingDays('2026-12-04', -1)).toThrow('n must be a non-negative integer, got -1');
    expect(() => addWorkingDays('2026-12-04', 1.5)).toThrow(TypeError);
    expect(() => addWorkingDays('2026-12-04', Number.NaN)).toThrow(TypeError);
    expect(() => deadline('2026-12-04', -7)).toThrow('workingDays must be a non-negative integer, got -7');
    // @ts-expect-error runtime check for untyped callers
    expect(() => deadline('2026-12-04', '7')).toThrow('workingDays must be a non-negative integer, got string');
  });

  it('throws RangeError for valid dates in years without today’s holiday rules, whatever the weekday', () => {
    expect(() => isWorkingDay('1985-06-03')).toThrow(RangeError); // Monday
    expect(() => isWorkingDay('1985-06-01')).toThrow(RangeError); // Saturday
    expect(() => addWorkingDays('1992-12-30', 1)).toThrow('no holiday rules for 1992-12-31');
    expect(addWorkingDays('1992-12-31', 1)).toBe('1993-01-04');
    expect(() => addWorkingDays('9999-12-31', 1)).toThrow(RangeError);
  });
});
