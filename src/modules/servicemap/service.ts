// Service map data: search (full text + prefix + trigram), reading with locations and weekly hours,
// versioned writes. Opening hours are Finnish local time; "open now" uses `clock` so tests can fix it.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/types.js';
import { errors } from '../../server/errors.js';
import type { Lang, Localized } from '../../shared/i18n.js';
import type { ServiceInput } from './schemas.js';
import type { ProviderType, ServiceStatus } from '../../db/tables/servicemap.js';

/** The time source for "open now" and staleness; tests replace `now`. */
export const clock = { now: () => new Date() };

const HELSINKI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Weekday (ISO, 1 = Monday), 'HH:MM:SS' and 'YYYY-MM-DD' in Finland at the given instant. */
export function helsinkiParts(at: Date): { weekday: number; time: string; date: string } {
  const p = Object.fromEntries(HELSINKI.formatToParts(at).map((x) => [x.type, x.value]));
  return {
    weekday: WEEKDAYS[p.weekday],
    time: `${p.hour}:${p.minute}:${p.second}`,
    date: `${p.year}-${p.month}-${p.day}`,
  };
}

export interface Hours {
  weekday: number;
  opens: string;
  closes: string;
}

export function isOpenAt(hours: Hours[], at: Date): boolean {
  const { weekday, time } = helsinkiParts(at);
  return hours.some((h) => h.weekday === weekday && normTime(h.opens) <= time && time < normTime(h.closes));
}

/** '8:00', '08:00' or '08:00:00' → '08:00:00' ('24:00' stays past every time of day). */
function normTime(t: string): string {
  const [h, m = '00', s = '00'] = t.split(':');
  return `${h.padStart(2, '0')}:${m}:${s}`;
}
const hhmm = (t: string) => t.slice(0, 5);

/** 'YYYY-MM-DD' minus whole months (day clamped to the month's end). */
export function minusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export const loc = (v: Partial<Localized> | null | undefined): Localized => ({
  fi: v?.fi ?? '',
  sv: v?.sv ?? '',
  en: v?.en ?? '',
});
/** The text in the wanted language, falling back to Finnish. */
export const pick = (v: Partial<Localized> | null | undefined, lang: Lang): string => v?.[lang] || v?.fi || '';

// ---------------------------------------------------------------------------------------------
// Taxonomy and settings

export interface TaxonomyTerm {
  kind: 'category' | 'theme';
  code: string;
  label: Localized;
}

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

export async function staleMonths(db: Kysely<DB>, organisationId?: string): Promise<number> {
  let q = db.selectFrom('servicemap_setting').select('stale_months');
  if (organisationId) q = q.where('organisation_id', '=', organisationId);
  const row = await q.orderBy('stale_months').executeTakeFirst();
  return row?.stale_months ?? 12;
}

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

// ---------------------------------------------------------------------------------------------
// Search

export interface SearchFilters {
  q?: string;
  categories?: string[];
  themes?: string[];
  municipality?: string;
  language?: string;
  openNow?: boolean;
  /** Staff only: which statuses; public search always sees published services only. */
  status?: ServiceStatus | 'all';
  /** Staff only: not verified within the stale period. */
  stale?: boolean;
  /** Theme maps: an explicit selection. */
  ids?: string[];
}

/** Words of a query, lower-case letters and digits only (safe inside to_tsquery). */
export function queryTokens(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((t) => t.length >= 2)
    .slice(0, 6);
}

const stemCache = new Map<string, string[]>();

/**
 * For each query word, the substrings to look for in `search_words`: the word itself (finds
 * "päihde" inside "päihdeklinikka") and its Finnish and Swedish stems ("nuorisotilat" →
 * "nuorisotil", "missbruksklinik" → its Swedish stem). A pattern that contains another one is
 * dropped, since the shorter already finds it. Stems are cached: stemming is deterministic.
 */
