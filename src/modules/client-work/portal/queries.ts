// Reading for the client portal: the use-log rows about a client and the roles of those who wrote
// them. Every function takes the transaction (or database) it runs in.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

/** Successful reads and writes of the client's data by anyone but the client themself, newest first. */
export function useLogRows(db: Kysely<DB>, clientId: string, selfId: string) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('app_user as u', 'u.id', 'a.actor_id')
    .select(['a.at', 'a.action', 'a.actor_id', 'u.display_name'])
    .where('a.client_id', '=', clientId)
    .where('a.outcome', '=', 'ok')
    .where((eb) => eb.or([eb('a.actor_id', 'is', null), eb('a.actor_id', '<>', selfId)]))
    .orderBy('a.seq', 'desc')
    .limit(2000)
    .execute();
}

/** The roles of the given users with their units and organisations. */
export async function rolesOf(db: Kysely<DB>, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('user_role')
    .innerJoin('unit', 'unit.id', 'user_role.unit_id')
    .innerJoin('organisation', 'organisation.id', 'unit.organisation_id')
    .select(['user_role.user_id', 'user_role.role', 'unit.name as unit_name', 'organisation.name as org_name'])
    .where('user_role.user_id', 'in', userIds)
    .execute();
}
