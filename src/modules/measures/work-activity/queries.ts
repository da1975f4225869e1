// Reading and writing work activity paths, steps, agreements and attendance. Every function takes the
// transaction (or database) it runs in; the service decides and writes the use log.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { AbsenceReason, StepKind } from '../../../shared/measures/vocabulary.js';
import type { AgreementBody } from '../../../shared/contracts/measures/work-activity.js';
import { phaseOf } from './rules.js';

const NO_ID = '00000000-0000-0000-0000-000000000000';

export async function loadAgreements(db: Kysely<DB>, where: { pathIds?: string[]; agreementIds?: string[] }) {
  let q = db
    .selectFrom('work_activity_agreement as a')
    .innerJoin('work_activity_provider as p', 'p.id', 'a.provider_id')
    .select([
      'a.id',
      'a.path_id as pathId',
      'a.provider_id as providerId',
      'p.name as providerName',
      'a.start_date as startDate',
      'a.end_date as endDate',
      'a.days_per_week as daysPerWeek',
      sql<number>`a.hours_per_day::float8`.as('hoursPerDay'),
      'a.goals',
      'a.tasks',
      'a.interim_evaluation_date as interimEvaluationDate',
      'a.supervisor_name as supervisorName',
      'a.status',
      'a.version',
      sql<number>`(select count(*) from work_activity_attendance t where t.agreement_id = a.id and t.attended)::int`.as(
        'attendedDays',
      ),
      sql<number>`(select coalesce(sum(t.hours), 0)::float8 from work_activity_attendance t where t.agreement_id = a.id and t.attended)`.as(
        'attendedHours',
      ),
      sql<number>`(select count(*) from work_activity_attendance t where t.agreement_id = a.id and not t.attended)::int`.as(
        'absences',
      ),
    ])
    .orderBy('a.start_date');
  if (where.pathIds) q = q.where('a.path_id', 'in', where.pathIds.length ? where.pathIds : [NO_ID]);
  if (where.agreementIds) q = q.where('a.id', 'in', where.agreementIds.length ? where.agreementIds : [NO_ID]);
  return q.execute();
}

/** A client's paths (newest first) with steps, agreements and the phase reached by `today`. */
export async function loadPaths(db: Kysely<DB>, clientId: string, today: string, pathId?: string) {
  let q = db
    .selectFrom('work_activity_path as wp')
    .leftJoin('app_user as u', 'u.id', 'wp.counsellor_id')
    .select([
      'wp.id',
      'wp.client_id as clientId',
      'wp.plan_id as planId',
      'wp.counsellor_id as counsellorId',
      'u.display_name as counsellorName',
      'wp.status',
      'wp.version',
    ])
    .where('wp.client_id', '=', clientId)
    .orderBy('wp.created_at', 'desc');
  if (pathId) q = q.where('wp.id', '=', pathId);
  const paths = await q.execute();
  const ids = paths.map((p) => p.id);
  const steps = ids.length
    ? await db
        .selectFrom('work_activity_step')
        .select(['id', 'path_id', 'kind', 'step_date as date', 'participants', 'details'])
        .where('path_id', 'in', ids)
        .orderBy('step_date')
        .orderBy('created_at')
        .execute()
    : [];
  const agreements = await loadAgreements(db, { pathIds: ids });
  return paths.map((p) => {
    const own = steps.filter((s) => s.path_id === p.id);
    const ag = agreements.filter((a) => a.pathId === p.id);
    return {
      ...p,
      phase: phaseOf(
        own.map((s) => s.kind),
        ag,
        today,
      ),
      steps: own.map(({ path_id: _p, ...s }) => s),
      agreements: ag,
    };
  });
}

