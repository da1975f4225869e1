import { describe, expect, it } from 'vitest';
import * as calendar from './index.js';

describe('calendar public API', () => {
  it('re-exports the public functions and nothing internal', () => {
    expect(Object.keys(calendar).sort()).toEqual(
      [
        'FIRST_SUPPORTED_YEAR',
        'LAST_SUPPORTED_YEAR',
        'addDays',
        'addWorkingDays',
        'dayOfWeek',
        'deadline',
        'dueDateRule',
        'easterSunday',
        'finnishPublicHolidays',
        'isIsoDate',
        'isPublicHoliday',
        'isWorkingDay',
        'nextWorkingDay',
        'publicHolidaysOn',
        'workingDaysBetween',
      ].sort(),
    );
  });

  it('works end to end through the index', () => {
    expect(calendar.deadline('2026-12-04', 7)).toBe('2026-12-15');
    expect(calendar.finnishPublicHolidays(2026)).toHaveLength(15);
  });
});
