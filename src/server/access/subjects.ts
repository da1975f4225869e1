// Subject resolvers: for one id of a subject kind (a client, a unit, a group …), which units hold it,
// whose client data it is, and how the user relates to it. A capability registers the resolvers of
// its subjects (its `index.ts`), and the access plugin uses them for every action scoped to that kind,
// so no handler re-implements "does this group belong to one of my units".
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { Relation, SubjectKind } from '../../shared/access/rules.js';
import type { AuthUser } from './check.js';

export interface SubjectResolution {
  /** Units whose staff's roles apply to the subject (usually one). */
  unitIds: string[];
  /** The client whose data the subject is: reads and denials are then in the use log. */
  clientId?: string | null;
  /** The user's relations to the subject (e.g. 'self' for the client's own account). */
  relations?: Relation[];
}

export interface SubjectResolver {
  /** The route parameter that names the subject, e.g. 'clientId'. */
  param: string;
  /** null when there is no such subject (the route answers 404). */
  resolve(db: Kysely<DB>, id: string, user: AuthUser): Promise<SubjectResolution | null>;
}

export type SubjectResolvers = { [K in SubjectKind]?: SubjectResolver };

/** A subject as the access plugin resolved it for this request. */
export interface ResolvedSubject extends SubjectResolution {
  kind: SubjectKind;
  id: string;
  relations: Relation[];
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The foundation's own subjects: a client record and a unit. */
export const foundationSubjects: SubjectResolvers = {
  client: {
    param: 'clientId',
    async resolve(db, id, user) {
      const client = await db.selectFrom('client').select('unit_id').where('id', '=', id).executeTakeFirst();
      if (!client) return null;
      return { unitIds: [client.unit_id], clientId: id, relations: user.clientId === id ? ['self'] : [] };
    },
  },
  unit: {
    param: 'unitId',
    async resolve(db, id) {
      const unit = await db.selectFrom('unit').select('id').where('id', '=', id).executeTakeFirst();
      return unit ? { unitIds: [unit.id] } : null;
    },
  },
};
