// Named-worker assignments (omatyöntekijä, SHL 42 §): one current row per client (ended_on null),
// the earlier ones kept as the change log. Every function takes the transaction it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { NamedWorker, NamedWorkerStatus } from '../../../shared/contracts/client-work/clients.js';

/** The current named-worker row of a client, if any. */
export async function currentNamedWorker(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('named_worker_assignment')
    .leftJoin('app_user', 'app_user.id', 'named_worker_assignment.worker_id')
    .select([
      'named_worker_assignment.id',
      'named_worker_assignment.worker_id',
      'app_user.display_name as worker_name',
      'named_worker_assignment.status',
      'named_worker_assignment.reason',
      'named_worker_assignment.other_responsible',
      'named_worker_assignment.assigned_on',
      'named_worker_assignment.client_informed_on',
    ])
    .where('named_worker_assignment.client_id', '=', clientId)
    .where('named_worker_assignment.ended_on', 'is', null)
    .executeTakeFirst();
}

type CurrentRow = NonNullable<Awaited<ReturnType<typeof currentNamedWorker>>>;

export function toNamedWorker(nw: CurrentRow): NamedWorker {
  return {
    id: nw.id,
    workerId: nw.worker_id,
    workerName: nw.worker_name,
    status: nw.status,
    reason: nw.reason,
    otherResponsible: nw.other_responsible,
    assignedOn: nw.assigned_on,
    clientInformedOn: nw.client_informed_on,
    endedOn: null,
  };
}

/** Every assignment of a client, newest first (the current one has no end date). */
export async function assignmentHistory(db: Kysely<DB>, clientId: string): Promise<NamedWorker[]> {
  const rows = await db
    .selectFrom('named_worker_assignment')
    .leftJoin('app_user', 'app_user.id', 'named_worker_assignment.worker_id')
    .selectAll('named_worker_assignment')
    .select('app_user.display_name')
    .where('named_worker_assignment.client_id', '=', clientId)
    .orderBy('named_worker_assignment.created_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    workerId: r.worker_id,
    workerName: r.display_name,
    status: r.status,
    reason: r.reason,
    otherResponsible: r.other_responsible,
    assignedOn: r.assigned_on,
    clientInformedOn: r.client_informed_on,
    endedOn: r.ended_on,
  }));
}

/** Social workers and counsellors of a unit: the people who can be a named worker. */
export async function unitWorkers(db: Kysely<DB>, unitId: string) {
  return db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select(['app_user.id', 'app_user.display_name as displayName'])
    .where('user_role.unit_id', '=', unitId)
    .where('user_role.role', 'in', ['sosiaalityontekija', 'sosiaaliohjaaja'])
    .where('app_user.is_active', '=', true)
    .distinct()
    .orderBy('displayName')
    .execute();
}

/** Holds the client row until the transaction ends: two changes of the named worker queue up. */
export async function lockClient(trx: Kysely<DB>, clientId: string): Promise<void> {
  await sql`select id from client where id = ${clientId} for update`.execute(trx);
}

export async function endAssignment(trx: Kysely<DB>, id: string, endedOn: string): Promise<void> {
  await trx.updateTable('named_worker_assignment').set({ ended_on: endedOn }).where('id', '=', id).execute();
}

export interface NewAssignment {
  clientId: string;
  status: NamedWorkerStatus;
  workerId: string | null;
  reason: string | null;
  otherResponsible: string | null;
  assignedOn: string;
  clientInformedOn: string | null;
  createdBy: string;
}

export async function insertAssignment(trx: Kysely<DB>, a: NewAssignment): Promise<string> {
  const row = await trx
    .insertInto('named_worker_assignment')
    .values({
      client_id: a.clientId,
      worker_id: a.workerId,
      status: a.status,
      reason: a.reason,
      other_responsible: a.otherResponsible,
      assigned_on: a.assignedOn,
      client_informed_on: a.clientInformedOn,
      ended_on: null,
      created_by: a.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records the day the client was told; false when the client has no such assignment. */
export async function markInformed(
  trx: Kysely<DB>,
  clientId: string,
  assignmentId: string,
  informedOn: string,
): Promise<boolean> {
  const res = await trx
    .updateTable('named_worker_assignment')
    .set({ client_informed_on: informedOn })
    .where('id', '=', assignmentId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
