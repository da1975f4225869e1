// Reading and writing services: one query loads full services with their locations and weekly hours;
// writes replace a service's content under the one versioned update and keep a snapshot per version.
// Every function takes the transaction (or database) it runs in.
import { sql, type Kysely, type Updateable } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { ServiceTable } from '../../../db/tables/servicemap.js';
import { updateVersioned } from '../../../db/versioned.js';
import type { ServiceInput } from '../../../shared/contracts/servicemap/services.js';
import type { Localized } from '../../../shared/i18n.js';
import { loc, toInput, type Editor, type LocationView, type ServiceView, type TaxonomyTerm } from './model.js';
import { helsinkiParts, isOpenAt, minusMonths } from './time.js';

const hhmm = (t: string) => t.slice(0, 5);
const NO_ID = '00000000-0000-0000-0000-000000000000';

export async function loadTaxonomy(db: Kysely<DB>): Promise<TaxonomyTerm[]> {
  const rows = await db
    .selectFrom('service_taxonomy')
    .select(['kind', 'code', 'label'])
    .orderBy('kind')
    .orderBy('sort')
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ kind: r.kind, code: r.code, label: loc(r.label) }));
}

/** Municipalities where some published service has a location (the search filter's options). */
export async function municipalities(db: Kysely<DB>): Promise<string[]> {
  const rows = await db
    .selectFrom('service_location')
    .innerJoin('service', 'service.id', 'service_location.service_id')
    .where('service.status', '=', 'published')
    .select('service_location.municipality')
    .distinct()
    .orderBy('service_location.municipality')
    .execute();
  return rows.map((r) => r.municipality);
}

/** The organisations of the given units (a user's units where an action is allowed). */
export async function organisationsOf(db: Kysely<DB>, unitIds: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('unit')
    .select('organisation_id')
    .distinct()
    .where('id', 'in', unitIds.length ? unitIds : [NO_ID])
    .execute();
  return rows.map((r) => r.organisation_id);
}

/** The organisation of the first of the given units: new services, theme maps and settings belong to it. */
export async function organisationOf(db: Kysely<DB>, unitIds: string[]): Promise<string | undefined> {
  const row = await db
    .selectFrom('unit')
    .select('organisation_id')
    .where('id', '=', unitIds[0] ?? NO_ID)
    .executeTakeFirst();
  return row?.organisation_id;
}

/**
 * Loads full services in the order of `ids`: one query, locations and weekly hours aggregated as
 * JSON, the stale period read alongside. `now` decides "open now" and staleness.
 */
