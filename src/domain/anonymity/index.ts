// Minimum group size for anonymous results (DOMAIN.md 4.1): feedback per worker and survey
// breakdowns are shown only when enough people answered that nobody can be recognised. The
// organisation may raise the minimum; it can never go below the floor. Pure functions: used by
// feedback, surveys and statistics alike.

/** Never show a result based on fewer answers than this, whatever the settings say. */
export const ABSOLUTE_MINIMUM = 3;
/** The default when the organisation has not chosen its own minimum. */
export const DEFAULT_MINIMUM = 5;

/** The minimum in force: the configured value, but never below the floor. */
export function effectiveMinimum(configured?: number | null): number {
  if (configured === undefined || configured === null || !Number.isFinite(configured)) return DEFAULT_MINIMUM;
  return Math.max(ABSOLUTE_MINIMUM, Math.ceil(configured));
}

/** True when a group of `count` answers may be shown. */
export function canShow(count: number, configured?: number | null): boolean {
  return count >= effectiveMinimum(configured);
}

export type Suppressed<T> = { shown: true; value: T } | { shown: false };

/**
 * The value only when the group is large enough. Below the minimum the result says nothing else —
 * not even the count, which would tell how close to the minimum the group is.
 */
export function suppress<T>(count: number, configured: number | null | undefined, value: () => T): Suppressed<T> {
  return canShow(count, configured) ? { shown: true, value: value() } : { shown: false };
}

export interface Cell<K extends string = string> {
  key: K;
  count: number;
}

/**
 * Breakdown cells (e.g. answers by gender) where each small cell is hidden. When exactly one
 * non-empty cell would be hidden, the next smallest is hidden too: otherwise the hidden cell could
 * be worked out by subtracting the others from the total (secondary suppression).
 */
export function suppressCells<K extends string>(
  cells: Cell<K>[],
  configured?: number | null,
): { key: K; count: number | null }[] {
  const min = effectiveMinimum(configured);
  const hidden = new Set<K>(cells.filter((c) => c.count > 0 && c.count < min).map((c) => c.key));
  if (hidden.size === 1) {
    const next = cells.filter((c) => !hidden.has(c.key) && c.count > 0).sort((a, b) => a.count - b.count)[0];
    if (next) hidden.add(next.key);
  }
  return cells.map((c) => ({ key: c.key, count: hidden.has(c.key) ? null : c.count }));
}
