// Whose each subject of the service map is, for the access registry: a service and a theme map belong
// to an organisation (the units of that organisation hold them); a suggestion to correct a service
// belongs to that service's organisation, and a suggestion of a new service to no organisation yet
// (every unit holds it: any updater may take it, and an approved one joins the approver's organisation).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { SubjectResolvers } from '../../server/access/subjects.js';

async function unitsOfOrganisation(db: Kysely<DB>, organisationId: string): Promise<string[]> {
  const rows = await db.selectFrom('unit').select('id').where('organisation_id', '=', organisationId).execute();
  return rows.map((r) => r.id);
}

export const servicemapSubjects: SubjectResolvers = {
  service: {
    param: 'serviceId',
    async resolve(db, id) {
      const row = await db.selectFrom('service').select('organisation_id').where('id', '=', id).executeTakeFirst();
      return row ? { unitIds: await unitsOfOrganisation(db, row.organisation_id) } : null;
    },
  },
  themeMap: {
    param: 'themeMapId',
    async resolve(db, id) {
      const row = await db
        .selectFrom('service_theme_map')
        .select('organisation_id')
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { unitIds: await unitsOfOrganisation(db, row.organisation_id) } : null;
    },
  },
  serviceSuggestion: {
    param: 'suggestionId',
    async resolve(db, id) {
      const row = await db
        .selectFrom('service_suggestion as g')
        .leftJoin('service as s', 's.id', 'g.service_id')
        .select('s.organisation_id')
        .where('g.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      if (row.organisation_id) return { unitIds: await unitsOfOrganisation(db, row.organisation_id) };
      const all = await db.selectFrom('unit').select('id').execute();
      return { unitIds: all.map((u) => u.id) };
    },
  },
};
