// Rehabilitative work activity: reading a client's paths and the rules of the path.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { Localized } from '../../../shared/i18n.js';
import { errors } from '../../../server/errors.js';
import { addWorkingDays } from '../../../domain/calendar/index.js';
import { createTask } from '../../client-work/index.js';
import type { Phase } from './schemas.js';
import type { AbsenceReason, StepKind } from '../../../db/tables/work-activity.js';

export async function loadAgreements(db: Kysely<DB>, where: { pathIds?: string[]; agreementIds?: string[] }) {
  let q = db
    .selectFrom('work_activity_agreement as a')
    .innerJoin('work_activity_provider as p', 'p.id', 'a.provider_id')
    .select([
      'a.id',
      'a.path_id as pathId',
      'a.client_id as clientId',
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
  if (where.pathIds)
    q = q.where('a.path_id', 'in', where.pathIds.length ? where.pathIds : ['00000000-0000-0000-0000-000000000000']);
  if (where.agreementIds) q = q.where('a.id', 'in', where.agreementIds);
  return q.execute();
}

export function phaseOf(stepKinds: StepKind[], agreements: { startDate: string }[], today: string): Phase | null {
  const has = (k: StepKind) => stepKinds.includes(k);
  if (has('end')) return 'end';
  if (has('interim-evaluation')) return 'interim-evaluation';
  if (agreements.some((a) => a.startDate <= today)) return 'activity';
  if (agreements.length) return 'agreement';
  if (has('activation-plan')) return 'activation-plan';
  if (has('situation-assessment')) return 'situation-assessment';
  return null;
}

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
    const ag = agreements.filter((a) => a.pathId === p.id).map(({ clientId: _c, ...a }) => a);
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

export async function requirePath(db: Kysely<DB>, clientId: string, pathId: string) {
  const row = await db
    .selectFrom('work_activity_path')
    .selectAll()
    .where('id', '=', pathId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (!row) throw errors.notFound();
  return row;
}

const pathEnded: Localized = {
  fi: 'Polku on jo päättynyt. Aloita tarvittaessa uusi polku.',
  sv: 'Stigen har redan avslutats. Börja vid behov en ny stig.',
  en: 'The path has already ended. Start a new path if needed.',
};

export function assertOpen(path: { status: string }) {
  if (path.status !== 'open') throw errors.field('kind', pathEnded);
}

export interface AttendanceInput {
  attended: boolean;
  hours: number;
  absenceReason: AbsenceReason | null;
  absenceNote: string | null;
  version?: number;
}

const ABSENCE_TASK_TITLE = 'Poissaolo kuntouttavasta työtoiminnasta: tarkista ja ilmoita tarvittaessa TE-palveluille';

/**
 * Records one day of the seurantalomake. Shared by the counsellor's and the provider's routes.
 * An absence creates a task for the counsellor (the provider always tells the counsellor, who tells
 * employment services when needed — DOMAIN 3.7). Call inside a transaction.
 */
export async function recordAttendance(
  trx: Kysely<DB>,
  agreementId: string,
  day: string,
  input: AttendanceInput,
  actorId: string,
): Promise<{ id: string; created: boolean; taskId: string | null }> {
  const agreement = await trx
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
  if (!agreement) throw errors.notFound();
  if (agreement.status !== 'active')
    throw errors.field('day', {
      fi: 'Sopimus on päättynyt.',
      sv: 'Avtalet har upphört.',
      en: 'The agreement has ended.',
    });
  if (day < agreement.start_date || day > agreement.end_date)
    throw errors.field('day', {
      fi: 'Päivä ei ole sopimuksen voimassaoloaikana.',
      sv: 'Dagen ligger utanför avtalets giltighetstid.',
      en: 'The day is outside the agreement period.',
    });
  if (input.attended && input.hours <= 0)
    throw errors.field('hours', {
      fi: 'Anna läsnäolotunnit.',
      sv: 'Ange närvarotimmarna.',
      en: 'Enter the hours attended.',
    });
  if (!input.attended && !input.absenceReason)
    throw errors.field('absenceReason', {
      fi: 'Valitse poissaolon syy.',
      sv: 'Välj orsak till frånvaron.',
      en: 'Choose the reason for the absence.',
    });

  const values = {
    attended: input.attended,
    hours: input.attended ? input.hours : 0,
    absence_reason: input.attended ? null : input.absenceReason,
    absence_note: input.attended ? null : input.absenceNote,
    entered_by: actorId,
  };
  const existing = await trx
    .selectFrom('work_activity_attendance')
    .select(['id', 'version', 'attended'])
    .where('agreement_id', '=', agreementId)
    .where('day', '=', day)
    .executeTakeFirst();
  let id: string;
  if (existing) {
    if (input.version === undefined || input.version !== existing.version) throw errors.conflict();
    const updated = await trx
      .updateTable('work_activity_attendance')
      .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', existing.id)
      .where('version', '=', input.version)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw errors.conflict();
    id = existing.id;
  } else {
    const created = await trx
      .insertInto('work_activity_attendance')
      .values({ ...values, agreement_id: agreementId, client_id: agreement.client_id, day })
      .returning('id')
      .executeTakeFirstOrThrow();
    id = created.id;
  }
  let taskId: string | null = null;
  const newAbsence = !input.attended && (!existing || existing.attended);
  if (newAbsence) {
    taskId = await createTask(trx, {
      unitId: agreement.unit_id,
      assigneeId: agreement.counsellor_id ?? agreement.created_by,
      clientId: agreement.client_id,
      kind: 'work-activity.absence',
      title: ABSENCE_TASK_TITLE,
      dueDate: addWorkingDays(day, 1),
      sourceType: 'work_activity_attendance',
      sourceId: id,
      createdBy: actorId,
    });
  }
  return { id, created: !existing, taskId };
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

/** The allowance rate of the organisation holding `unitId`, in cents. */
export async function allowanceRate(db: Kysely<DB>, organisationId: string, fallback: number): Promise<number> {
  const row = await db
    .selectFrom('work_activity_setting')
    .select('allowance_cents')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row?.allowance_cents ?? fallback;
}