export async function pathOfClient(db: Kysely<DB>, clientId: string, pathId: string) {
  return db
    .selectFrom('work_activity_path')
    .selectAll()
    .where('id', '=', pathId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

/** Does the user hold a counsellor's or social worker's role in the unit? */
export async function isCounsellorOfUnit(db: Kysely<DB>, userId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_role')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('unit_id', '=', unitId)
    .where('role', 'in', ['sosiaaliohjaaja', 'sosiaalityontekija'])
    .executeTakeFirst();
  return !!row;
}

export async function insertPath(
  db: Kysely<DB>,
  path: { clientId: string; unitId: string; planId: string | null; counsellorId: string; createdBy: string },
): Promise<string> {
  const row = await db
    .insertInto('work_activity_path')
    .values({
      client_id: path.clientId,
      unit_id: path.unitId,
      plan_id: path.planId,
      counsellor_id: path.counsellorId,
      created_by: path.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function stepKindsOfPath(db: Kysely<DB>, pathId: string): Promise<StepKind[]> {
  const rows = await db.selectFrom('work_activity_step').select('kind').where('path_id', '=', pathId).execute();
  return rows.map((s) => s.kind);
}

export async function pathHasAgreement(db: Kysely<DB>, pathId: string): Promise<boolean> {
  const row = await db
    .selectFrom('work_activity_agreement')
    .select('id')
    .where('path_id', '=', pathId)
    .executeTakeFirst();
  return !!row;
}

export async function insertStep(
  db: Kysely<DB>,
  step: {
    pathId: string;
    kind: StepKind;
    date: string;
    participants: string | null;
    details: Record<string, unknown>;
    createdBy: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('work_activity_step')
    .values({
      path_id: step.pathId,
      kind: step.kind,
      step_date: step.date,
      participants: step.participants,
      details: JSON.stringify(step.details),
      created_by: step.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The end step closes the path and its agreements. */
export async function endPath(db: Kysely<DB>, pathId: string): Promise<void> {
  await db
    .updateTable('work_activity_path')
    .set({ status: 'ended', version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', pathId)
    .execute();
  await db
    .updateTable('work_activity_agreement')
    .set({ status: 'ended', version: sql`version + 1`, updated_at: sql`now()` })
    .where('path_id', '=', pathId)
    .execute();
}

/** The provider if it is in the register of the unit's organisation. */
export async function providerForUnit(db: Kysely<DB>, providerId: string, unitId: string) {
  return db
    .selectFrom('work_activity_provider as p')
    .innerJoin('unit', 'unit.organisation_id', 'p.organisation_id')
    .select(['p.id', 'p.is_active'])
    .where('p.id', '=', providerId)
    .where('unit.id', '=', unitId)
    .executeTakeFirst();
}

export async function insertAgreement(
  db: Kysely<DB>,
  a: AgreementBody & { pathId: string; clientId: string; createdBy: string },
): Promise<string> {
  const row = await db
    .insertInto('work_activity_agreement')
    .values({
      path_id: a.pathId,
      client_id: a.clientId,
      provider_id: a.providerId,
      start_date: a.startDate,
      end_date: a.endDate,
      days_per_week: a.daysPerWeek,
      hours_per_day: a.hoursPerDay,
      goals: a.goals,
      tasks: a.tasks,
      interim_evaluation_date: a.interimEvaluationDate,
      supervisor_name: a.supervisorName,
      created_by: a.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function agreementOfClient(db: Kysely<DB>, clientId: string, agreementId: string) {
  return db
    .selectFrom('work_activity_agreement')
    .select('id')
    .where('id', '=', agreementId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

/** An agreement with what attendance needs: its period, status, unit and counsellor. */
export async function agreementForAttendance(db: Kysely<DB>, agreementId: string) {
  return db
    .selectFrom('work_activity_agreement as a')
    .innerJoin('work_activity_path as wp', 'wp.id', 'a.path_id')
    .select([
      'a.id',
      'a.client_id',
      'a.start_date',
      'a.end_date',
      'a.status',
      'a.created_by',
      'wp.unit_id',
      'wp.counsellor_id',
    ])
    .where('a.id', '=', agreementId)
    .executeTakeFirst();
}

export async function attendanceOfDay(db: Kysely<DB>, agreementId: string, day: string) {
  return db
    .selectFrom('work_activity_attendance')
    .select(['id', 'version', 'attended'])
    .where('agreement_id', '=', agreementId)
    .where('day', '=', day)
    .executeTakeFirst();
}

export interface AttendanceValues {
  attended: boolean;
  hours: number;
  absence_reason: AbsenceReason | null;
  absence_note: string | null;
  entered_by: string;
}

export async function insertAttendance(
  db: Kysely<DB>,
  row: AttendanceValues & { agreement_id: string; client_id: string; day: string },
): Promise<string> {
  const created = await db.insertInto('work_activity_attendance').values(row).returning('id').executeTakeFirstOrThrow();
  return created.id;
}

export async function listAttendance(db: Kysely<DB>, agreementId: string, from?: string, to?: string) {
  let q = db
    .selectFrom('work_activity_attendance')
    .select([
      'id',
      'day',
      'attended',
      sql<number>`hours::float8`.as('hours'),
      'absence_reason as absenceReason',
      'absence_note as absenceNote',
      sql<string | null>`to_char(te_informed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('teInformedAt'),
      'version',
    ])
    .where('agreement_id', '=', agreementId)
    .orderBy('day');
  if (from) q = q.where('day', '>=', from);
  if (to) q = q.where('day', '<=', to);
  return q.execute();
}

/** Marks an absence of the client as told to employment services; undefined if there is no such absence. */
export async function markTeInformed(
  db: Kysely<DB>,
  clientId: string,
  attendanceId: string,
  at: Date,
  userId: string,
): Promise<string | undefined> {
  const row = await db
    .updateTable('work_activity_attendance')
    .set({ te_informed_at: at, te_informed_by: userId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', attendanceId)
    .where('client_id', '=', clientId)
    .where('attended', '=', false)
    .returning(sql<string>`to_char(te_informed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`.as('at'))
    .executeTakeFirst();
  return row?.at;
}

/**
 * Closes the counsellor's absence task (client work's task table; client work has no function for
 * closing a task by its source yet).
 */
export async function closeAbsenceTask(db: Kysely<DB>, attendanceId: string, at: Date, userId: string): Promise<void> {
  await db
    .updateTable('task')
    .set({ done_at: at, done_by: userId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('source_type', '=', 'work_activity_attendance')
    .where('source_id', '=', attendanceId)
    .where('done_at', 'is', null)
    .execute();
}
