// One client's group memberships, social rehabilitation periods and service processes for the list
// of measures (work activity paths come from the work activity queries).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

export async function groupsOfClient(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('group_member as m')
    .innerJoin('group_work as g', 'g.id', 'm.group_id')
    .select([
      'g.id',
      'g.name',
      'g.status',
      'm.plan_id as planId',
      sql<string | null>`(select min(s.session_date)::text from group_session s where s.group_id = g.id)`.as('first'),
      sql<string | null>`(select max(s.session_date)::text from group_session s where s.group_id = g.id)`.as('last'),
    ])
    .where('m.client_id', '=', clientId)
    .where('m.status', 'in', ['invited', 'joined'])
    .execute();
}

export async function periodsOfClient(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('social_rehab_period')
    .select(['id', 'plan_id as planId', 'status', 'start_date', 'end_date'])
    .where('client_id', '=', clientId)
    .execute();
}

export async function processesOfClient(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('client_process as p')
    .innerJoin('process_template as t', 't.id', 'p.template_id')
    .select(['p.id', 't.name', 'p.started_on', 'p.ended_on'])
    .where('p.client_id', '=', clientId)
    .execute();
}
