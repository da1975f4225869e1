import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ABSOLUTE_MINIMUM, canShow, DEFAULT_MINIMUM, effectiveMinimum, suppress, suppressCells } from './index.js';

describe('minimum group size', () => {
  it('defaults to 5 and never goes below 3', () => {
    expect(effectiveMinimum(undefined)).toBe(DEFAULT_MINIMUM);
    expect(effectiveMinimum(null)).toBe(5);
    expect(effectiveMinimum(7)).toBe(7);
    expect(effectiveMinimum(2)).toBe(ABSOLUTE_MINIMUM);
    expect(effectiveMinimum(0)).toBe(3);
    expect(effectiveMinimum(-10)).toBe(3);
    expect(effectiveMinimum(Number.NaN)).toBe(5);
  });

  it('shows a group at the minimum and hides it one below', () => {
    expect(canShow(4)).toBe(false);
    expect(canShow(5)).toBe(true);
    expect(canShow(2, 1)).toBe(false);
    expect(canShow(3, 1)).toBe(true);
  });

  it('holds for any configuration: fewer than 3 answers are never shown', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: -5, max: 50 }),
        (count, min) => !canShow(count, min),
      ),
    );
  });

  it('says nothing but "not shown" below the minimum, and never computes the value', () => {
    let computed = false;
    const r = suppress(4, 5, () => {
      computed = true;
      return 1;
    });
    expect(r).toEqual({ shown: false });
    expect(computed).toBe(false);
    expect(suppress(5, 5, () => 'x')).toEqual({ shown: true, value: 'x' });
  });
});

describe('breakdown cells', () => {
  it('hides small cells and keeps empty cells as zero', () => {
    const out = suppressCells([
      { key: 'a', count: 10 },
      { key: 'b', count: 2 },
      { key: 'c', count: 3 },
      { key: 'd', count: 0 },
    ]);
    expect(out).toEqual([
      { key: 'a', count: 10 },
      { key: 'b', count: null },
      { key: 'c', count: null },
      { key: 'd', count: 0 },
    ]);
  });

  it('hides a second cell when only one would be hidden, so the total does not reveal it', () => {
    const out = suppressCells([
      { key: 'woman', count: 12 },
      { key: 'man', count: 2 },
      { key: 'other', count: 8 },
    ]);
    expect(out.find((c) => c.key === 'man')!.count).toBeNull();
    expect(out.find((c) => c.key === 'other')!.count).toBeNull();
    expect(out.find((c) => c.key === 'woman')!.count).toBe(12);
  });

  it('never leaves exactly one hidden non-empty cell (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 6 }), (counts) => {
        const out = suppressCells(counts.map((count, i) => ({ key: String(i), count })));
        const hidden = out.filter((c) => c.count === null).length;
        const nonEmpty = counts.filter((c) => c > 0).length;
        const visibleSmall = out.filter((c) => c.count !== null && c.count > 0 && c.count < 5).length;
        // A single hidden cell is only possible when it is the only non-empty one (then the total is small too).
        return (hidden !== 1 || nonEmpty === 1) && visibleSmall === 0;
      }),
    );
  });
});
