// Reading and writing plans. Every function takes the transaction (or database) it runs in; the
// service decides what a missing row means, applies the rules and writes the use log.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { planContentSchema, type PlanContent } from '../../../shared/contracts/client-work/plan.js';

/** The client's plan row (a client has at most one plan). */
export function planOfClient(db: Kysely<DB>, clientId: string) {
  return db.selectFrom('client_plan').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

/** One plan, only if it is this client's. */
export function planOfClientById(db: Kysely<DB>, clientId: string, planId: string) {
  return db
    .selectFrom('client_plan')
    .selectAll()
    .where('id', '=', planId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

/** The versions of a plan, newest first. */
export function versionSummaries(db: Kysely<DB>, planId: string) {
  return db
    .selectFrom('client_plan_version')
    .select(['id', 'number', 'status', 'review_date', 'accepted_on', 'created_at'])
    .where('plan_id', '=', planId)
    .orderBy('number', 'desc')
    .execute();
}

/** One version with its content and the name of who accepted it; only if it is of this plan. */
export async function versionOfPlan(db: Kysely<DB>, planId: string, versionId: string) {
  const v = await db
    .selectFrom('client_plan_version')
    .leftJoin('app_user', 'app_user.id', 'client_plan_version.accepted_by')
    .selectAll('client_plan_version')
    .select('app_user.display_name as accepted_by_name')
    .where('client_plan_version.id', '=', versionId)
    .where('client_plan_version.plan_id', '=', planId)
    .executeTakeFirst();
  // Older rows may miss fields added later: parse with defaults.
  return v ? { ...v, content: planContentSchema.parse(v.content) as PlanContent } : undefined;
}

export type PlanVersionRow = NonNullable<Awaited<ReturnType<typeof versionOfPlan>>>;

/** The newest version of a plan (the one a review copies). */
export function latestVersion(db: Kysely<DB>, planId: string) {
  return db
    .selectFrom('client_plan_version')
    .select(['id', 'number', 'content'])
    .where('plan_id', '=', planId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** A version of the plan in the given status (there is at most one draft and one accepted). */
export function versionInStatus(db: Kysely<DB>, planId: string, status: 'draft' | 'accepted') {
  return db
    .selectFrom('client_plan_version')
    .select(['id', 'version'])
    .where('plan_id', '=', planId)
    .where('status', '=', status)
    .executeTakeFirst();
}

/** The accepted version in force for a client (null if none). */
export async function currentVersionOfClient(db: Kysely<DB>, clientId: string): Promise<PlanVersionRow | null> {
  const plan = await db
    .selectFrom('client_plan')
    .select(['id', 'current_version_id'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!plan?.current_version_id) return null;
  return (await versionOfPlan(db, plan.id, plan.current_version_id)) ?? null;
}

/** The client's draft version (null if none). */
export async function draftOfClient(db: Kysely<DB>, clientId: string): Promise<PlanVersionRow | null> {
  const row = await db
    .selectFrom('client_plan_version')
    .select(['id', 'plan_id'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return row ? ((await versionOfPlan(db, row.plan_id, row.id)) ?? null) : null;
}

export function insertPlan(db: Kysely<DB>, plan: { clientId: string; unitId: string; createdBy: string }) {
  return db
    .insertInto('client_plan')
    .values({
      client_id: plan.clientId,
      unit_id: plan.unitId,
      current_version_id: null,
      current_accepted_on: null,
      current_review_date: null,
      meeting_interval_weeks: null,
      created_by: plan.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A new draft version. */
export function insertVersion(
  db: Kysely<DB>,
  v: { planId: string; clientId: string; number: number; reviewDate: string; content: PlanContent; by: string },
) {
  return db
    .insertInto('client_plan_version')
    .values({
      plan_id: v.planId,
      client_id: v.clientId,
      number: v.number,
      review_date: v.reviewDate,
      accepted_on: null,
      accepted_by: null,
      content: JSON.stringify(v.content),
      client_preparation: null,
      created_by: v.by,
      updated_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** The plan row carries the version in force with its dates, for My work and the unit overview. */
export async function setVersionInForce(
  db: Kysely<DB>,
  planId: string,
  v: { versionId: string; acceptedOn: string; reviewDate: string; meetingIntervalWeeks: number | null },
) {
  await db
    .updateTable('client_plan')
    .set({
      current_version_id: v.versionId,
      current_accepted_on: v.acceptedOn,
      current_review_date: v.reviewDate,
      meeting_interval_weeks: v.meetingIntervalWeeks,
      updated_at: sql`now()`,
    })
    .where('id', '=', planId)
    .execute();
}

/** What the plan's rules need to know of the client. */
export function clientOfPlan(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('client')
    .select(['unit_id', 'status', 'client_group', 'preferred_language', 'first_name', 'last_name'])
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
}

/** The client's current named worker and how to reach them (null if none is assigned). */
export async function namedWorkerOf(db: Kysely<DB>, clientId: string) {
  const w = await db
    .selectFrom('named_worker_assignment as n')
    .innerJoin('app_user as u', 'u.id', 'n.worker_id')
    .innerJoin('client as c', 'c.id', 'n.client_id')
    .innerJoin('unit', 'unit.id', 'c.unit_id')
    .select(['u.display_name', 'u.phone', 'u.email', 'unit.name as unit_name', 'n.assigned_on'])
    .where('n.client_id', '=', clientId)
    .where('n.ended_on', 'is', null)
    .where('n.status', '=', 'assigned')
    .executeTakeFirst();
  return w
    ? { name: w.display_name, phone: w.phone, email: w.email, unitName: w.unit_name, since: w.assigned_on }
    : null;
}

/** The client's next planned meeting on or after `today` (null if none is booked). */
export async function nextPlannedMeeting(db: Kysely<DB>, clientId: string, today: string) {
  const m = await db
    .selectFrom('meeting')
    .select(['meeting_date', 'start_time', 'kind', 'location'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'planned')
    .where('meeting_date', '>=', today)
    .orderBy('meeting_date')
    .orderBy('start_time')
    .limit(1)
    .executeTakeFirst();
  return m ? { date: m.meeting_date, time: m.start_time, kind: m.kind, location: m.location } : null;
}
