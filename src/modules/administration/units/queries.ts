import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

function unitSelect(db: Kysely<DB>) {
  return db
    .selectFrom('unit')
    .innerJoin('organisation', 'organisation.id', 'unit.organisation_id')
    .select([
      'unit.id',
      'unit.organisation_id as organisationId',
      'organisation.name as organisationName',
      'unit.name',
      'unit.version',
    ]);
}

export function listUnits(db: Kysely<DB>, organisationId?: string) {
  let q = unitSelect(db).orderBy('organisation.name').orderBy('unit.name');
  if (organisationId) q = q.where('unit.organisation_id', '=', organisationId);
  return q.execute();
}

export function unitById(db: Kysely<DB>, id: string) {
  return unitSelect(db).where('unit.id', '=', id).executeTakeFirstOrThrow();
}

export async function organisationExists(db: Kysely<DB>, id: string) {
  return !!(await db.selectFrom('organisation').select('id').where('id', '=', id).executeTakeFirst());
}

export async function insertUnit(trx: Kysely<DB>, organisationId: string, name: string) {
  const { id } = await trx
    .insertInto('unit')
    .values({ organisation_id: organisationId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
