// The pure results rules: age bands count from the given year, and last year's mean is shown only
// when last year had enough answers, and enough to that item.
import { describe, expect, it } from 'vitest';
import { ageBand, aggregate, compareWith } from './results.js';
import { clientSatisfactionTemplate } from '../../../shared/contracts/participation/survey-definition.js';

describe('survey results', () => {
  it('places a birth year in its age band by the given year, not the machine date', () => {
    expect(ageBand(1977, 2027)).toBe('50to64');
    expect(ageBand(1977, 2026)).toBe('30to49');
    expect(ageBand(1997, 2027)).toBe('30to49');
    expect(ageBand(1998, 2027)).toBe('under30');
    expect(ageBand(1962, 2027)).toBe('65plus');
  });

  it('says only "too few" below the minimum, and bands birth years by the given year above it', () => {
    const def = clientSatisfactionTemplate().definition;
    const five = Array.from({ length: 5 }, () => ({ birth_year: 1977, q1: 4 }));
    expect(aggregate(def, five.slice(0, 4), 5, { thisYear: 2027 })).toEqual({ minimum: 5, enough: false });
    const shown = aggregate(def, five, 5, { thisYear: 2027 });
    if (!shown.enough) throw new Error('expected results');
    const bands = shown.choices.find((c) => c.key === 'birth_year')!.categories;
    expect(bands.map((c) => [c.value, c.count])).toEqual([
      ['under30', 0],
      ['30to49', 0],
      ['50to64', 5],
      ['65plus', 0],
    ]);
  });

  it("shows last year's mean only when last year, and the item, reach the minimum", () => {
    const items = [
      { key: 'q1', mean: 4 },
      { key: 'q2', mean: 3 },
    ];
    const lastYear = [...Array.from({ length: 5 }, () => ({ q1: 2 })), { q2: 5 }];
    expect(compareWith(items, lastYear, 5)).toEqual({
      enough: true,
      items: [
        { key: 'q1', mean: 4, previousMean: 2 },
        { key: 'q2', mean: 3, previousMean: null },
      ],
    });
    expect(compareWith(items, lastYear.slice(0, 4), 5).items.every((i) => i.previousMean === null)).toBe(true);
  });
});
