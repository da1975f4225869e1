// Reading and writing the service processes applied to clients. Every function takes the transaction
// (or database) it runs in.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { ProcessContactKind } from '../../../shared/measures/vocabulary.js';
import type { NewProcessBody } from '../../../shared/contracts/measures/client-processes.js';

/** A client's processes (newest first) with their template's rules and steps, step rows and contacts. */
export async function processesOfClient(db: Kysely<DB>, clientId: string, processId?: string) {
  let q = db
    .selectFrom('client_process as p')
    .innerJoin('process_template as t', 't.id', 'p.template_id')
    .innerJoin('app_user as u', 'u.id', 'p.worker_id')
    .select([
      'p.id',
      't.name as templateName',
      't.rules',
      't.steps',
      'u.display_name as workerName',
      'p.assigned_by_team_on as assignedByTeamOn',
      'p.requested_appointment_on as requestedAppointmentOn',
      'p.started_on as startedOn',
      'p.ended_on as endedOn',
      'p.follow_up_done_on as followUpDoneOn',
      'p.version',
    ])
    .where('p.client_id', '=', clientId)
    .orderBy('p.started_on', 'desc');
  if (processId) q = q.where('p.id', '=', processId);
  const rows = await q.execute();
  const ids = rows.map((r) => r.id);
  const steps = ids.length
    ? await db.selectFrom('client_process_step').selectAll().where('process_id', 'in', ids).execute()
    : [];
  const contacts = ids.length
    ? await db
        .selectFrom('client_process_contact')
        .select(['id', 'process_id', 'contact_date as date', 'kind'])
        .where('process_id', 'in', ids)
        .orderBy('contact_date')
        .execute()
    : [];
  return { rows, steps, contacts };
}

export async function processOfClient(db: Kysely<DB>, clientId: string, processId: string) {
  return db
    .selectFrom('client_process')
    .selectAll()
    .where('id', '=', processId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

/** Active social workers and counsellors of the unit: the workers the team can assign. */
export async function workersOfUnit(db: Kysely<DB>, unitId: string) {
  return db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select(['app_user.id', 'app_user.display_name as name'])
    .where('user_role.unit_id', '=', unitId)
    .where('user_role.role', 'in', ['sosiaalityontekija', 'sosiaaliohjaaja'])
    .where('app_user.is_active', '=', true)
    .distinct()
    .orderBy('app_user.display_name')
    .execute();
}

/** Is the user a social worker or counsellor of the unit (a worker the team can assign)? */
export async function isWorkerOfUnit(db: Kysely<DB>, userId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_role')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('unit_id', '=', unitId)
    .where('role', 'in', ['sosiaalityontekija', 'sosiaaliohjaaja'])
    .executeTakeFirst();
  return !!row;
}

export async function insertProcess(
  db: Kysely<DB>,
  p: NewProcessBody & { clientId: string; unitId: string; createdBy: string },
): Promise<string> {
  const row = await db
    .insertInto('client_process')
    .values({
      client_id: p.clientId,
      unit_id: p.unitId,
      template_id: p.templateId,
      worker_id: p.workerId,
      assigned_by_team_on: p.assignedByTeamOn,
      requested_appointment_on: p.requestedAppointmentOn ?? null,
      started_on: p.startedOn,
      created_by: p.createdBy,
      ended_on: null,
      follow_up_done_on: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertStep(db: Kysely<DB>, processId: string, key: string, dueDate: string) {
  await db
    .insertInto('client_process_step')
    .values({ process_id: processId, step_key: key, due_date: dueDate, done_on: null })
    .execute();
}

export async function insertContact(
  db: Kysely<DB>,
  processId: string,
  contact: { date: string; kind: ProcessContactKind },
  createdBy: string,
) {
  await db
    .insertInto('client_process_contact')
    .values({ process_id: processId, contact_date: contact.date, kind: contact.kind, created_by: createdBy })
    .execute();
}

/** Ticks a checklist step done; false if the process has no such step. */
export async function markStepDone(db: Kysely<DB>, processId: string, stepKey: string, date: string) {
  const row = await db
    .updateTable('client_process_step')
    .set({ done_on: date })
    .where('process_id', '=', processId)
    .where('step_key', '=', stepKey)
    .returning('step_key')
    .executeTakeFirst();
  return !!row;
}
