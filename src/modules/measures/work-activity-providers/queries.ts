// The providers register of an organisation. Every function takes the transaction (or database).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { ProviderBody } from '../../../shared/contracts/measures/work-activity-providers.js';

function providerSelect(db: Kysely<DB>) {
  return db
    .selectFrom('work_activity_provider as p')
    .select([
      'p.id',
      'p.name',
      'p.address',
      'p.tasks_offered as tasksOffered',
      'p.contact_person as contactPerson',
      'p.contact_phone as contactPhone',
      'p.public_transport as publicTransport',
      'p.capacity',
      'p.is_active as isActive',
      'p.version',
      sql<number>`(select count(*) from work_activity_agreement a where a.provider_id = p.id and a.status = 'active')::int`.as(
        'activeAgreements',
      ),
    ]);
}

export async function providersOf(db: Kysely<DB>, organisationIds: string[], active?: boolean) {
  if (organisationIds.length === 0) return [];
  let q = providerSelect(db).where('p.organisation_id', 'in', organisationIds).orderBy('p.name');
  if (active !== undefined) q = q.where('p.is_active', '=', active);
  return q.execute();
}

export async function provider(db: Kysely<DB>, id: string) {
  return providerSelect(db).where('p.id', '=', id).executeTakeFirstOrThrow();
}

export async function nameTaken(db: Kysely<DB>, organisationId: string, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('work_activity_provider')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('name', '=', name)
    .executeTakeFirst();
  return !!row;
}

export async function insertProvider(db: Kysely<DB>, organisationId: string, b: ProviderBody): Promise<string> {
  const row = await db
    .insertInto('work_activity_provider')
    .values({
      organisation_id: organisationId,
      name: b.name,
      address: b.address,
      tasks_offered: b.tasksOffered,
      contact_person: b.contactPerson,
      contact_phone: b.contactPhone,
      public_transport: b.publicTransport,
      capacity: b.capacity,
      is_active: b.isActive,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The units of the provider's organisation (the provider subject's units). */
export async function unitsOfProvider(db: Kysely<DB>, providerId: string): Promise<string[] | null> {
  const provider = await db
    .selectFrom('work_activity_provider')
    .select('organisation_id')
    .where('id', '=', providerId)
    .executeTakeFirst();
  if (!provider) return null;
  const units = await db
    .selectFrom('unit')
    .select('id')
    .where('organisation_id', '=', provider.organisation_id)
    .execute();
  return units.map((u) => u.id);
}

export async function isProviderMember(db: Kysely<DB>, providerId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('provider_user')
    .select('user_id')
    .where('provider_id', '=', providerId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!row;
}