export async function loadServices(db: Kysely<DB>, ids: string[], now: Date): Promise<ServiceView[]> {
  if (!ids.length) return [];
  type LocationJson = {
    id: string;
    name: Partial<Localized>;
    street_address: string;
    postal_code: string;
    municipality: string;
    latitude: number | null;
    longitude: number | null;
    transport_note: Partial<Localized>;
    hours: { weekday: number; opens: string; closes: string }[];
  };
  const services = await db
    .selectFrom('service as s')
    .selectAll('s')
    .select([
      sql<LocationJson[]>`coalesce((
        select json_agg(json_build_object(
          'id', l.id, 'name', l.name, 'street_address', l.street_address, 'postal_code', l.postal_code,
          'municipality', l.municipality, 'latitude', l.latitude, 'longitude', l.longitude, 'transport_note', l.transport_note,
          'hours', coalesce((select json_agg(json_build_object('weekday', h.weekday, 'opens', h.opens, 'closes', h.closes) order by h.weekday, h.opens)
                             from service_opening_hours h where h.location_id = l.id), '[]'::json)
        ) order by l.sort, l.id)
        from service_location l where l.service_id = s.id), '[]'::json)`.as('locations_json'),
      sql<number>`(select coalesce(min(stale_months), 12) from servicemap_setting)`.as('stale_months'),
    ])
    .where('s.id', 'in', ids)
    .execute();
  const staleCutoff = minusMonths(helsinkiParts(now).date, services[0]?.stale_months ?? 12);
  const byId = new Map(services.map((s) => [s.id, s]));
  return ids
    .map((id) => byId.get(id))
    .filter((s): s is NonNullable<typeof s> => !!s)
    .map((s) => {
      const locs: LocationView[] = (
        typeof s.locations_json === 'string' ? (JSON.parse(s.locations_json) as LocationJson[]) : s.locations_json
      ).map((l) => {
        const h = l.hours.map((x) => ({ weekday: x.weekday, opens: hhmm(x.opens), closes: hhmm(x.closes) }));
        return {
          id: l.id,
          name: loc(l.name),
          streetAddress: l.street_address,
          postalCode: l.postal_code,
          municipality: l.municipality,
          latitude: l.latitude,
          longitude: l.longitude,
          transportNote: loc(l.transport_note),
          hours: h,
          openNow: isOpenAt(h, now),
        };
      });
      return {
        id: s.id,
        organisationId: s.organisation_id,
        name: loc(s.name),
        shortDescription: loc(s.short_description),
        description: loc(s.description),
        categories: s.categories,
        themes: s.themes,
        targetGroup: loc(s.target_group),
        ageMin: s.age_min,
        ageMax: s.age_max,
        providerName: s.provider_name,
        providerType: s.provider_type,
        referralRequired: s.referral_required,
        freeOfCharge: s.free_of_charge,
        howToAccess: loc(s.how_to_access),
        languages: s.languages,
        accessibility: loc(s.accessibility),
        phone: s.phone,
        email: s.email,
        homepage: s.homepage,
        internalNotes: s.internal_notes,
        professionalContact: s.professional_contact,
        status: s.status,
        lastVerifiedOn: s.last_verified_on,
        verifiedByName: s.verified_by_name,
        locations: locs,
        openNow: locs.some((l) => l.openNow),
        stale: s.status === 'published' && (!s.last_verified_on || s.last_verified_on < staleCutoff),
        version: s.version,
        updatedAt: new Date(s.updated_at).toISOString(),
      };
    });
}

export async function getService(db: Kysely<DB>, id: string, now: Date): Promise<ServiceView | undefined> {
  return (await loadServices(db, [id], now))[0];
}

/** Ids of services in name (or id) order; of the given organisations when they are named. */
export async function serviceIds(
  db: Kysely<DB>,
  opts: { status?: 'published'; organisationIds?: string[]; order?: 'name' | 'id' } = {},
): Promise<string[]> {
  let q = db.selectFrom('service').select('id');
  if (opts.order !== 'id') q = q.orderBy(sql`name->>'fi'`);
  q = q.orderBy('id');
  if (opts.status) q = q.where('status', '=', opts.status);
  if (opts.organisationIds)
    q = q.where('organisation_id', 'in', opts.organisationIds.length ? opts.organisationIds : [NO_ID]);
  return (await q.execute()).map((r) => r.id);
}