export async function queryPatterns(db: Kysely<DB>, tokens: string[]): Promise<string[][]> {
  const missing = tokens.filter((t) => !stemCache.has(t));
  if (missing.length) {
    const rows = await sql<{ t: string; fi: string[] | null; sv: string[] | null }>`
      select t, tsvector_to_array(to_tsvector('finnish', t)) as fi, tsvector_to_array(to_tsvector('swedish', t)) as sv
      from unnest(array[${sql.join(missing)}]::text[]) as t`.execute(db);
    if (stemCache.size > 5000) stemCache.clear();
    for (const r of rows.rows) stemCache.set(r.t, [...(r.fi ?? []), ...(r.sv ?? [])]);
  }
  return tokens.map((t) => {
    const all = [...new Set([t, ...(stemCache.get(t) ?? [])])].filter((x) => x.length > 0);
    return all.filter((p) => !all.some((q) => q !== p && p.includes(q)));
  });
}

/**
 * The search condition for one word: any of its patterns as a substring of `search_words`. All
 * patterns use the one trigram index (a bitmap OR), so a search reads only the matching rows.
 */
export function tokenCondition(patterns: string[]): Expression<SqlBool> {
  return sql<SqlBool>`(${sql.join(
    patterns.map((p) => sql`s.search_words like ${`%${p}%`}`),
    sql` or `,
  )})`;
}

function conditions(
  f: SearchFilters,
  ctx: { public: boolean; now: Date; staleCutoff: string; patterns: string[][] },
): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (ctx.public) where.push(sql<SqlBool>`s.status = 'published'`);
  else if (f.status && f.status !== 'all') where.push(sql<SqlBool>`s.status = ${f.status}`);
  else if (!f.status) where.push(sql<SqlBool>`s.status <> 'retired'`);
  for (const patterns of ctx.patterns) where.push(tokenCondition(patterns));
  if (f.categories?.length) where.push(sql<SqlBool>`s.categories && array[${sql.join(f.categories)}]::text[]`);
  if (f.themes?.length) where.push(sql<SqlBool>`s.themes && array[${sql.join(f.themes)}]::text[]`);
  if (f.municipality) where.push(sql<SqlBool>`s.municipalities @> array[${f.municipality}]::text[]`);
  if (f.language) where.push(sql<SqlBool>`s.languages @> array[${f.language}]::text[]`);
  if (f.ids) where.push(f.ids.length ? sql<SqlBool>`s.id in (${sql.join(f.ids)})` : sql<SqlBool>`false`);
  if (f.openNow) {
    const { weekday, time } = helsinkiParts(ctx.now);
    where.push(sql<SqlBool>`exists (select 1 from service_location l join service_opening_hours h on h.location_id = l.id
      where l.service_id = s.id and h.weekday = ${weekday} and h.opens <= ${time}::time and h.closes > ${time}::time)`);
  }
  if (f.stale) {
    where.push(
      sql<SqlBool>`(s.status = 'published' and (s.last_verified_on is null or s.last_verified_on < ${ctx.staleCutoff}::date))`,
    );
  }
  return where;
}

export interface SearchOptions {
  public: boolean;
  lang: Lang;
  limit: number;
  offset: number;
}

/** How many matches a free-text search ranks at most; past it the total is shown as "over 1000" (tests lower it). */
export const searchLimits = { candidates: 1000 };

/**
 * One page of matching ids with the total in the same query. Work is bounded: a free-text search
 * takes at most `searchLimits.candidates` matching rows (a broad word like "työ" matches half of 20,000
 * services), then ranks only those cheaply — services whose name in the user's language holds more
 * of the words first, then by name — from stored columns, no per-row text-search ranking. Without
 * words the order is simply by name (indexed) and the count is bounded the same way.
 */
export function searchIdsQuery(
  db: Kysely<DB>,
  where: Expression<SqlBool>[],
  patterns: string[][],
  opts: Pick<SearchOptions, 'lang' | 'limit' | 'offset'>,
) {
  const name = sql.ref(`s.sort_${opts.lang}`);
  const hits = patterns.length
    ? sql<number>`${sql.join(
        patterns.map(
          (ps) =>
            sql`(${sql.join(
              ps.map((p) => sql`lower(${name}) like ${`%${p}%`}`),
              sql` or `,
            )})::int`,
        ),
        sql` + `,
      )}`
    : sql<number>`0`;
  let candidates = db.selectFrom('service as s').select(['s.id', name.as('name'), hits.as('hits')]);
  for (const w of where) candidates = candidates.where(w);
  if (patterns.length) {
    return db
      .with('c', () => candidates.limit(searchLimits.candidates + 1))
      .selectFrom('c')
      .select(['c.id', sql<string>`count(*) over ()`.as('total')])
      .orderBy('c.hits', 'desc')
      .orderBy('c.name')
      .orderBy('c.id')
      .limit(opts.limit)
      .offset(opts.offset);
  }
  let counted = db.selectFrom('service as s').select(sql<number>`1`.as('one'));
  for (const w of where) counted = counted.where(w);
  return candidates
    .select(sql<string>`(select count(*) from (${counted.limit(searchLimits.candidates + 1)}) m)`.as('total'))
    .orderBy(name)
    .orderBy('s.id')
    .limit(opts.limit)
    .offset(opts.offset);
}

