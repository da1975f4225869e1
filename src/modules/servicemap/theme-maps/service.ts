// Creating and editing theme maps: the public address (slug) is unique; an edit names the version it
// started from. Each change runs in one transaction with its use-log event.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { audit } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import type { ThemeMapInput } from '../../../shared/contracts/servicemap/theme-maps.js';
import { organisationFor, PURPOSE, type Actor } from '../services/service.js';
import { themeMapErrors } from './messages.js';
import { insertThemeMap, loadThemeMaps, slugTaken, updateThemeMap, type ThemeMapView } from './queries.js';

export async function create(
  db: Kysely<DB>,
  input: ThemeMapInput,
  who: Actor & { unitIds: string[] },
): Promise<ThemeMapView> {
  const organisationId = await organisationFor(db, who.unitIds);
  return db.transaction().execute(async (trx) => {
    if (await slugTaken(trx, input.slug)) throw errors.field('slug', themeMapErrors.slugTaken);
    const id = await insertThemeMap(trx, organisationId, input);
    await audit(trx, {
      actor: who.actor,
      action: 'themeMap.create',
      subjectType: 'service_theme_map',
      subjectId: id,
      purpose: PURPOSE,
    });
    return (await loadThemeMaps(trx, { id }))[0];
  });
}

export async function edit(
  db: Kysely<DB>,
  key: { id: string; version: number },
  input: ThemeMapInput,
  who: Actor,
): Promise<ThemeMapView> {
  return db.transaction().execute(async (trx) => {
    if (await slugTaken(trx, input.slug, key.id)) throw errors.field('slug', themeMapErrors.slugTaken);
    await updateThemeMap(trx, key, input);
    await audit(trx, {
      actor: who.actor,
      action: 'themeMap.update',
      subjectType: 'service_theme_map',
      subjectId: key.id,
      purpose: PURPOSE,
    });
    return (await loadThemeMaps(trx, { id: key.id }))[0];
  });
}
