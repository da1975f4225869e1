// After-meeting feedback: worker codes, saving anonymous answers, per-worker results under the
// minimum-size rule, moderation of free text, and the organisation's settings.
import { randomInt } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../db/types.js';
import { effectiveMinimum, suppress, DEFAULT_MINIMUM } from '../../../domain/anonymity/index.js';
import { todayInFinland } from '../../client-work/index.js';
import type { MetExpectations } from '../../../db/tables/feedback.js';

// No i, l, o: easy to read aloud and to type from a paper card.
const CODE_LETTERS = 'abcdefghjkmnpqrstuvwxyz';
export const CODE_PATTERN = /^[a-z]{6}$/;

export function newCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_LETTERS[randomInt(CODE_LETTERS.length)];
  return code;
}

export function normaliseCode(raw: string): string {
  return raw.trim().toLowerCase();
}

/** The public form in each language for a code. */
export function feedbackPaths(code: string) {
  return { fi: `/palaute/${code}`, sv: `/sv/respons/${code}`, en: `/en/feedback/${code}` };
}

/** The worker's active code in a unit, created on first use. */
export async function ensureCode(db: Kysely<DB>, userId: string, unitId: string): Promise<string> {
  const existing = await db
    .selectFrom('feedback_code')
    .select('code')
    .where('user_id', '=', userId)
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (existing) return existing.code;
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = newCode();
    const row = await db
      .insertInto('feedback_code')
      .values({ code, user_id: userId, unit_id: unitId })
      .onConflict((oc) => oc.doNothing())
      .returning('code')
      .executeTakeFirst();
    if (row) return row.code;
    // Either the random code was taken or a parallel request created this worker's code.
    const again = await db
      .selectFrom('feedback_code')
      .select('code')
      .where('user_id', '=', userId)
      .where('unit_id', '=', unitId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (again) return again.code;
  }
  throw new Error('could not allocate a feedback code');
}

export async function findActiveCode(db: Kysely<DB>, code: string) {
  if (!CODE_PATTERN.test(code)) return undefined;
  return db
    .selectFrom('feedback_code')
    .innerJoin('app_user', 'app_user.id', 'feedback_code.user_id')
    .innerJoin('unit', 'unit.id', 'feedback_code.unit_id')
    .select([
      'feedback_code.code',
      'feedback_code.user_id as userId',
      'feedback_code.unit_id as unitId',
      'app_user.display_name as workerName',
      'unit.name as unitName',
    ])
    .where('feedback_code.code', '=', code)
    .where('feedback_code.active', '=', true)
    .where('app_user.is_active', '=', true)
    .executeTakeFirst();
}

const text = z
  .string()
  .max(2000)
  .transform((s) => s.trim())
  .optional()
  .nullable();

/** One answer, the same rules for the web form, the public JSON and paper entry. */
export const answerSchema = z
  .object({
    metExpectations: z.enum(['yes', 'partly', 'no']).optional().nullable(),
    opinion: text,
    wishes: text,
    rating: z.number().int().min(1).max(5).optional().nullable(),
  })
  .strict();
export type AnswerInput = z.infer<typeof answerSchema>;

export function isEmptyAnswer(a: AnswerInput): boolean {
  return !a.metExpectations && !a.opinion && !a.wishes && !a.rating;
}

export async function saveAnswer(
  db: Kysely<DB>,
  code: { code: string; userId: string; unitId: string },
  answer: AnswerInput,
  meta: { channel: 'web' | 'paper'; answeredOn?: string; enteredBy?: string | null },
): Promise<string> {
  const row = await db
    .insertInto('feedback_answer')
    .values({
      code: code.code,
      worker_id: code.userId,
      unit_id: code.unitId,
      channel: meta.channel,
      answered_on: meta.answeredOn ?? todayInFinland(),
      met_expectations: (answer.metExpectations ?? null) as MetExpectations | null,
      opinion: answer.opinion || null,
      wishes: answer.wishes || null,
      rating: answer.rating ?? null,
      moderated_by: null,
      moderated_at: null,
      entered_by: meta.enteredBy ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface Settings {
  organisationId: string;
  feedbackMinAnswers: number;
  moderationRequired: boolean;
  version: number;
}

export async function settingsFor(db: Kysely<DB>, organisationId: string): Promise<Settings> {
  const row = await db
    .selectFrom('participation_setting')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return {
    organisationId,
    feedbackMinAnswers: effectiveMinimum(row?.feedback_min_answers ?? DEFAULT_MINIMUM),
    moderationRequired: row?.moderation_required ?? true,
    version: row?.version ?? 0,
  };
}

export async function organisationOfUnit(db: Kysely<DB>, unitId: string): Promise<string> {
  const u = await db.selectFrom('unit').select('organisation_id').where('id', '=', unitId).executeTakeFirstOrThrow();
  return u.organisation_id;
}

export interface Period {
  from: string;
  to: string;
}

/** The last twelve months up to today, when no period is chosen. */
export function defaultPeriod(today = todayInFinland()): Period {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return { from: d.toISOString().slice(0, 10), to: today };
}

/**
 * A worker's results for a period, within the given units. Below the minimum the answer is only
 * `enough: false` — no count, no distribution, no text.
 */
export async function workerResults(
  db: Kysely<DB>,
  workerId: string,
  unitIds: string[],
  period: Period,
  settings: Settings,
) {
  const base = () =>
    db
      .selectFrom('feedback_answer')
      .where('worker_id', '=', workerId)
      .where('unit_id', 'in', unitIds.length ? unitIds : ['00000000-0000-0000-0000-000000000000'])
      .where('answered_on', '>=', period.from)
      .where('answered_on', '<=', period.to);
  const { count } = await base()
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  const minimum = settings.feedbackMinAnswers;
  const shown = suppress(count, minimum, () => true);
  if (!shown.shown) return { period, minimum, enough: false as const };
  const rows = await base()
    .select(['id', 'met_expectations', 'rating', 'opinion', 'wishes', 'moderation'])
    // Random ids: the list order says nothing about when an answer was given.
    .orderBy('id')
    .execute();
  const met = { yes: 0, partly: 0, no: 0, unanswered: 0 };
  const distribution = [0, 0, 0, 0, 0];
  let sum = 0;
  let rated = 0;
  for (const r of rows) {
    if (r.met_expectations) met[r.met_expectations]++;
    else met.unanswered++;
    if (r.rating) {
      distribution[r.rating - 1]++;
      sum += r.rating;
      rated++;
    }
  }
  const freeTexts = rows
    .filter((r) => (r.opinion || r.wishes) && (!settings.moderationRequired || r.moderation !== 'pending'))
    .map((r) => ({ id: r.id, opinion: r.opinion, wishes: r.wishes }));
  const awaitingModeration = rows.filter(
    (r) => (r.opinion || r.wishes) && settings.moderationRequired && r.moderation === 'pending',
  ).length;
  return {
    period,
    minimum,
    enough: true as const,
    count,
    metExpectations: met,
    rating: { distribution, answered: rated, mean: rated ? Math.round((sum / rated) * 10) / 10 : null },
    freeTexts,
    awaitingModeration,
  };
}
