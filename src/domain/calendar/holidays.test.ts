import { describe, expect, it } from 'vitest';
import { dayOfWeek } from './date.js';
import {
  FIRST_SUPPORTED_YEAR,
  easterSunday,
  finnishPublicHolidays,
  isPublicHoliday,
  publicHolidaysOn,
} from './holidays.js';

// Easter Sundays 2000–2035, written out by hand from the Gregorian computus and
// cross-checked against an independent implementation (python-dateutil).
const EASTER: Record<number, string> = {
  2000: '2000-04-23',
  2001: '2001-04-15',
  2002: '2002-03-31',
  2003: '2003-04-20',
  2004: '2004-04-11',
  2005: '2005-03-27',
  2006: '2006-04-16',
  2007: '2007-04-08',
  2008: '2008-03-23',
  2009: '2009-04-12',
  2010: '2010-04-04',
  2011: '2011-04-24',
  2012: '2012-04-08',
  2013: '2013-03-31',
  2014: '2014-04-20',
  2015: '2015-04-05',
  2016: '2016-03-27',
  2017: '2017-04-16',
  2018: '2018-04-01',
  2019: '2019-04-21',
  2020: '2020-04-12',
  2021: '2021-04-04',
  2022: '2022-04-17',
  2023: '2023-04-09',
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2028: '2028-04-16',
  2029: '2029-04-01',
  2030: '2030-04-21',
  2031: '2031-04-13',
  2032: '2032-03-28',
  2033: '2033-04-17',
  2034: '2034-04-09',
  2035: '2035-03-25',
};

describe('easterSunday', () => {
  it('matches the table for every year 2000–2035', () => {
    expect(Object.keys(EASTER)).toHaveLength(36);
    for (let year = 2000; year <= 2035; year += 1) {
      expect(easterSunday(year), String(year)).toBe(EASTER[year]);
    }
  });

  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2030, '2030-04-21'],
  ])('well-known Easter %i is %s', (year, expected) => expect(easterSunday(year)).toBe(expected));

  it('hits the extreme dates of the Gregorian computus', () => {
    expect(easterSunday(1818)).toBe('1818-03-22'); // earliest possible
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25'); // latest possible
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('is always a Sunday between 22 March and 25 April (1583–3000)', () => {
    for (let year = 1583; year <= 3000; year += 1) {
      const easter = easterSunday(year);
      expect(dayOfWeek(easter)).toBe(7);
      const monthDay = easter.slice(5);
      expect(monthDay >= '03-22' && monthDay <= '04-25', easter).toBe(true);
    }
  });

  it('rejects years before the Gregorian calendar or outside ISO years', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
    expect(() => easterSunday(10000)).toThrow(RangeError);
    expect(() => easterSunday(2025.5)).toThrow(TypeError);
    // @ts-expect-error runtime check for untyped callers
    expect(() => easterSunday('2025')).toThrow('year must be an integer, got string');
  });
});

const pairs = (year: number) => finnishPublicHolidays(year).map((h) => [h.date, h.name.fi]);

