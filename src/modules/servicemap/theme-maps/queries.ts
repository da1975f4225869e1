// Theme maps: a saved selection of services (themes, categories, municipalities, chosen services)
// with its own public URL. Every function takes the transaction (or database) it runs in.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import type { ThemeMapInput } from '../../../shared/contracts/servicemap/theme-maps.js';
import { loc } from '../services/model.js';

/** Theme maps by slug order: one by id or slug, or those of the given organisations. */
export async function loadThemeMaps(
  db: Kysely<DB>,
  by: { id?: string; slug?: string; organisationIds?: string[] } = {},
) {
  let q = db.selectFrom('service_theme_map').selectAll().orderBy('slug');
  if (by.id) q = q.where('id', '=', by.id);
  if (by.slug) q = q.where('slug', '=', by.slug);
  if (by.organisationIds) {
    q = q.where(
      'organisation_id',
      'in',
      by.organisationIds.length ? by.organisationIds : ['00000000-0000-0000-0000-000000000000'],
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: loc(r.title),
    description: loc(r.description),
    themes: r.themes,
    categories: r.categories,
    municipalities: r.municipalities,
    serviceIds: r.service_ids,
    embedOrigins: r.embed_origins,
    version: r.version,
  }));
}
export type ThemeMapView = Awaited<ReturnType<typeof loadThemeMaps>>[number];

/** Is the slug (the public address) in use by a theme map other than `exceptId`? */
export async function slugTaken(db: Kysely<DB>, slug: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('service_theme_map').select('id').where('slug', '=', slug);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return !!(await q.executeTakeFirst());
}

function columns(b: ThemeMapInput) {
  return {
    slug: b.slug,
    title: JSON.stringify(b.title),
    description: JSON.stringify(b.description),
    themes: b.themes,
    categories: b.categories,
    municipalities: b.municipalities,
    service_ids: b.serviceIds,
    embed_origins: b.embedOrigins,
  };
}

export async function insertThemeMap(trx: Kysely<DB>, organisationId: string, b: ThemeMapInput): Promise<string> {
  const row = await trx
    .insertInto('service_theme_map')
    .values({ organisation_id: organisationId, ...columns(b) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The one versioned update: a stale version is a conflict (409), a missing map is gone (404). */
export async function updateThemeMap(trx: Kysely<DB>, key: { id: string; version: number }, b: ThemeMapInput) {
  await updateVersioned(trx, 'service_theme_map', key, columns(b));
}
