import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { OrganisationCreate } from '../../../shared/contracts/administration/organisations.js';

const columns = ['id', 'name', 'kind', 'population', 'version'] as const;

export function listOrganisations(db: Kysely<DB>) {
  return db.selectFrom('organisation').select(columns).orderBy('name').execute();
}

export function insertOrganisation(trx: Kysely<DB>, values: OrganisationCreate) {
  return trx.insertInto('organisation').values(values).returning(columns).executeTakeFirstOrThrow();
}
