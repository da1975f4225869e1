// After-meeting feedback in the database: worker codes, answers, and what results and moderation
// read. Every function takes the connection or transaction it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { MetExpectations, Moderation } from '../../../db/tables/feedback.js';
import { FEEDBACK_ROLES } from '../subjects.js';

/** No unit: a list filter that matches nothing (`in ()` is not SQL). */
const NONE = ['00000000-0000-0000-0000-000000000000'];
const units = (unitIds: string[]) => (unitIds.length ? unitIds : NONE);

export interface Period {
  from: string;
  to: string;
}

// ---------- codes ----------

export async function activeCodeOf(db: Kysely<DB>, userId: string, unitId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('feedback_code')
    .select('code')
    .where('user_id', '=', userId)
    .where('unit_id', '=', unitId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row?.code;
}

/** Inserts a code; false when the code is taken (or the worker already has one in the unit). */
export async function insertCode(db: Kysely<DB>, code: string, userId: string, unitId: string): Promise<boolean> {
  const row = await db
    .insertInto('feedback_code')
    .values({ code, user_id: userId, unit_id: unitId })
    .onConflict((oc) => oc.doNothing())
    .returning('code')
    .executeTakeFirst();
  return !!row;
}

/** An active code of an active worker, with the names the public form shows. */
export async function activeCode(db: Kysely<DB>, code: string) {
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
export type ActiveCode = NonNullable<Awaited<ReturnType<typeof activeCode>>>;

export async function unitName(db: Kysely<DB>, unitId: string): Promise<string> {
  return (await db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirstOrThrow()).name;
}

export async function displayName(db: Kysely<DB>, userId: string): Promise<string> {
  return (await db.selectFrom('app_user').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow())
    .display_name;
}

/** The units among `unitIds` where the user works (one feedback card each). */
export async function workerUnitsAmong(db: Kysely<DB>, userId: string, unitIds: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('user_role')
    .select('unit_id')
    .distinct()
    .where('user_id', '=', userId)
    .where('unit_id', 'in', units(unitIds))
    .execute();
  return rows.map((r) => r.unit_id);
}

// ---------- answers ----------

export interface NewAnswer {
  code: string;
  workerId: string;
  unitId: string;
  channel: 'web' | 'paper';
  answeredOn: string;
  metExpectations: MetExpectations | null;
  opinion: string | null;
  wishes: string | null;
  rating: number | null;
  enteredBy: string | null;
}

export async function insertAnswer(db: Kysely<DB>, a: NewAnswer): Promise<string> {
  const row = await db
    .insertInto('feedback_answer')
    .values({
      code: a.code,
      worker_id: a.workerId,
      unit_id: a.unitId,
      channel: a.channel,
      answered_on: a.answeredOn,
      met_expectations: a.metExpectations,
      opinion: a.opinion,
      wishes: a.wishes,
      rating: a.rating,
      moderated_by: null,
      moderated_at: null,
      entered_by: a.enteredBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const answersOf = (db: Kysely<DB>, workerId: string, unitIds: string[], period: Period) =>
  db
    .selectFrom('feedback_answer')
    .where('worker_id', '=', workerId)
    .where('unit_id', 'in', units(unitIds))
    .where('answered_on', '>=', period.from)
    .where('answered_on', '<=', period.to);

export async function answerCount(db: Kysely<DB>, workerId: string, unitIds: string[], period: Period) {
  const { count } = await answersOf(db, workerId, unitIds, period)
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return count;
}

/** The answers themselves, in the order of their random ids: the order tells nothing of when. */
export async function answerRows(db: Kysely<DB>, workerId: string, unitIds: string[], period: Period) {
  return answersOf(db, workerId, unitIds, period)
    .select(['id', 'met_expectations', 'rating', 'opinion', 'wishes', 'moderation'])
    .orderBy('id')
    .execute();
}

/** Staff of the units who receive feedback, one row per worker and unit. */
export async function feedbackStaff(db: Kysely<DB>, unitIds: string[]) {
  return db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .innerJoin('unit', 'unit.id', 'user_role.unit_id')
    .select(['app_user.id', 'app_user.display_name', 'unit.id as unitId', 'unit.name as unitName'])
    .where('user_role.unit_id', 'in', units(unitIds))
    .where('user_role.role', 'in', FEEDBACK_ROLES)
    .where('app_user.is_active', '=', true)
    .distinct()
    .orderBy('app_user.display_name')
    .execute();
}

export async function answerCountsByWorker(db: Kysely<DB>, unitIds: string[], period: Period) {
  return db
    .selectFrom('feedback_answer')
    .select(['worker_id', 'unit_id', sql<number>`count(*)::int`.as('n')])
    .where('unit_id', 'in', units(unitIds))
    .where('answered_on', '>=', period.from)
    .where('answered_on', '<=', period.to)
    .groupBy(['worker_id', 'unit_id'])
    .execute();
}

/** Free-text answers of the units for moderation, newest first, with any proposal made of them. */
export async function freeTextAnswers(db: Kysely<DB>, unitIds: string[], status: Moderation | 'all') {
  let q = db
    .selectFrom('feedback_answer as a')
    .innerJoin('app_user as w', 'w.id', 'a.worker_id')
    .innerJoin('unit as u', 'u.id', 'a.unit_id')
    .leftJoin('proposal as p', (j) => j.onRef('p.source_id', '=', 'a.id').on('p.source_type', '=', 'feedback_answer'))
    .select([
      'a.id',
      'a.unit_id as unitId',
      'w.display_name as workerName',
      'u.name as unitName',
      'a.answered_on as answeredOn',
      'a.channel',
      'a.opinion',
      'a.wishes',
      'a.moderation',
      'a.version',
      'p.id as proposalId',
    ])
    .where('a.unit_id', 'in', units(unitIds))
    .where((eb) => eb.or([eb('a.opinion', 'is not', null), eb('a.wishes', 'is not', null)]))
    .orderBy('a.answered_on', 'desc')
    .limit(500);
  if (status !== 'all') q = q.where('a.moderation', '=', status);
  return q.execute();
}

/** One answer's free text and moderation state (for moderation and proposals). */
export async function answerById(db: Kysely<DB>, answerId: string) {
  return db
    .selectFrom('feedback_answer')
    .select(['id', 'unit_id', 'opinion', 'wishes', 'moderation', 'version'])
    .where('id', '=', answerId)
    .executeTakeFirst();
}
