// Reading and writing plans. Every function takes the transaction it runs in; callers audit.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { errors } from '../../../server/errors.js';
import { planContentSchema, type PlanContent } from '../../../shared/contracts/client-work/plan.js';

export async function planOfClient(db: Kysely<DB>, clientId: string, planId: string) {
  const plan = await db
    .selectFrom('client_plan')
    .selectAll()
    .where('id', '=', planId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!plan) throw errors.notFound();
  return plan;
}

export async function versionOfPlan(db: Kysely<DB>, planId: string, versionId: string) {
  const v = await db
    .selectFrom('client_plan_version')
    .leftJoin('app_user', 'app_user.id', 'client_plan_version.accepted_by')
    .selectAll('client_plan_version')
    .select('app_user.display_name as accepted_by_name')
    .where('client_plan_version.id', '=', versionId)
    .where('client_plan_version.plan_id', '=', planId)
    .executeTakeFirst();
  if (!v) throw errors.notFound();
  // Older rows may miss fields added later: parse with defaults.
  return { ...v, content: planContentSchema.parse(v.content) as PlanContent };
}

export type PlanVersionRow = Awaited<ReturnType<typeof versionOfPlan>>;

/** The accepted version in force for a client (null if none). */
export async function currentVersionOfClient(db: Kysely<DB>, clientId: string): Promise<PlanVersionRow | null> {
  const plan = await db
    .selectFrom('client_plan')
    .select(['id', 'current_version_id'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!plan?.current_version_id) return null;
  return versionOfPlan(db, plan.id, plan.current_version_id);
}

export async function draftOfClient(db: Kysely<DB>, clientId: string): Promise<PlanVersionRow | null> {
  const row = await db
    .selectFrom('client_plan_version')
    .select(['id', 'plan_id'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return row ? versionOfPlan(db, row.plan_id, row.id) : null;
}

/** Accepts a draft: the previous current version is superseded; the plan row gets the new dates. */
export async function acceptVersion(
  trx: Kysely<DB>,
  planId: string,
  versionId: string,
  acceptedOn: string,
  userId: string,
  content: PlanContent,
) {
  await trx
    .updateTable('client_plan_version')
    .set({ status: 'superseded', updated_at: sql`now()` })
    .where('plan_id', '=', planId)
    .where('status', '=', 'accepted')
    .execute();
  const updated = await trx
    .updateTable('client_plan_version')
    .set({
      status: 'accepted',
      accepted_on: acceptedOn,
      accepted_by: userId,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', versionId)
    .returning(['review_date'])
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('client_plan')
    .set({
      current_version_id: versionId,
      current_accepted_on: acceptedOn,
      current_review_date: updated.review_date,
      meeting_interval_weeks: content.meetingFrequency.intervalWeeks,
      updated_at: sql`now()`,
    })
    .where('id', '=', planId)
    .execute();
}
