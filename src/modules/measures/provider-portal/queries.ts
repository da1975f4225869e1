// What a provider account sees: the providers it is linked to in provider_user, and their
// participants' agreements with the client's first name and last-name initial only.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { addDays } from '../../../domain/calendar/index.js';

/** Agreements of every provider the user is linked to (active, or ended within 60 days of `today`). */
export async function providerAgreementsFor(db: Kysely<DB>, userId: string, today: string) {
  return db
    .selectFrom('work_activity_agreement as a')
    .innerJoin('provider_user as pu', 'pu.provider_id', 'a.provider_id')
    .innerJoin('work_activity_provider as p', 'p.id', 'a.provider_id')
    .innerJoin('client', 'client.id', 'a.client_id')
    .select([
      'a.id',
      'a.client_id as clientId',
      'p.name as providerName',
      sql<string>`client.first_name || ' ' || left(client.last_name, 1) || '.'`.as('participant'),
      'a.start_date as startDate',
      'a.end_date as endDate',
      'a.days_per_week as daysPerWeek',
      sql<number>`a.hours_per_day::float8`.as('hoursPerDay'),
      'a.tasks',
      'a.status',
    ])
    .where('pu.user_id', '=', userId)
    .where((eb) => eb.or([eb('a.status', '=', 'active'), eb('a.end_date', '>=', addDays(today, -60))]))
    .orderBy('p.name')
    .orderBy('a.start_date')
    .execute();
}

/** Providers the user is linked to (the web app sends such users to the provider page). */
export async function providersOfUser(db: Kysely<DB>, userId: string) {
  return db
    .selectFrom('provider_user as pu')
    .innerJoin('work_activity_provider as p', 'p.id', 'pu.provider_id')
    .select(['p.id', 'p.name'])
    .where('pu.user_id', '=', userId)
    .orderBy('p.name')
    .execute();
}

/** An agreement as the access check needs it: its client, the path's unit, and whether the user is a
 *  member of its provider. */
export async function agreementSubject(db: Kysely<DB>, agreementId: string, userId: string) {
  return db
    .selectFrom('work_activity_agreement as a')
    .innerJoin('work_activity_path as wp', 'wp.id', 'a.path_id')
    .select(['a.client_id', 'wp.unit_id'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('provider_user as pu')
            .select('pu.user_id')
            .whereRef('pu.provider_id', '=', 'a.provider_id')
            .where('pu.user_id', '=', userId),
        )
        .as('isMember'),
    )
    .where('a.id', '=', agreementId)
    .executeTakeFirst();
}
