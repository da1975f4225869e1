import { describe, expect, it } from 'vitest';
import { checkCharacter, maskHenkilotunnus, parseHenkilotunnus } from './henkilotunnus.js';

/** Builds a valid code for tests (synthetic: individual numbers in the 9xx temporary range). */
function make(dd: string, mm: string, yy: string, sign: string, individual: string) {
  return `${dd}${mm}${yy}${sign}${individual}${checkCharacter(dd + mm + yy, individual)}`;
}

describe('henkilötunnus', () => {
  it('accepts the well-known example 131052-308T and derives the birth date', () => {
    expect(parseHenkilotunnus('131052-308T')).toEqual({ value: '131052-308T', birthDate: '1952-10-13' });
  });

  it('rejects a wrong check character', () => {
    expect(parseHenkilotunnus('131052-308U')).toBeNull();
    expect(parseHenkilotunnus('131052-3080')).toBeNull();
  });

  it('knows the three centuries: + 1800s, - 1900s, A 2000s', () => {
    expect(parseHenkilotunnus(make('01', '01', '99', '+', '902'))?.birthDate).toBe('1899-01-01');
    expect(parseHenkilotunnus(make('15', '06', '85', '-', '903'))?.birthDate).toBe('1985-06-15');
    expect(parseHenkilotunnus(make('29', '02', '04', 'A', '904'))?.birthDate).toBe('2004-02-29');
  });

  it.each(['Y', 'X', 'W', 'V', 'U'])('accepts the 2023 century sign %s as the 1900s', (sign) => {
    const code = make('12', '03', '85', sign, '905');
    expect(parseHenkilotunnus(code)?.birthDate).toBe('1985-03-12');
  });

  it.each(['B', 'C', 'D', 'E', 'F'])('accepts the 2023 century sign %s as the 2000s', (sign) => {
    const code = make('12', '03', '05', sign, '906');
    expect(parseHenkilotunnus(code)?.birthDate).toBe('2005-03-12');
  });

  it('the same digits with a new century sign keep the same check character', () => {
    // The check character depends only on the digits, so 010594Y9032 and 010594-9032 share it.
    expect(make('01', '05', '94', 'Y', '903').slice(-1)).toBe(make('01', '05', '94', '-', '903').slice(-1));
  });

  it('rejects impossible dates, unknown century signs, individual numbers 000–001 and bad shapes', () => {
    expect(parseHenkilotunnus(make('30', '02', '85', '-', '907'))).toBeNull();
    expect(parseHenkilotunnus(make('29', '02', '05', 'A', '907'))).toBeNull(); // 2005 is not a leap year
    expect(parseHenkilotunnus('131052G308T')).toBeNull();
    expect(parseHenkilotunnus(make('13', '10', '52', '-', '001'))).toBeNull();
    expect(parseHenkilotunnus('131052-308')).toBeNull();
    expect(parseHenkilotunnus('')).toBeNull();
  });

  it('normalises case and whitespace', () => {
    expect(parseHenkilotunnus(' 131052-308t ')?.value).toBe('131052-308T');
  });

  it('masks the individual part', () => {
    expect(maskHenkilotunnus('120385-123A')).toBe('120385-****');
    expect(maskHenkilotunnus(null)).toBeNull();
  });
});
