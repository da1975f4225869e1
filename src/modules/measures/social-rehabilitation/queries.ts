// Reading and writing social rehabilitation periods, contacts and interviews. Every function takes the
// transaction (or database) it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { InterviewPhase } from '../../../shared/measures/vocabulary.js';
import type { ContactBody, InterviewBody } from '../../../shared/contracts/measures/social-rehabilitation.js';

/** A client's periods (newest first) with their contacts and interviews. */
export async function periodsOfClient(db: Kysely<DB>, clientId: string, periodId?: string) {
  let q = db
    .selectFrom('social_rehab_period as p')
    .leftJoin('app_user as u', 'u.id', 'p.counsellor_id')
    .select([
      'p.id',
      'p.plan_id as planId',
      'u.display_name as counsellorName',
      'p.start_date as startDate',
      'p.end_date as endDate',
      sql<number>`p.hours_per_week::float8`.as('hoursPerWeek'),
      'p.activities',
      'p.status',
      'p.version',
    ])
    .where('p.client_id', '=', clientId)
    .orderBy('p.start_date', 'desc');
  if (periodId) q = q.where('p.id', '=', periodId);
  const periods = await q.execute();
  const ids = periods.map((p) => p.id);
  const contacts = ids.length
    ? await db
        .selectFrom('social_rehab_contact')
        .select(['id', 'period_id', 'kind', 'contact_date as date', 'minutes', 'notes'])
        .where('period_id', 'in', ids)
        .orderBy('contact_date')
        .execute()
    : [];
  const interviews = ids.length
    ? await db
        .selectFrom('social_rehab_interview')
        .select(['period_id', 'phase', 'interview_date', 'answers'])
        .where('period_id', 'in', ids)
        .execute()
    : [];
  return { periods, contacts, interviews };
}

export async function periodOfClient(db: Kysely<DB>, clientId: string, periodId: string) {
  return db
    .selectFrom('social_rehab_period')
    .selectAll()
    .where('id', '=', periodId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

export async function hasOpenPeriod(db: Kysely<DB>, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('social_rehab_period')
    .select('id')
    .where('client_id', '=', clientId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return !!row;
}

export async function insertPeriod(
  db: Kysely<DB>,
  p: {
    clientId: string;
    unitId: string;
    planId: string | null;
    counsellorId: string;
    startDate: string;
    endDate: string;
    hoursPerWeek: number;
    activities: string[];
  },
): Promise<string> {
  const row = await db
    .insertInto('social_rehab_period')
    .values({
      client_id: p.clientId,
      unit_id: p.unitId,
      plan_id: p.planId,
      counsellor_id: p.counsellorId,
      start_date: p.startDate,
      end_date: p.endDate,
      hours_per_week: p.hoursPerWeek,
      activities: JSON.stringify(p.activities),
      created_by: p.counsellorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertContact(db: Kysely<DB>, periodId: string, b: ContactBody, createdBy: string) {
  const row = await db
    .insertInto('social_rehab_contact')
    .values({
      period_id: periodId,
      kind: b.kind,
      contact_date: b.date,
      minutes: b.minutes,
      notes: b.notes,
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function hasInterview(db: Kysely<DB>, periodId: string, phase: InterviewPhase): Promise<boolean> {
  const row = await db
    .selectFrom('social_rehab_interview')
    .select('id')
    .where('period_id', '=', periodId)
    .where('phase', '=', phase)
    .executeTakeFirst();
  return !!row;
}

/** Saves an interview; a second one of the same phase replaces the first. */
export async function saveInterview(
  db: Kysely<DB>,
  periodId: string,
  phase: InterviewPhase,
  b: InterviewBody,
  createdBy: string,
) {
  const answers = JSON.stringify(b.answers);
  await db
    .insertInto('social_rehab_interview')
    .values({
      period_id: periodId,
      phase,
      interview_date: b.date,
      answers,
      notes: b.notes,
      created_by: createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['period_id', 'phase']).doUpdateSet({ interview_date: b.date, answers, notes: b.notes }),
    )
    .execute();
}
