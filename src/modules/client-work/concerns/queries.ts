// The benefit handler's concerns: contacts they recorded about clients of their units.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

export async function clientForConcern(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('client')
    .select(['unit_id', 'first_name', 'last_name', 'client_group'])
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
}

/** The concerns a benefit handler raised in the given units, newest first. */
export async function concernsRaisedBy(db: Kysely<DB>, userId: string, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('contact')
    .innerJoin('client', 'client.id', 'contact.client_id')
    .select([
      'contact.id',
      'contact.client_id',
      'client.first_name',
      'client.last_name',
      'contact.contact_date',
      'contact.reason',
    ])
    .where('contact.created_by', '=', userId)
    .where('contact.contacted_by', '=', 'benefit-handler')
    .where('contact.unit_id', 'in', unitIds)
    .orderBy('contact.contact_date', 'desc')
    .orderBy('contact.created_at', 'desc')
    .limit(200)
    .execute();
}