export async function searchServices(db: Kysely<DB>, f: SearchFilters, opts: SearchOptions & { exactTotal?: boolean }) {
  const now = clock.now();
  // The stale period is read only when the stale filter needs it (loadServices reads it with the rows).
  const staleCutoff = f.stale ? minusMonths(helsinkiParts(now).date, await staleMonths(db)) : '';
  const patterns = await queryPatterns(db, queryTokens(f.q));
  const where = conditions(f, { public: opts.public, now, staleCutoff, patterns });
  const ids = await searchIdsQuery(db, where, patterns, opts).execute();
  let total = ids.length ? Number(ids[0].total) : 0;
  if (opts.exactTotal || (!ids.length && opts.offset > 0)) {
    // HSDS paging needs the exact number; past the last page the pager still needs one too.
    let count = db.selectFrom('service as s').select((eb) => eb.fn.countAll<number>().as('n'));
    for (const w of where) count = count.where(w);
    total = Number((await count.executeTakeFirstOrThrow()).n);
  }
  const capped = !opts.exactTotal && total > searchLimits.candidates;
  // The extra candidate only tells that there are more; the list shows at most the limit.
  const shown = capped ? ids.slice(0, Math.max(0, searchLimits.candidates - opts.offset)) : ids;
  const services = await loadServices(
    db,
    shown.map((r) => r.id),
    { now },
  );
  return { total: capped ? searchLimits.candidates : total, capped, services };
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface LocationView {
  id: string;
  name: Localized;
  streetAddress: string;
  postalCode: string;
  municipality: string;
  latitude: number | null;
  longitude: number | null;
  transportNote: Localized;
  hours: Hours[];
  openNow: boolean;
}

export interface ServiceView {
  id: string;
  organisationId: string;
  name: Localized;
  shortDescription: Localized;
  description: Localized;
  categories: string[];
  themes: string[];
  targetGroup: Localized;
  ageMin: number | null;
  ageMax: number | null;
  providerName: string;
  providerType: ProviderType;
  referralRequired: boolean;
  freeOfCharge: boolean;
  howToAccess: Localized;
  languages: string[];
  accessibility: Localized;
  phone: string | null;
  email: string | null;
  homepage: string | null;
  internalNotes: string | null;
  professionalContact: string | null;
  status: ServiceStatus;
  lastVerifiedOn: string | null;
  verifiedByName: string | null;
  locations: LocationView[];
  openNow: boolean;
  stale: boolean;
  version: number;
  updatedAt: string;
}

/**
 * Loads full services in the order of `ids`: one query, locations and weekly hours aggregated as
 * JSON, the stale period read alongside.
 */
export async function loadServices(db: Kysely<DB>, ids: string[], ctx?: { now: Date }): Promise<ServiceView[]> {
  if (!ids.length) return [];
  const now = ctx?.now ?? clock.now();
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

export async function getService(db: Kysely<DB>, id: string): Promise<ServiceView | undefined> {
  return (await loadServices(db, [id]))[0];
}

/** What the public may see of a service: no internal notes, no status bookkeeping. */
export function publicView(s: ServiceView) {
  return {
    id: s.id,
    name: s.name,
    shortDescription: s.shortDescription,
    description: s.description,
    categories: s.categories,
    themes: s.themes,
    targetGroup: s.targetGroup,
    ageMin: s.ageMin,
    ageMax: s.ageMax,
    providerName: s.providerName,
    providerType: s.providerType,
    referralRequired: s.referralRequired,
    freeOfCharge: s.freeOfCharge,
    howToAccess: s.howToAccess,
    languages: s.languages,
    accessibility: s.accessibility,
    phone: s.phone,
    email: s.email,
    homepage: s.homepage,
    lastVerifiedOn: s.lastVerifiedOn,
    locations: s.locations,
    openNow: s.openNow,
  };
}

export function staffView(s: ServiceView) {
  const { organisationId: _org, ...rest } = s;
  return rest;
}

/** The service as an input (for edits that change one thing, imports, and version snapshots). */
export function toInput(s: ServiceView): ServiceInput {
  return {
    name: s.name,
    shortDescription: s.shortDescription,
    description: s.description,
    categories: s.categories,
    themes: s.themes,
    targetGroup: s.targetGroup,
    ageMin: s.ageMin,
    ageMax: s.ageMax,
    providerName: s.providerName,
    providerType: s.providerType,
    referralRequired: s.referralRequired,
    freeOfCharge: s.freeOfCharge,
    howToAccess: s.howToAccess,
    languages: s.languages,
    accessibility: s.accessibility,
    phone: s.phone,
    email: s.email,
    homepage: s.homepage,
    internalNotes: s.internalNotes,
    professionalContact: s.professionalContact,
    status: s.status,
    lastVerifiedOn: s.lastVerifiedOn,
    locations: s.locations.map((l) => ({
      id: l.id,
      name: l.name,
      streetAddress: l.streetAddress,
      postalCode: l.postalCode,
      municipality: l.municipality,
      latitude: l.latitude,
      longitude: l.longitude,
      transportNote: l.transportNote,
      hours: l.hours,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

export interface Editor {
  id: string | null;
  name: string | null;
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

/** Categories and themes must exist; the Zod schema cannot know them. */
export function checkTaxonomy(input: ServiceInput, taxonomy: TaxonomyTerm[]) {
  for (const [field, kind] of [
    ['categories', 'category'],
    ['themes', 'theme'],
  ] as const) {
    input[field].forEach((c, i) => {
      if (!taxonomy.some((t) => t.kind === kind && t.code === c)) {
        throw errors.field(`${field}.${i}`, { fi: 'Tuntematon valinta.', sv: 'Okänt val.', en: 'Unknown option.' });
      }
    });
  }
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

async function recordVersion(trx: Kysely<DB>, id: string, change: string, editor: Editor) {
  const view = await loadServices(trx, [id]);
  const s = view[0];
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

/** Creates a service (optionally with a given id, for imports) and its first version. Run in a transaction. */
export async function createService(
  trx: Kysely<DB>,
  input: ServiceInput,
  opts: { organisationId: string; editor: Editor; change: string; taxonomy: TaxonomyTerm[]; id?: string },
): Promise<ServiceView> {
  checkTaxonomy(input, opts.taxonomy);
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
  return recordVersion(trx, row.id, opts.change, opts.editor);
}

/** Replaces a service's content if `version` is current (409 otherwise). Run in a transaction. */
export async function updateService(
  trx: Kysely<DB>,
  id: string,
  input: ServiceInput,
  opts: { version: number | null; editor: Editor; change: string; taxonomy: TaxonomyTerm[] },
): Promise<ServiceView> {
  checkTaxonomy(input, opts.taxonomy);
  let q = trx
    .updateTable('service')
    .set({
      ...columns(input, buildSearchText(input, opts.taxonomy)),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id);
  if (opts.version !== null) q = q.where('version', '=', opts.version);
  const updated = await q.returning('id').executeTakeFirst();
  if (!updated) {
    const exists = await trx.selectFrom('service').select('id').where('id', '=', id).executeTakeFirst();
    throw exists ? errors.conflict() : errors.notFound();
  }
  await writeLocations(trx, id, input);
  return recordVersion(trx, id, opts.change, opts.editor);
}

/** Marks a service checked today by the editor. */
export async function verifyService(
  trx: Kysely<DB>,
  id: string,
  version: number,
  editor: Editor,
  taxonomy: TaxonomyTerm[],
) {
  const current = await getService(trx, id);
  if (!current) throw errors.notFound();
  const input = { ...toInput(current), lastVerifiedOn: helsinkiParts(clock.now()).date };
  const view = await updateService(trx, id, input, { version, editor, change: 'verify', taxonomy });
  await trx
    .updateTable('service')
    .set({ verified_by: editor.id, verified_by_name: editor.name })
    .where('id', '=', id)
    .execute();
  return { ...view, verifiedByName: editor.name };
}
