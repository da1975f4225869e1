// Rehabilitative work activity of one client: the rules of the path, the transaction of each change
// and its use-log event. Called by the routes with the caller (who and when) and the checked input.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { StaleVersionError, updateVersioned } from '../../../db/versioned.js';
import { audit } from '../../../server/audit/audit.js';
import type { AuditEventName } from '../../../server/audit/events/index.js';
import { errors } from '../../../server/errors.js';
import { addWorkingDays } from '../../../domain/calendar/index.js';
import type { StepKind } from '../../../shared/measures/vocabulary.js';
import type { AgreementBody, AttendanceBody, StepBody } from '../../../shared/contracts/measures/work-activity.js';
import { createTask } from '../../client-work/index.js';
import type { Caller } from '../common.js';
import { monthRange } from '../common.js';
import { ABSENCE_TASK_TITLE, workActivityErrors as msg } from './messages.js';
import * as q from './queries.js';
import { stepRecord } from './rules.js';

const PURPOSE = 'kuntouttava työtoiminta';

const STEP_EVENTS = {
  'situation-assessment': 'workActivity.step.situationAssessment',
  'activation-plan': 'workActivity.step.activationPlan',
  'evaluation-visit': 'workActivity.step.evaluationVisit',
  'interim-evaluation': 'workActivity.step.interimEvaluation',
  end: 'workActivity.step.end',
} as const satisfies Record<StepKind, AuditEventName>;

export async function paths(db: Kysely<DB>, caller: Caller, clientId: string, planId?: string) {
  let list = await q.loadPaths(db, clientId, caller.today);
  if (planId) list = list.filter((p) => p.planId === planId);
  await audit(db, {
    actor: caller.actor,
    action: 'workActivity.read',
    clientId,
    subjectType: 'work_activity_path',
    purpose: PURPOSE,
  });
  return list;
}

async function onePath(db: Kysely<DB>, caller: Caller, clientId: string, pathId: string) {
  const [path] = await q.loadPaths(db, clientId, caller.today, pathId);
  return path;
}

/** Starts a path with a counsellor of the client's unit (the caller unless another is named). */
export async function startPath(
  db: Kysely<DB>,
  caller: Caller,
  client: { id: string; unitId: string },
  input: { counsellorId?: string | null; planId?: string | null },
) {
  const counsellorId = input.counsellorId ?? caller.actor.id;
  const id = await db.transaction().execute(async (trx) => {
    if (!(await q.isCounsellorOfUnit(trx, counsellorId, client.unitId)))
      throw errors.field('counsellorId', msg.counsellorOfUnit);
    const pathId = await q.insertPath(trx, {
      clientId: client.id,
      unitId: client.unitId,
      planId: input.planId ?? null,
      counsellorId,
      createdBy: caller.actor.id,
    });
    await audit(trx, {
      actor: caller.actor,
      action: 'workActivity.path.create',
      clientId: client.id,
      subjectType: 'work_activity_path',
      subjectId: pathId,
      purpose: PURPOSE,
    });
    return pathId;
  });
  return onePath(db, caller, client.id, id);
}

async function openPath(trx: Kysely<DB>, clientId: string, pathId: string) {
  const path = await q.pathOfClient(trx, clientId, pathId);
  if (!path) throw errors.notFound();
  if (path.status !== 'open') throw errors.field('kind', msg.pathEnded);
  return path;
}

/** Records a step; the evaluations need an agreement, the activation plan is made once. */
export async function recordStep(db: Kysely<DB>, caller: Caller, clientId: string, pathId: string, b: StepBody) {
  await db.transaction().execute(async (trx) => {
    await openPath(trx, clientId, pathId);
    const kinds = await q.stepKindsOfPath(trx, pathId);
    const hasAgreement = await q.pathHasAgreement(trx, pathId);
    if ((b.kind === 'interim-evaluation' || b.kind === 'evaluation-visit') && !hasAgreement)
      throw errors.field('kind', msg.agreementFirst);
    if (b.kind === 'activation-plan' && kinds.includes('activation-plan') && hasAgreement)
      throw errors.field('kind', msg.activationPlanExists);
    const { participants, details } = stepRecord(b);
    const stepId = await q.insertStep(trx, {
      pathId,
      kind: b.kind,
      date: b.date,
      participants,
      details,
      createdBy: caller.actor.id,
    });
    if (b.kind === 'end') await q.endPath(trx, pathId);
    await audit(trx, {
      actor: caller.actor,
      action: STEP_EVENTS[b.kind],
      clientId,
      subjectType: 'work_activity_step',
      subjectId: stepId,
      purpose: PURPOSE,
    });
  });
  return onePath(db, caller, clientId, pathId);
}

