// The rules of social rehabilitation, pure: the start and end interviews compared, and the hours a
// week realised so far.
import { INTERVIEW_QUESTIONS } from '../../../shared/measures/social-rehabilitation.js';

export type Answers = Record<string, number>;

export interface Change {
  key: string;
  start: number | null;
  end: number | null;
  change: number | null;
}

/** Per question: start, end and the change (end − start) when both answered. */
export function compareInterviews(start: Answers | null, end: Answers | null): Change[] {
  return INTERVIEW_QUESTIONS.map(({ key }) => {
    const s = start?.[key] ?? null;
    const e = end?.[key] ?? null;
    return { key, start: s, end: e, change: s !== null && e !== null ? e - s : null };
  });
}

const DAY_MS = 86_400_000;

/** Hours of contact a week so far: from the start to today (or the end, if passed), one decimal. */
export function realisedHoursPerWeek(startDate: string, endDate: string, today: string, minutes: number): number {
  const until = today < endDate ? today : endDate;
  const weeks = Math.max(1, Math.ceil((Date.parse(until) - Date.parse(startDate) + DAY_MS) / (7 * DAY_MS)));
  return Math.round((minutes / 60 / weeks) * 10) / 10;
}

/** The first question without an answer, or one that is not asked; null when the answers are complete. */
export function answersProblem(answers: Answers): { key: string; missing: boolean } | null {
  const keys = INTERVIEW_QUESTIONS.map((q) => q.key);
  const missing = keys.find((k) => answers[k] === undefined);
  if (missing) return { key: missing, missing: true };
  const extra = Object.keys(answers).find((k) => !keys.includes(k));
  return extra ? { key: extra, missing: false } : null;
}
