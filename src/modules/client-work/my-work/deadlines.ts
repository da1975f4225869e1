// Loads an organisation's deadline configuration (defaults + overrides from `deadline_config`).
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { resolveDeadlineConfig, type ClientGroup, type DeadlineConfig } from '../../../domain/deadlines/index.js';

export async function loadDeadlineConfig(
  db: Kysely<DB>,
  organisationId: string,
): Promise<Record<ClientGroup, DeadlineConfig>> {
  const row = await db
    .selectFrom('deadline_config')
    .select('overrides')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return resolveDeadlineConfig(row?.overrides ?? {});
}

/** A per-call cache: a provider or request that handles many rows loads each unit's settings once. */
export function deadlineConfigCache(db: Kysely<DB>): (unitId: string) => Promise<Record<ClientGroup, DeadlineConfig>> {
  const cache = new Map<string, Promise<Record<ClientGroup, DeadlineConfig>>>();
  return (unitId) => {
    let config = cache.get(unitId);
    if (!config) {
      config = deadlineConfigForUnit(db, unitId);
      cache.set(unitId, config);
    }
    return config;
  };
}

export async function deadlineConfigForUnit(
  db: Kysely<DB>,
  unitId: string,
): Promise<Record<ClientGroup, DeadlineConfig>> {
  const unit = await db.selectFrom('unit').select('organisation_id').where('id', '=', unitId).executeTakeFirstOrThrow();
  return loadDeadlineConfig(db, unit.organisation_id);
}
