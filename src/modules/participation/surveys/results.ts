// Survey results under the minimum-size rule, as pure functions of the answers: per item distribution
// and mean, group means, choice counts with secondary suppression, a breakdown by a background
// field, and last year's means alongside. A hidden cell is null, never a small number.
import { canShow, effectiveMinimum, suppressCells } from '../../../domain/anonymity/index.js';
import type { AnswerValues } from '../../../db/tables/surveys.js';
import {
  allItems,
  type LocalizedText,
  type SurveyDefinition,
  type SurveyItem,
} from '../../../shared/contracts/participation/survey-definition.js';
import type { SurveyResults } from '../../../shared/contracts/participation/surveys.js';

type Shown = Extract<SurveyResults, { enough: true }>;
export type Aggregates = Omit<Shown, 'freeTexts' | 'comparison'>;

/** Age bands for birth years: wide enough that a band rarely holds just a few people. */
export function ageBand(birthYear: number, thisYear: number): string {
  const age = thisYear - birthYear;
  if (age < 30) return 'under30';
  if (age < 50) return '30to49';
  if (age < 65) return '50to64';
  return '65plus';
}
export const AGE_BAND_LABELS: Record<string, LocalizedText> = {
  under30: { fi: 'alle 30 v', sv: 'under 30 år', en: 'under 30' },
  '30to49': { fi: '30–49 v', sv: '30–49 år', en: '30–49' },
  '50to64': { fi: '50–64 v', sv: '50–64 år', en: '50–64' },
  '65plus': { fi: '65 v tai yli', sv: '65 år eller äldre', en: '65 or over' },
};
const AGE_BANDS = Object.keys(AGE_BAND_LABELS).map((value) => ({ value, label: AGE_BAND_LABELS[value] }));

export function ratingStats(values: number[]) {
  const distribution = [0, 0, 0, 0, 0];
  for (const v of values) distribution[v - 1]++;
  const mean = values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100 : null;
  return { n: values.length, distribution, mean };
}

const ratings = (answers: AnswerValues[], key: string) =>
  answers.map((a) => a[key]).filter((v): v is number => typeof v === 'number');

/**
 * Everything but the free text and the comparison; `{ enough: false }` below the minimum.
 * `thisYear` places birth years in age bands.
 */
export function aggregate(
  def: SurveyDefinition,
  answers: AnswerValues[],
  minimum: number,
  opts: { by?: string; thisYear: number },
): Aggregates | { minimum: number; enough: false } {
  const min = effectiveMinimum(minimum);
  const total = answers.length;
  if (!canShow(total, min)) return { minimum: min, enough: false };
  const categoryOf = (item: SurveyItem, a: AnswerValues): string | null => {
    const v = a[item.key];
    if (v === undefined) return null;
    if (item.kind === 'year') return ageBand(Number(v), opts.thisYear);
    return String(v);
  };

  const items = def.sections.flatMap((section) =>
    section.items
      .filter((i) => i.kind === 'rating')
      .map((item) => {
        const stats = ratingStats(ratings(answers, item.key));
        const shown = canShow(stats.n, min);
        return {
          key: item.key,
          section: section.key,
          text: item.text,
          scale: item.kind === 'rating' ? item.scale : ('agree' as const),
          n: shown ? stats.n : null,
          distribution: shown ? stats.distribution : null,
          mean: shown ? stats.mean : null,
        };
      }),
  );

  const groups = def.sections
    .map((section) => ({
      section,
      keys: section.items.filter((i) => i.kind === 'rating' && i.scale === 'agree').map((i) => i.key),
    }))
    .filter((g) => g.keys.length > 0)
    .map(({ section, keys }) => {
      const values = answers.flatMap((a) => keys.map((k) => a[k]).filter((v): v is number => typeof v === 'number'));
      const respondents = answers.filter((a) => keys.some((k) => typeof a[k] === 'number')).length;
      return canShow(respondents, min)
        ? { key: section.key, title: section.title, respondents, mean: ratingStats(values).mean }
        : { key: section.key, title: section.title, respondents: null, mean: null };
    });

  const choices = allItems(def)
    .filter((i) => i.kind === 'single' || i.kind === 'multiple' || i.kind === 'year')
    .map((item) => {
      const cats = item.kind === 'year' ? AGE_BANDS : item.options;
      const counts = cats.map((c) => ({
        key: c.value,
        count: answers.filter((a) => {
          const v = a[item.key];
          if (v === undefined) return false;
          if (item.kind === 'multiple') return Array.isArray(v) && v.includes(c.value);
          return categoryOf(item, a) === c.value;
        }).length,
      }));
      // Multiple choice: one person may be in several cells, so subtraction reveals nobody.
      const suppressed =
        item.kind === 'multiple'
          ? counts.map((c) => ({ key: c.key, count: canShow(c.count, min) || c.count === 0 ? c.count : null }))
          : suppressCells(counts, min);
      return {
        key: item.key,
        text: item.text,
        categories: cats.map((c, i) => ({ value: c.value, label: c.label, count: suppressed[i].count })),
      };
    });

  let breakdown: Aggregates['breakdown'] = null;
  const byItem = opts.by
    ? allItems(def).find((i) => i.key === opts.by && (i.kind === 'year' || (i.kind === 'single' && i.background)))
    : undefined;
  if (byItem) {
    const cats = byItem.kind === 'year' ? AGE_BANDS : byItem.kind === 'single' ? byItem.options : [];
    const counts = suppressCells(
      cats.map((c) => ({ key: c.value, count: answers.filter((a) => categoryOf(byItem, a) === c.value).length })),
      min,
    );
    breakdown = {
      by: byItem.key,
      categories: cats.map((c, i) => ({ value: c.value, label: c.label, n: counts[i].count })),
      items: items.map((it) => ({
        key: it.key,
        means: Object.fromEntries(
          cats.map((c, i) => {
            if (counts[i].count === null) return [c.value, null];
            const vals = ratings(
              answers.filter((a) => categoryOf(byItem, a) === c.value),
              it.key,
            );
            return [c.value, canShow(vals.length, min) ? ratingStats(vals).mean : null];
          }),
        ),
      })),
    };
  }

  return { minimum: min, enough: true, total, items, groups, choices, breakdown };
}

/** This year's item means beside those of a year earlier, each under the same rule. */
export function compareWith(
  items: { key: string; mean: number | null }[],
  previous: AnswerValues[],
  minimum: number,
): { enough: boolean; items: { key: string; mean: number | null; previousMean: number | null }[] } {
  const min = effectiveMinimum(minimum);
  const enough = canShow(previous.length, min);
  return {
    enough,
    items: items.map((it) => {
      const vals = ratings(previous, it.key);
      return {
        key: it.key,
        mean: it.mean,
        previousMean: enough && canShow(vals.length, min) ? ratingStats(vals).mean : null,
      };
    }),
  };
}
