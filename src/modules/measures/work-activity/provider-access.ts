// Provider accounts (the placement supervisor of a workshop or association). Their action,
// `workActivity.providerPortal`, has scope `authenticated`: the real rule is here, in one place —
// the user must be linked to the agreement's provider in `provider_user`. They see their own
// participants' agreements with the client's first name and last-name initial only, and enter
// attendance; nothing else of the client.
import { sql, type Kysely } from 'kysely';
import type { FastifyRequest } from 'fastify';
import type { DB } from '../../../db/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';

/** The agreement if the user belongs to its provider; otherwise 403 (logged as a denial). */
export async function assertProviderMember(db: Kysely<DB>, request: FastifyRequest, agreementId: string) {
  const agreement = await db
    .selectFrom('work_activity_agreement as a')
    .select(['a.id', 'a.client_id', 'a.provider_id'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('provider_user as pu')
            .select('pu.user_id')
            .whereRef('pu.provider_id', '=', 'a.provider_id')
            .where('pu.user_id', '=', request.user!.id),
        )
        .as('isMember'),
    )
    .where('a.id', '=', agreementId)
    .executeTakeFirst();
  if (!agreement) throw errors.notFound();
  if (!agreement.isMember) {
    await audit(db, {
      actor: request.actor(),
      action: 'workActivity.providerPortal.use',
      clientId: agreement.client_id,
      subjectType: 'work_activity_agreement',
      subjectId: agreementId,
      purpose: 'access check',
      outcome: 'denied',
    });
    throw errors.forbidden();
  }
  return agreement;
}

/** Agreements of every provider the user is linked to (active, or ended within 60 days). */
export async function providerAgreementsFor(db: Kysely<DB>, userId: string) {
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
    .where((eb) => eb.or([eb('a.status', '=', 'active'), eb('a.end_date', '>=', sql<string>`current_date - 60`)]))
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
