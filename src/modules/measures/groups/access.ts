// Who sees a group. Staff (social worker, counsellor, manager) of the group's unit see everything
// of the group; an expert by experience sees only groups they lead, and there only the sessions and
// attendance by members' first names — never client ids, plans or notes.
import type { Kysely } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { DB } from '../../../db/types.js';
import { errors } from '../../../server/errors.js';
import { CLIENT_WORKERS } from '../../../shared/access/rules.js';

export type GroupView = 'full' | 'leader';

export function staffUnitIds(request: FastifyRequest): string[] {
  const staff: readonly string[] = CLIENT_WORKERS;
  return request.user!.roles.filter((r) => staff.includes(r.role)).map((r) => r.unitId);
}

/** The group and how much of it the user may see; 404 for a group they may not know of. */
export async function groupFor(db: Kysely<DB>, request: FastifyRequest, groupId: string, mode: 'read' | 'manage') {
  const group = await db.selectFrom('group_work').selectAll().where('id', '=', groupId).executeTakeFirst();
  if (!group) throw errors.notFound();
  if (mode === 'manage') {
    // group.manage: request.access.unitIds are the units where the user is a social worker or counsellor.
    if (!request.access.unitIds.includes(group.unit_id)) throw errors.forbidden();
    return { group, view: 'full' as GroupView };
  }
  if (staffUnitIds(request).includes(group.unit_id)) return { group, view: 'full' as GroupView };
  const isExpert = request.user!.roles.some((r) => r.role === 'kokemusasiantuntija' && r.unitId === group.unit_id);
  const leads = await db
    .selectFrom('group_leader')
    .select('id')
    .where('group_id', '=', groupId)
    .where('user_id', '=', request.user!.id)
    .executeTakeFirst();
  if (isExpert && leads) return { group, view: 'leader' as GroupView };
  throw errors.forbidden();
}
