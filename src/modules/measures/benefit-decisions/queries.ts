// Reading and writing income-support applications, and the figures of the manager's reports. Every
// function takes the transaction (or database) it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { StaffRole } from '../../../shared/roles.js';
import type { NewApplicationBody } from '../../../shared/contracts/measures/benefit-decisions.js';
import { clientFirstName, clientLastName } from '../common.js';

export function applicationSelect(db: Kysely<DB>) {
  return db
    .selectFrom('benefit_application as b')
    .leftJoin('app_user as u', 'u.id', 'b.decision_maker_id')
    .select([
      'b.id',
      'b.client_id as clientId',
      'b.kind',
      'b.received_date as receivedDate',
      'b.complete_date as completeDate',
      'b.urgent',
      'b.decision_date as decisionDate',
      'u.display_name as decisionMakerName',
      'b.professional_group as professionalGroup',
      'b.outcome',
      'b.version',
    ]);
}

export type ApplicationRow = Awaited<ReturnType<typeof application>>;

export async function applicationsOfClient(db: Kysely<DB>, clientId: string) {
  return applicationSelect(db).where('b.client_id', '=', clientId).orderBy('b.received_date', 'desc').execute();
}

export async function application(db: Kysely<DB>, id: string) {
  return applicationSelect(db).where('b.id', '=', id).executeTakeFirstOrThrow();
}

/** The stored row of one of the client's applications (undefined for another client's). */
export async function applicationOfClient(db: Kysely<DB>, clientId: string, id: string) {
  return db
    .selectFrom('benefit_application')
    .selectAll()
    .where('id', '=', id)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

export async function insertApplication(
  db: Kysely<DB>,
  a: NewApplicationBody & { clientId: string; unitId: string; createdBy: string },
): Promise<string> {
  const row = await db
    .insertInto('benefit_application')
    .values({
      client_id: a.clientId,
      unit_id: a.unitId,
      kind: a.kind,
      received_date: a.receivedDate,
      complete_date: a.completeDate ?? null,
      urgent: a.urgent,
      created_by: a.createdBy,
      decision_date: null,
      decision_maker_id: null,
      professional_group: null,
      outcome: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The user's roles in a unit (the decision maker's professional group follows from them). */
export async function rolesInUnit(db: Kysely<DB>, userId: string, unitId: string): Promise<StaffRole[]> {
  const rows = await db
    .selectFrom('user_role')
    .select('role')
    .where('user_id', '=', userId)
    .where('unit_id', '=', unitId)
    .execute();
  return rows.map((r) => r.role);
}

/** Open applications of the units, with the clients' names. */
export async function openApplications(db: Kysely<DB>, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return applicationSelect(db)
    .innerJoin('client', 'client.id', 'b.client_id')
    .select([clientFirstName.as('firstName'), clientLastName.as('lastName')])
    .where('b.unit_id', 'in', unitIds)
    .where('b.decision_date', 'is', null)
    .execute();
}

/** Decisions (not withdrawals) of the units between two days: the processing-time report's rows. */
export async function decisionsBetween(db: Kysely<DB>, unitIds: string[], from: string, to: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('benefit_application')
    .select(['complete_date', 'decision_date', 'urgent'])
    .where('unit_id', 'in', unitIds)
    .where('decision_date', '>=', from)
    .where('decision_date', '<=', to)
    .where('outcome', '!=', 'withdrawn')
    .execute();
}

/** Decisions per month and professional group. */
export async function decisionsPerGroup(db: Kysely<DB>, unitIds: string[], from: string, to: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('benefit_application')
    .select([
      sql<string>`to_char(decision_date, 'YYYY-MM')`.as('month'),
      'professional_group as grp',
      sql<number>`count(*)::int`.as('n'),
    ])
    .where('unit_id', 'in', unitIds)
    .where('decision_date', '>=', from)
    .where('decision_date', '<=', to)
    .groupBy([sql`to_char(decision_date, 'YYYY-MM')`, 'professional_group'])
    .execute();
}

/** Does client work's `meeting` table exist (part B)? Without it only decisions are counted. */
export async function hasMeetingTable(db: Kysely<DB>): Promise<boolean> {
  return (await sql<{ t: string | null }>`select to_regclass('meeting')::text as t`.execute(db)).rows[0]?.t != null;
}

/** Held client meetings per month, counted by the worker's role in the meeting's unit. */
export async function meetingsPerGroup(db: Kysely<DB>, unitIds: string[], from: string, to: string) {
  if (unitIds.length === 0) return [];
  return (
    await sql<{ month: string; grp: string; n: number }>`
      select to_char(m.meeting_date, 'YYYY-MM') as month,
             case when exists (select 1 from user_role r where r.user_id = m.worker_id and r.unit_id = m.unit_id and r.role = 'sosiaalityontekija') then 'social-worker'
                  when exists (select 1 from user_role r where r.user_id = m.worker_id and r.unit_id = m.unit_id and r.role = 'sosiaaliohjaaja') then 'social-counsellor'
                  when exists (select 1 from user_role r where r.user_id = m.worker_id and r.unit_id = m.unit_id and r.role = 'etuuskasittelija') then 'benefit-handler'
             end as grp,
             count(*)::int as n
      from meeting m
      where m.status = 'held' and m.unit_id in (${sql.join(unitIds)})
        and m.meeting_date >= ${from} and m.meeting_date <= ${to}
      group by 1, 2`.execute(db)
  ).rows;
}