export async function versionsOf(db: Kysely<DB>, serviceId: string) {
  const rows = await db
    .selectFrom('service_version')
    .select(['version', 'change', 'changed_by_name', 'changed_at'])
    .where('service_id', '=', serviceId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    change: r.change,
    changedByName: r.changed_by_name,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
}

const flat = (v: Partial<Localized>) => [v.fi, v.sv, v.en].filter(Boolean).join(' ');

/** Everything searchable, lower-case: texts in all languages, labels of categories and themes, places. */
export function buildSearchText(input: ServiceInput, taxonomy: TaxonomyTerm[]): string {
  const labels = taxonomy
    .filter((t) => (t.kind === 'category' ? input.categories : input.themes).includes(t.code))
    .map((t) => flat(t.label));
  return [
    flat(input.name),
    flat(input.shortDescription),
    flat(input.description),
    flat(input.targetGroup),
    input.providerName,
    ...labels,
    ...input.locations.flatMap((l) => [l.streetAddress, l.municipality, flat(l.name)]),
  ]
    .join(' ')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function columns(input: ServiceInput, searchText: string) {
  return {
    name: JSON.stringify(input.name),
    short_description: JSON.stringify(input.shortDescription),
    description: JSON.stringify(input.description),
    categories: input.categories,
    themes: input.themes,
    target_group: JSON.stringify(input.targetGroup),
    age_min: input.ageMin,
    age_max: input.ageMax,
    provider_name: input.providerName,
    provider_type: input.providerType,
    referral_required: input.referralRequired,
    free_of_charge: input.freeOfCharge,
    how_to_access: JSON.stringify(input.howToAccess),
    languages: input.languages,
    accessibility: JSON.stringify(input.accessibility),
    phone: input.phone || null,
    email: input.email || null,
    homepage: input.homepage || null,
    internal_notes: input.internalNotes || null,
    professional_contact: input.professionalContact || null,
    status: input.status,
    last_verified_on: input.lastVerifiedOn,
    municipalities: [...new Set(input.locations.map((l) => l.municipality))],
    search_text: searchText,
  };
}

async function writeLocations(trx: Kysely<DB>, serviceId: string, input: ServiceInput) {
  await trx.deleteFrom('service_location').where('service_id', '=', serviceId).execute();
  let sort = 0;
  for (const l of input.locations) {
    const row = await trx
      .insertInto('service_location')
      .values({
        ...(l.id ? { id: l.id } : {}),
        service_id: serviceId,
        name: JSON.stringify(l.name),
        street_address: l.streetAddress,
        postal_code: l.postalCode,
        municipality: l.municipality,
        latitude: l.latitude,
        longitude: l.longitude,
        transport_note: JSON.stringify(l.transportNote),
        sort: sort++,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (l.hours.length) {
      await trx
        .insertInto('service_opening_hours')
        .values(l.hours.map((h) => ({ location_id: row.id, weekday: h.weekday, opens: h.opens, closes: h.closes })))
        .execute();
    }
  }
}

async function recordVersion(trx: Kysely<DB>, id: string, change: string, editor: Editor, now: Date) {
  const s = (await loadServices(trx, [id], now))[0];
  await trx
    .insertInto('service_version')
    .values({
      service_id: id,
      version: s.version,
      change,
      snapshot: JSON.stringify(toInput(s)),
      changed_by: editor.id,
      changed_by_name: editor.name,
    })
    .execute();
  return s;
}

export interface WriteOptions {
  editor: Editor;
  /** What the version history says of the change: create, update, verify, import, suggestion … */
  change: string;
  taxonomy: TaxonomyTerm[];
  now: Date;
}

/** Inserts a service (optionally with a given id, for imports), its locations and its first version. */
export async function insertService(
  trx: Kysely<DB>,
  input: ServiceInput,
  opts: WriteOptions & { organisationId: string; id?: string },
): Promise<ServiceView> {
  const row = await trx
    .insertInto('service')
    .values({
      ...(opts.id ? { id: opts.id } : {}),
      organisation_id: opts.organisationId,
      ...columns(input, buildSearchText(input, opts.taxonomy)),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeLocations(trx, row.id, input);
  return recordVersion(trx, row.id, opts.change, opts.editor, opts.now);
}

/**
 * Replaces a service's content if `version` is current (the one versioned update: a stale version
 * is a conflict, a missing service is gone), with its locations, and records the new version.
 */
export async function replaceService(
  trx: Kysely<DB>,
  key: { id: string; version: number },
  input: ServiceInput,
  opts: WriteOptions & { also?: Pick<Updateable<ServiceTable>, 'verified_by' | 'verified_by_name'> },
): Promise<ServiceView> {
  await updateVersioned(trx, 'service', key, {
    ...columns(input, buildSearchText(input, opts.taxonomy)),
    ...opts.also,
  });
  await writeLocations(trx, key.id, input);
  return recordVersion(trx, key.id, opts.change, opts.editor, opts.now);
}
