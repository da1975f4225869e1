// The subject kind `group`: a group of group-based social work belongs to its unit. An expert by
// experience of that unit who leads the group has the `groupLeader` relation: they read the group
// (first names only) without a client worker's role.
import type { AuthUser } from '../../../server/access/check.js';
import type { SubjectResolver } from '../../../server/access/subjects.js';
import type { Relation } from '../../../shared/access/rules.js';
import { groupSubject } from './queries.js';

export function groupRelations(user: AuthUser, unitId: string, leadsAsExpert: boolean): Relation[] {
  const expertOfUnit = user.roles.some((r) => r.role === 'kokemusasiantuntija' && r.unitId === unitId);
  return leadsAsExpert && expertOfUnit ? ['groupLeader'] : [];
}

export const groupSubjectResolver: SubjectResolver = {
  param: 'groupId',
  async resolve(db, id, user) {
    const group = await groupSubject(db, id, user.id);
    if (!group) return null;
    return { unitIds: [group.unitId], relations: groupRelations(user, group.unitId, group.leadsAsExpert) };
  },
};