/** The activity plan and agreement between the provider and the client, after the activation plan. */
export async function makeAgreement(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  pathId: string,
  b: AgreementBody,
) {
  if (b.endDate < b.startDate) throw errors.field('endDate', msg.endBeforeStart);
  if (b.interimEvaluationDate && (b.interimEvaluationDate < b.startDate || b.interimEvaluationDate > b.endDate))
    throw errors.field('interimEvaluationDate', msg.interimOutsidePeriod);
  const id = await db.transaction().execute(async (trx) => {
    const path = await openPath(trx, clientId, pathId);
    if (!(await q.stepKindsOfPath(trx, pathId)).includes('activation-plan'))
      throw errors.field('providerId', msg.activationPlanFirst);
    const provider = await q.providerForUnit(trx, b.providerId, path.unit_id);
    if (!provider?.is_active) throw errors.field('providerId', msg.activeProvider);
    const agreementId = await q.insertAgreement(trx, { ...b, pathId, clientId, createdBy: caller.actor.id });
    await audit(trx, {
      actor: caller.actor,
      action: 'workActivity.agreement.create',
      clientId,
      subjectType: 'work_activity_agreement',
      subjectId: agreementId,
      purpose: PURPOSE,
    });
    return agreementId;
  });
  const [agreement] = await q.loadAgreements(db, { agreementIds: [id] });
  return agreement;
}

export async function attendanceOfAgreement(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  agreementId: string,
  month?: string,
) {
  if (!(await q.agreementOfClient(db, clientId, agreementId))) throw errors.notFound();
  const range = month ? monthRange(month) : undefined;
  const rows = await q.listAttendance(db, agreementId, range?.from, range?.to);
  await audit(db, {
    actor: caller.actor,
    action: 'workActivity.attendance.read',
    clientId,
    subjectType: 'work_activity_agreement',
    subjectId: agreementId,
    purpose: PURPOSE,
  });
  return rows;
}

/**
 * Records one day of the seurantalomake, for the counsellor and the provider's supervisor alike. An
 * absence creates a task for the counsellor (the provider always tells the counsellor, who tells
 * employment services when needed — DOMAIN 3.7). Call inside the transaction of the change.
 */
export async function recordAttendance(
  trx: Kysely<DB>,
  caller: Caller,
  agreementId: string,
  day: string,
  input: AttendanceBody,
): Promise<{ id: string; clientId: string; taskId: string | null }> {
  const agreement = await q.agreementForAttendance(trx, agreementId);
  if (!agreement) throw errors.notFound();
  if (agreement.status !== 'active') throw errors.field('day', msg.agreementEnded);
  if (day < agreement.start_date || day > agreement.end_date) throw errors.field('day', msg.dayOutsideAgreement);
  if (input.attended && input.hours <= 0) throw errors.field('hours', msg.hoursMissing);
  if (!input.attended && !input.absenceReason) throw errors.field('absenceReason', msg.absenceReasonMissing);

  const values: q.AttendanceValues = {
    attended: input.attended,
    hours: input.attended ? input.hours : 0,
    absence_reason: input.attended ? null : input.absenceReason,
    absence_note: input.attended ? null : input.absenceNote,
    entered_by: caller.actor.id,
  };
  const existing = await q.attendanceOfDay(trx, agreementId, day);
  let id: string;
  if (existing) {
    // Changing a recorded day needs the version it was read at: without one the writer did not
    // know the day was recorded already.
    if (input.version === undefined) throw new StaleVersionError('work_activity_attendance');
    id = (
      await updateVersioned(
        trx,
        'work_activity_attendance',
        { id: existing.id, version: input.version, scope: { agreement_id: agreementId } },
        values,
      )
    ).id;
  } else {
    id = await q.insertAttendance(trx, { ...values, agreement_id: agreementId, client_id: agreement.client_id, day });
  }
  let taskId: string | null = null;
  if (!input.attended && (!existing || existing.attended)) {
    taskId = await createTask(trx, {
      unitId: agreement.unit_id,
      assigneeId: agreement.counsellor_id ?? agreement.created_by,
      clientId: agreement.client_id,
      kind: 'work-activity.absence',
      title: ABSENCE_TASK_TITLE,
      dueDate: addWorkingDays(day, 1),
      sourceType: 'work_activity_attendance',
      sourceId: id,
      createdBy: caller.actor.id,
    });
  }
  return { id, clientId: agreement.client_id, taskId };
}

/** The counsellor records a day of the client's agreement. */
export async function recordDay(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  agreementId: string,
  day: string,
  input: AttendanceBody,
) {
  if (!(await q.agreementOfClient(db, clientId, agreementId))) throw errors.notFound();
  return db.transaction().execute(async (trx) => {
    const r = await recordAttendance(trx, caller, agreementId, day, input);
    await audit(trx, {
      actor: caller.actor,
      action: 'workActivity.attendance.write',
      clientId,
      subjectType: 'work_activity_attendance',
      subjectId: r.id,
      purpose: PURPOSE,
    });
    return { id: r.id, taskId: r.taskId };
  });
}

/** Employment services (TE) were told about an absence: the counsellor's absence task is done. */
export async function teInformed(db: Kysely<DB>, caller: Caller, clientId: string, attendanceId: string) {
  return db.transaction().execute(async (trx) => {
    const at = await q.markTeInformed(trx, clientId, attendanceId, caller.now, caller.actor.id);
    if (!at) throw errors.notFound();
    await q.closeAbsenceTask(trx, attendanceId, caller.now, caller.actor.id);
    await audit(trx, {
      actor: caller.actor,
      action: 'workActivity.attendance.teInformed',
      clientId,
      subjectType: 'work_activity_attendance',
      subjectId: attendanceId,
      purpose: PURPOSE,
    });
    return { teInformedAt: at };
  });
}
