// The service map's settings per organisation: the stale period in months (12 unless set).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

/** The stale period: of one organisation, or the shortest of all when none is named. */
export async function staleMonths(db: Kysely<DB>, organisationId?: string): Promise<number> {
  let q = db.selectFrom('servicemap_setting').select('stale_months');
  if (organisationId) q = q.where('organisation_id', '=', organisationId);
  const row = await q.orderBy('stale_months').executeTakeFirst();
  return row?.stale_months ?? 12;
}

/**
 * Sets an organisation's stale period. The settings row is keyed by its organisation, not an id,
 * and the setting is one number set whole: the last save wins, its version and time are recorded.
 */
export async function saveStaleMonths(db: Kysely<DB>, organisationId: string, months: number): Promise<void> {
  await db
    .insertInto('servicemap_setting')
    .values({ organisation_id: organisationId, stale_months: months })
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        stale_months: months,
        version: sql`servicemap_setting.version + 1`,
        updated_at: sql`now()`,
      }),
    )
    .execute();
}
