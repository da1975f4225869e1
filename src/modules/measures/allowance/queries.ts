// The attendance the allowance is paid for, and the organisation's rate. Every function takes the
// transaction (or database) it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { clientFirstName, clientLastName } from '../common.js';

/** Attendance of the units' clients between two days, with the clients' names. */
export async function attendanceOfUnits(db: Kysely<DB>, unitIds: string[], from: string, to: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('work_activity_attendance as t')
    .innerJoin('client', 'client.id', 't.client_id')
    .select([
      't.client_id as clientId',
      't.day',
      't.attended',
      sql<number>`t.hours::float8`.as('hours'),
      clientFirstName.as('firstName'),
      clientLastName.as('lastName'),
    ])
    .where('client.unit_id', 'in', unitIds)
    .where('t.day', '>=', from)
    .where('t.day', '<=', to)
    .execute();
}

export async function settingOf(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('work_activity_setting')
    .select(['id', 'allowance_cents', 'version'])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export async function insertSetting(db: Kysely<DB>, organisationId: string, allowanceCents: number) {
  return db
    .insertInto('work_activity_setting')
    .values({ organisation_id: organisationId, allowance_cents: allowanceCents })
    .returning(['allowance_cents', 'version'])
    .executeTakeFirstOrThrow();
}