describe('finnishPublicHolidays', () => {
  it('2025', () => {
    expect(pairs(2025)).toEqual([
      ['2025-01-01', 'Uudenvuodenpäivä'],
      ['2025-01-06', 'Loppiainen'],
      ['2025-04-18', 'Pitkäperjantai'],
      ['2025-04-20', 'Pääsiäispäivä'],
      ['2025-04-21', '2. pääsiäispäivä'],
      ['2025-05-01', 'Vappu'],
      ['2025-05-29', 'Helatorstai'],
      ['2025-06-08', 'Helluntaipäivä'],
      ['2025-06-20', 'Juhannusaatto'],
      ['2025-06-21', 'Juhannuspäivä'],
      ['2025-11-01', 'Pyhäinpäivä'],
      ['2025-12-06', 'Itsenäisyyspäivä'],
      ['2025-12-24', 'Jouluaatto'],
      ['2025-12-25', 'Joulupäivä'],
      ['2025-12-26', 'Tapaninpäivä'],
    ]);
  });

  it('2026 (Midsummer Eve on 19 June and All Saints on 31 October: earliest possible)', () => {
    expect(pairs(2026)).toEqual([
      ['2026-01-01', 'Uudenvuodenpäivä'],
      ['2026-01-06', 'Loppiainen'],
      ['2026-04-03', 'Pitkäperjantai'],
      ['2026-04-05', 'Pääsiäispäivä'],
      ['2026-04-06', '2. pääsiäispäivä'],
      ['2026-05-01', 'Vappu'],
      ['2026-05-14', 'Helatorstai'],
      ['2026-05-24', 'Helluntaipäivä'],
      ['2026-06-19', 'Juhannusaatto'],
      ['2026-06-20', 'Juhannuspäivä'],
      ['2026-10-31', 'Pyhäinpäivä'],
      ['2026-12-06', 'Itsenäisyyspäivä'],
      ['2026-12-24', 'Jouluaatto'],
      ['2026-12-25', 'Joulupäivä'],
      ['2026-12-26', 'Tapaninpäivä'],
    ]);
  });

  it('2027 (Midsummer on 25–26 June and All Saints on 6 November: latest possible)', () => {
    expect(pairs(2027)).toEqual([
      ['2027-01-01', 'Uudenvuodenpäivä'],
      ['2027-01-06', 'Loppiainen'],
      ['2027-03-26', 'Pitkäperjantai'],
      ['2027-03-28', 'Pääsiäispäivä'],
      ['2027-03-29', '2. pääsiäispäivä'],
      ['2027-05-01', 'Vappu'],
      ['2027-05-06', 'Helatorstai'],
      ['2027-05-16', 'Helluntaipäivä'],
      ['2027-06-25', 'Juhannusaatto'],
      ['2027-06-26', 'Juhannuspäivä'],
      ['2027-11-06', 'Pyhäinpäivä'],
      ['2027-12-06', 'Itsenäisyyspäivä'],
      ['2027-12-24', 'Jouluaatto'],
      ['2027-12-25', 'Joulupäivä'],
      ['2027-12-26', 'Tapaninpäivä'],
    ]);
  });

  it('names every holiday in Finnish, Swedish and English', () => {
    const byFi = Object.fromEntries(finnishPublicHolidays(2026).map((h) => [h.name.fi, h.name]));
    expect(byFi['Loppiainen']).toEqual({ fi: 'Loppiainen', sv: 'Trettondagen', en: 'Epiphany' });
    expect(byFi['Juhannusaatto']).toEqual({ fi: 'Juhannusaatto', sv: 'Midsommarafton', en: 'Midsummer Eve' });
    expect(byFi['Itsenäisyyspäivä']).toEqual({
      fi: 'Itsenäisyyspäivä',
      sv: 'Självständighetsdagen',
      en: 'Independence Day',
    });
    for (const { name } of finnishPublicHolidays(2026)) {
      expect(name.fi.length * name.sv.length * name.en.length).toBeGreaterThan(0);
    }
  });

  it('places the movable holidays correctly in every supported year up to 2200', () => {
    for (let year = FIRST_SUPPORTED_YEAR; year <= 2200; year += 1) {
      const list = finnishPublicHolidays(year);
      const on = (fi: string) => list.find((h) => h.name.fi === fi)!.date;
      const where = String(year);
      expect(list, where).toHaveLength(15);
      expect(on('Pääsiäispäivä'), where).toBe(easterSunday(year));
      expect(dayOfWeek(on('Pitkäperjantai')), where).toBe(5);
      expect(dayOfWeek(on('2. pääsiäispäivä')), where).toBe(1);
      expect(dayOfWeek(on('Helatorstai')), where).toBe(4);
      expect(dayOfWeek(on('Helluntaipäivä')), where).toBe(7);
      const eve = on('Juhannusaatto');
      expect(dayOfWeek(eve), where).toBe(5);
      expect(eve >= `${year}-06-19` && eve <= `${year}-06-25`, where).toBe(true);
      const midsummer = on('Juhannuspäivä');
      expect(dayOfWeek(midsummer), where).toBe(6);
      expect(midsummer >= `${year}-06-20` && midsummer <= `${year}-06-26`, where).toBe(true);
      const allSaints = on('Pyhäinpäivä');
      expect(dayOfWeek(allSaints), where).toBe(6);
      expect(allSaints >= `${year}-10-31` && allSaints <= `${year}-11-06`, where).toBe(true);
      expect(
        list.every((h) => h.date.startsWith(`${year}-`)),
        where,
      ).toBe(true);
      const dates = list.map((h) => h.date);
      expect(dates, where).toEqual([...dates].sort());
    }
  });

  it.each([
    [2021, '2021-06-25', '2021-11-06'], // both on their latest date
    [2015, '2015-06-19', '2015-10-31'], // both on their earliest date
    [2024, '2024-06-21', '2024-11-02'],
    [2032, '2032-06-25', '2032-11-06'],
    [2037, '2037-06-19', '2037-10-31'],
  ])('Midsummer Eve and All Saints’ Day in %i', (year, eve, allSaints) => {
    const list = finnishPublicHolidays(year);
    expect(list.find((h) => h.name.fi === 'Juhannusaatto')!.date).toBe(eve);
    expect(list.find((h) => h.name.fi === 'Pyhäinpäivä')!.date).toBe(allSaints);
  });

  it('keeps both entries when Ascension Day falls on May Day (2008)', () => {
    expect(easterSunday(2008)).toBe('2008-03-23');
    const list = finnishPublicHolidays(2008);
    expect(list).toHaveLength(15);
    expect(publicHolidaysOn('2008-05-01').map((h) => h.name.fi)).toEqual(['Vappu', 'Helatorstai']);
    expect(new Set(list.map((h) => h.date)).size).toBe(14);
  });

  it('memoises per year and protects the shared result from mutation', () => {
    const first = finnishPublicHolidays(2026);
    expect(finnishPublicHolidays(2026)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(Object.isFrozen(first[0].name)).toBe(true);
    expect(() => (first as unknown as unknown[]).push('x')).toThrow(TypeError);
    expect(() => {
      (first[0] as { date: string }).date = '2026-01-02';
    }).toThrow(TypeError);
    expect(finnishPublicHolidays(2026)[0].date).toBe('2026-01-01');
  });

  it('refuses years without today’s rules and malformed years', () => {
    // 1973–1991/92 Epiphany and Ascension were observed on Saturdays.
    expect(() => finnishPublicHolidays(1985)).toThrow(RangeError);
    expect(() => finnishPublicHolidays(FIRST_SUPPORTED_YEAR - 1)).toThrow(
      `year must be between ${FIRST_SUPPORTED_YEAR} and 9999, got ${FIRST_SUPPORTED_YEAR - 1}`,
    );
    expect(() => finnishPublicHolidays(FIRST_SUPPORTED_YEAR)).not.toThrow();
    expect(() => finnishPublicHolidays(10000)).toThrow(RangeError);
    expect(() => finnishPublicHolidays(2025.5)).toThrow(TypeError);
    expect(() => finnishPublicHolidays(Number.NaN)).toThrow('year must be an integer, got NaN');
    // @ts-expect-error runtime check for untyped callers
    expect(() => finnishPublicHolidays('2025')).toThrow(TypeError);
  });
});

describe('isPublicHoliday / publicHolidaysOn', () => {
  it('recognises the holidays and nothing else', () => {
    expect(isPublicHoliday('2026-12-24')).toBe(true);
    expect(isPublicHoliday('2026-06-19')).toBe(true);
    expect(isPublicHoliday('2026-12-23')).toBe(false);
    expect(isPublicHoliday('2026-12-27')).toBe(false); // a Sunday, but not in the list
    expect(isPublicHoliday('2026-04-04')).toBe(false); // Easter Saturday is not in the list
    expect(publicHolidaysOn('2026-12-06')).toEqual([
      { date: '2026-12-06', name: { fi: 'Itsenäisyyspäivä', sv: 'Självständighetsdagen', en: 'Independence Day' } },
    ]);
    expect(publicHolidaysOn('2026-12-07')).toEqual([]);
  });

  it('counts exactly 15 holiday entries over every day of 2026', () => {
    let count = 0;
    for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
      count += publicHolidaysOn(d.toISOString().slice(0, 10)).length;
    }
    expect(count).toBe(15);
  });

  it('validates input', () => {
    expect(() => isPublicHoliday('2026-02-30')).toThrow(TypeError);
    expect(() => isPublicHoliday('2026-02-30')).toThrow('date must be a calendar date string in the form YYYY-MM-DD');
    expect(() => publicHolidaysOn('1985-12-24')).toThrow(RangeError);
    expect(() => publicHolidaysOn('1985-12-24')).toThrow('no holiday rules for 1985-12-24');
  });
});
