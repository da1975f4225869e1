import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, isIsoDate } from './date.js';

describe('isIsoDate', () => {
  it.each(['2026-12-04', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-04-30'])('accepts %s', (value) =>
    expect(isIsoDate(value)).toBe(true),
  );

  it.each([
    '2025-02-29', // not a leap year
    '1900-02-29', // century not divisible by 400
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '0000-01-01',
    '2025-1-5',
    '25-01-05',
    '2025/01/05',
    '2025-01-05T00:00:00Z',
    ' 2025-01-05',
    '2025-01-05\n',
    '+02025-01-05',
    '',
  ])('rejects %j', (value) => expect(isIsoDate(value)).toBe(false));

  it('rejects non-strings', () => {
    for (const value of [undefined, null, 20250105, new Date(), {}, ['2025-01-05']]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});

describe('dayOfWeek (ISO: Monday = 1 … Sunday = 7)', () => {
  it.each([
    ['1970-01-01', 4],
    ['2026-12-04', 5],
    ['2026-12-06', 7],
    ['2024-02-29', 4],
    ['2025-01-06', 1],
    ['2027-01-02', 6],
    ['1969-12-31', 3], // before the Unix epoch: negative day numbers
    ['1900-01-01', 1],
    ['0001-01-01', 1], // proleptic Gregorian
    ['9999-12-31', 5],
  ] as const)('%s → %i', (date, expected) => expect(dayOfWeek(date)).toBe(expected));

  it('cycles through 1..7 day by day', () => {
    let date = '2024-01-01'; // Monday
    for (let i = 0; i < 400; i += 1) {
      expect(dayOfWeek(date)).toBe((i % 7) + 1);
      date = addDays(date, 1);
    }
  });
});

describe('addDays', () => {
  it.each([
    ['2026-12-04', 0, '2026-12-04'],
    ['2026-12-04', 1, '2026-12-05'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-28', 1, '2026-03-29'], // EU DST change night must not matter
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['1970-01-01', -1, '1969-12-31'],
    ['0099-12-31', 1, '0100-01-01'], // years below 100 are not mapped to 19xx
    ['0050-06-15', 0, '0050-06-15'],
  ] as const)('%s %+i → %s', (date, n, expected) => expect(addDays(date, n)).toBe(expected));

  it('round-trips forwards and backwards', () => {
    for (const n of [-1000, -31, -1, 0, 1, 29, 365, 1000]) {
      expect(addDays(addDays('2026-06-15', n), -n)).toBe('2026-06-15');
    }
  });

  it('throws RangeError when leaving years 0001–9999', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('invalid input', () => {
  it('throws TypeError naming the parameter and the bad value', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(TypeError);
    expect(() => addDays('2025-02-29', 1)).toThrow(
      'date must be a calendar date string in the form YYYY-MM-DD, got "2025-02-29"',
    );
    expect(() => dayOfWeek('4.12.2026')).toThrow(/date must be .*YYYY-MM-DD.*"4\.12\.2026"/);
    // @ts-expect-error runtime check for untyped callers
    expect(() => dayOfWeek(new Date())).toThrow('got object');
    // @ts-expect-error runtime check for untyped callers
    expect(() => dayOfWeek(undefined)).toThrow('got undefined');
  });

  it('rejects a non-integer day count', () => {
    for (const n of [0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => addDays('2026-01-01', n)).toThrow(TypeError);
    }
    expect(() => addDays('2026-01-01', 1.5)).toThrow('n must be an integer, got 1.5');
    // @ts-expect-error runtime check for untyped callers
    expect(() => addDays('2026-01-01', '1')).toThrow('n must be an integer, got string');
  });
});
