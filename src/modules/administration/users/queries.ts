import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { RoleAssignmentInput } from '../../../shared/contracts/administration/users.js';

export async function listUsers(db: Kysely<DB>, filter: { q?: string; id?: string }) {
  let query = db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'email', 'is_active', 'client_id', 'version'])
    .orderBy('username');
  if (filter.id) query = query.where('id', '=', filter.id);
  if (filter.q) {
    const like = `%${filter.q.toLowerCase().replace(/[%_]/g, '')}%`;
    query = query.where((eb) => eb.or([eb('username', 'like', like), eb(sql`lower(display_name)`, 'like', like)]));
  }
  const users = await query.limit(500).execute();
  const roles = users.length
    ? await db
        .selectFrom('user_role')
        .innerJoin('unit', 'unit.id', 'user_role.unit_id')
        .select(['user_role.user_id', 'user_role.unit_id', 'unit.name', 'user_role.role'])
        .where(
          'user_role.user_id',
          'in',
          users.map((u) => u.id),
        )
        .execute()
    : [];
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    email: u.email,
    isActive: u.is_active,
    clientId: u.client_id,
    version: u.version,
    roles: roles.filter((r) => r.user_id === u.id).map((r) => ({ unitId: r.unit_id, unitName: r.name, role: r.role })),
  }));
}

/** Whether every unit the roles name exists. */
export async function unitsExist(trx: Kysely<DB>, roles: RoleAssignmentInput[]) {
  const ids = [...new Set(roles.map((r) => r.unitId))];
  if (!ids.length) return true;
  const found = await trx.selectFrom('unit').select('id').where('id', 'in', ids).execute();
  return found.length === ids.length;
}

export async function insertUser(
  trx: Kysely<DB>,
  values: { username: string; displayName: string; email: string | null; passwordHash: string },
) {
  const { id } = await trx
    .insertInto('app_user')
    .values({
      username: values.username,
      display_name: values.displayName,
      email: values.email,
      phone: null,
      password_hash: values.passwordHash,
      totp_secret: null,
      client_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** The user's roles become exactly `roles`. */
export async function replaceRoles(trx: Kysely<DB>, userId: string, roles: RoleAssignmentInput[]) {
  await trx.deleteFrom('user_role').where('user_id', '=', userId).execute();
  if (roles.length)
    await trx
      .insertInto('user_role')
      .values(roles.map((r) => ({ user_id: userId, unit_id: r.unitId, role: r.role })))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

export function endSessions(trx: Kysely<DB>, userId: string) {
  return trx.deleteFrom('session').where('user_id', '=', userId).execute();
}

export function rolesOf(trx: Kysely<DB>, userId: string): Promise<RoleAssignmentInput[]> {
  return trx.selectFrom('user_role').select(['unit_id as unitId', 'role']).where('user_id', '=', userId).execute();
}
