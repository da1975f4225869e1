// Search (full text + prefix + trigram): every word of the query is looked for as a substring of the
// service's `search_words`, itself and its Finnish and Swedish stems, so compounds are found
// ("päihde" finds "Päihdeklinikka"). Work is bounded by a candidate limit. "Open now" and staleness
// are decided at the instant the caller passes (the app's clock).
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { Lang } from '../../../shared/i18n.js';
import type { ServiceStatus } from '../../../shared/contracts/servicemap/common.js';
import { loadServices } from '../services/queries.js';
import { helsinkiParts, minusMonths } from '../services/time.js';
import { staleMonths } from '../settings/queries.js';

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
  /** Staff: the services of these organisations (those where the user works). */
  organisationIds?: string[];
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
  if (f.organisationIds) {
    where.push(
      f.organisationIds.length
        ? sql<SqlBool>`s.organisation_id in (${sql.join(f.organisationIds)})`
        : sql<SqlBool>`false`,
    );
  }
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
  /** The instant of the search: "open now" and staleness are decided at it. */
  now: Date;
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
  const now = opts.now;
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
    now,
  );
  return { total: capped ? searchLimits.candidates : total, capped, services };
}

const arr = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean);

/** The filters of a search query (API or page). */
export function filtersFrom(q: {
  q?: string;
  category?: string | string[];
  theme?: string | string[];
  municipality?: string;
  language?: string;
  open?: string;
  status?: ServiceStatus | 'all' | '';
  stale?: string;
}): SearchFilters {
  return {
    q: q.q,
    categories: arr(q.category),
    themes: arr(q.theme),
    municipality: q.municipality || undefined,
    language: q.language || undefined,
    openNow: q.open === '1' || q.open === 'true',
    status: q.status ? q.status : undefined,
    stale: q.stale === '1' || q.stale === 'true',
  };
}
