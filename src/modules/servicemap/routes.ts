// Service map API: public JSON search, the workers' search with internal notes, the updater's
// edits (versioned, with optimistic concurrency), moderation of public suggestions, theme maps,
// settings, Open Referral HSDS 3.0 export/import and CSV. Public HTML pages are in public.ts.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/types.js';
import { audit } from '../../server/audit/audit.js';
import { errors, type FieldError } from '../../server/errors.js';
import type { App } from '../../server/types.js';
import { registerMyWorkProvider } from '../client-work/index.js';
import { csvExport, csvImport } from './csv.js';
import { fromHsds, toHsds } from './hsds/mapping.js';
import { validateHsdsService } from './hsds/validate.js';
import { rateLimits } from './limits.js';
import servicemapPublicPages from './public.js';
import {
  publicService,
  searchQuery,
  serviceInput,
  staffSearchQuery,
  staffService,
  suggestionInput,
  themeMapInput,
  type ServiceInput,
} from './schemas.js';
import {
  clock,
  createService,
  getService,
  helsinkiParts,
  loadServices,
  loadTaxonomy,
  minusMonths,
  municipalities,
  publicView,
  searchServices,
  staffView,
  staleMonths,
  updateService,
  verifyService,
  type Editor,
  type SearchFilters,
} from './service.js';
import { storeSuggestion } from './suggestions.js';
import themeMapPages from './themes.js';

const idParam = z.object({ id: z.uuid() });
const arr = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean);
const localizedOut = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const taxonomyOut = z.array(z.object({ kind: z.enum(['category', 'theme']), code: z.string(), label: localizedOut }));

function filtersFrom(q: z.infer<typeof staffSearchQuery>): SearchFilters {
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

function editorOf(request: import('fastify').FastifyRequest): Editor {
  return { id: request.user?.id ?? null, name: request.user?.displayName ?? null };
}

/** The organisation of the user's first unit where the action is allowed (new services belong to it). */
async function organisationOf(db: Kysely<DB>, unitIds: string[]): Promise<string> {
  const row = await db
    .selectFrom('unit')
    .select('organisation_id')
    .where('id', 'in', unitIds.length ? unitIds : ['00000000-0000-0000-0000-000000000000'])
    .executeTakeFirst();
  if (!row) throw errors.forbidden();
  return row.organisation_id;
}

/** Zod issues → the API's field errors (for inputs parsed inside a handler, e.g. imports). */
function zodFields(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((i) => {
    const p = [prefix, ...i.path.map(String)].filter(Boolean).join('.');
    let message = { fi: 'Virheellinen arvo.', sv: 'Ogiltigt värde.', en: 'Invalid value.' };
    if (i.message.startsWith('{"fi"')) {
      try {
        message = JSON.parse(i.message);
      } catch {
        /* keep the generic text */
      }
    } else if (i.code === 'invalid_type' && /undefined/.test(i.message)) {
      message = { fi: 'Pakollinen tieto puuttuu.', sv: 'Obligatorisk uppgift saknas.', en: 'Required.' };
    }
    return { path: p, message };
  });
}

const suggestionOut = z.object({
  id: z.string(),
  kind: z.enum(['new', 'correction']),
  serviceId: z.string().nullable(),
  serviceName: z.string().nullable(),
  name: z.string(),
  description: z.string(),
  streetAddress: z.string(),
  municipality: z.string(),
  contact: z.string(),
  homepage: z.string(),
  message: z.string(),
  hasEmail: z.boolean(),
  lang: z.string(),
  status: z.enum(['pending', 'approved', 'rejected']),
  handledAt: z.string().nullable(),
  handlerNote: z.string().nullable(),
  resultServiceId: z.string().nullable(),
  createdAt: z.string(),
});

async function listSuggestions(db: Kysely<DB>, status: 'pending' | 'approved' | 'rejected', id?: string) {
  let q = db
    .selectFrom('service_suggestion as g')
    .leftJoin('service as s', 's.id', 'g.service_id')
    .select([
      'g.id',
      'g.kind',
      'g.service_id',
      sql<string | null>`s.name->>'fi'`.as('service_name'),
      'g.name',
      'g.description',
      'g.street_address',
      'g.municipality',
      'g.contact',
      'g.homepage',
      'g.message',
      sql<boolean>`g.email is not null`.as('has_email'),
      'g.lang',
      'g.status',
      'g.handled_at',
      'g.handler_note',
      'g.result_service_id',
      'g.created_at',
    ]);
  q = id ? q.where('g.id', '=', id) : q.where('g.status', '=', status);
  const rows = await q.orderBy('g.created_at').limit(200).execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    serviceId: r.service_id,
    serviceName: r.service_name,
    name: r.name,
    description: r.description,
    streetAddress: r.street_address,
    municipality: r.municipality,
    contact: r.contact,
    homepage: r.homepage,
    message: r.message,
    hasEmail: r.has_email,
    lang: r.lang,
    status: r.status,
    handledAt: r.handled_at ? new Date(r.handled_at).toISOString() : null,
    handlerNote: r.handler_note,
    resultServiceId: r.result_service_id,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** A draft service input from a public suggestion of a new service (the updater may pass a full one). */
function inputFromSuggestion(g: {
  name: string;
  description: string;
  street_address: string;
  municipality: string;
  contact: string;
  homepage: string;
}): unknown {
  const email = g.contact.match(/[^\s@]+@[^\s@]+\.[^\s@]+/)?.[0] ?? null;
  const phone = email ? null : g.contact.trim() || null;
  return {
    name: { fi: g.name },
    description: { fi: g.description },
    providerName: g.name,
    providerType: 'ngo',
    phone,
    email,
    homepage: /^https?:\/\//.test(g.homepage) ? g.homepage : null,
    status: 'published',
    lastVerifiedOn: helsinkiParts(clock.now()).date,
    locations:
      g.street_address && g.municipality ? [{ streetAddress: g.street_address, municipality: g.municipality }] : [],
  };
}

// Stale services for updaters on My work.
registerMyWorkProvider('servicemap', async ({ db, user }) => {
  const units = user.roles.filter((r) => r.role === 'esihenkilo' || r.role === 'yllapitaja').map((r) => r.unitId);
  if (!units.length) return [];
  const months = await staleMonths(db);
  const cutoff = minusMonths(helsinkiParts(clock.now()).date, months);
  const rows = await db
    .selectFrom('service')
    .select(['id', 'name', 'last_verified_on'])
    .where('status', '=', 'published')
    .where((eb) => eb.or([eb('last_verified_on', 'is', null), eb('last_verified_on', '<', cutoff)]))
    .orderBy('last_verified_on')
    .limit(50)
    .execute();
  return rows.map((r) => {
    const name = r.name.fi ?? '';
    return {
      kind: 'servicemap.verify',
      title: {
        fi: `Tarkista palvelun tiedot: ${name}`,
        sv: `Kontrollera tjänstens uppgifter: ${r.name.sv || name}`,
        en: `Check the service details: ${r.name.en || name}`,
      },
      dueDate: r.last_verified_on ? minusMonths(r.last_verified_on, -months) : null,
      clientId: null,
      clientName: null,
      unitId: units[0],
      link: `/app/services/${r.id}`,
    };
  });
});

export default async function servicemapRoutes(app: App) {
  const db = app.db;
  const publicConfig = { action: 'servicemap.public.read' as const, rateLimit: rateLimits.page };

  // ---------------- public JSON ----------------
  app.get(
    '/api/public/services',
    {
      config: publicConfig,
      schema: {
        tags: ['servicemap'],
        summary: 'Search published services (free text with Finnish/Swedish stemming, prefix and trigram; filters)',
        querystring: searchQuery,
        response: { 200: z.object({ total: z.number(), page: z.number(), services: z.array(publicService) }) },
      },
    },
    async (request) => {
      const q = request.query;
      const { total, services } = await searchServices(db, filtersFrom({ ...q, status: undefined, stale: undefined }), {
        public: true,
        lang: request.lang,
        limit: q.limit,
        offset: (q.page - 1) * q.limit,
      });
      return { total, page: q.page, services: services.map(publicView) };
    },
  );

  app.get(
    '/api/public/services/meta',
    {
      config: publicConfig,
      schema: {
        tags: ['servicemap'],
        summary: 'Categories, themes and municipalities for search filters',
        response: { 200: z.object({ taxonomy: taxonomyOut, municipalities: z.array(z.string()) }) },
      },
    },
    async () => ({ taxonomy: await loadTaxonomy(db), municipalities: await municipalities(db) }),
  );

  app.get(
    '/api/public/services/:id',
    {
      config: publicConfig,
      schema: {
        tags: ['servicemap'],
        summary: 'One published service',
        params: idParam,
        response: { 200: z.object({ service: publicService }) },
      },
    },
    async (request) => {
      const s = await getService(db, request.params.id);
      if (!s || s.status !== 'published') throw errors.notFound();
      return { service: publicView(s) };
    },
  );

  app.post(
    '/api/public/services/suggestions',
    {
      config: { action: 'servicemap.suggestion.submit', rateLimit: rateLimits.suggest },
      schema: {
        tags: ['servicemap'],
        summary: 'Suggest a new service or a correction (moderated; not public until approved)',
        body: suggestionInput,
        response: { 202: z.object({ received: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await storeSuggestion(db, request.body, request.lang);
      return reply.status(202).send({ received: true });
    },
  );

  // ---------------- staff: search and read ----------------
  app.get(
    '/api/services',
    {
      config: { action: 'servicemap.read' },
      schema: {
        tags: ['servicemap'],
        summary: 'Workers’ search: with internal notes, drafts, staleness filter',
        querystring: staffSearchQuery,
        response: { 200: z.object({ total: z.number(), page: z.number(), services: z.array(staffService) }) },
      },
    },
    async (request) => {
      const q = request.query;
      const { total, services } = await searchServices(db, filtersFrom(q), {
        public: false,
        lang: request.lang,
        limit: q.limit,
        offset: (q.page - 1) * q.limit,
      });
      return { total, page: q.page, services: services.map(staffView) };
    },
  );

  app.get(
    '/api/services/meta',
    {
      config: { action: 'servicemap.read' },
      schema: {
        tags: ['servicemap'],
        summary: 'Filters and settings for the worker view',
        response: {
          200: z.object({
            taxonomy: taxonomyOut,
            municipalities: z.array(z.string()),
            staleMonths: z.number(),
            tileUrl: z.string(),
          }),
        },
      },
    },
    async () => ({
      taxonomy: await loadTaxonomy(db),
      municipalities: await municipalities(db),
      staleMonths: await staleMonths(db),
      tileUrl: app.config.tileUrl,
    }),
  );

  app.get(
    '/api/services/:id',
    {
      config: { action: 'servicemap.read' },
      schema: {
        tags: ['servicemap'],
        summary: 'One service with internal notes',
        params: idParam,
        response: { 200: z.object({ service: staffService }) },
      },
    },
    async (request) => {
      const s = await getService(db, request.params.id);
      if (!s) throw errors.notFound();
      return { service: staffView(s) };
    },
  );

  app.get(
    '/api/services/:id/versions',
    {
      config: { action: 'servicemap.read' },
      schema: {
        tags: ['servicemap'],
        summary: 'Version history of a service (who changed it and when)',
        params: idParam,
        response: {
          200: z.object({
            versions: z.array(
              z.object({
                version: z.number(),
                change: z.string(),
                changedByName: z.string().nullable(),
                changedAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const rows = await db
        .selectFrom('service_version')
        .select(['version', 'change', 'changed_by_name', 'changed_at'])
        .where('service_id', '=', request.params.id)
        .orderBy('version', 'desc')
        .execute();
      return {
        versions: rows.map((r) => ({
          version: r.version,
          change: r.change,
          changedByName: r.changed_by_name,
          changedAt: new Date(r.changed_at).toISOString(),
        })),
      };
    },
  );

  // ---------------- updater: write ----------------
  app.post(
    '/api/services',
    {
      config: { action: 'servicemap.manage' },
      schema: {
        tags: ['servicemap'],
        summary: 'Create a service',
        body: serviceInput,
        response: { 201: z.object({ service: staffService }) },
      },
    },
    async (request, reply) => {
      const organisationId = await organisationOf(db, request.access.unitIds);
      const taxonomy = await loadTaxonomy(db);
      const s = await db.transaction().execute(async (trx) => {
        const created = await createService(trx, request.body, {
          organisationId,
          editor: editorOf(request),
          change: 'create',
          taxonomy,
        });
        await audit(trx, {
          actor: request.actor(),
          action: 'servicemap.service.create',
          subjectType: 'service',
          subjectId: created.id,
          purpose: 'palvelukartan ylläpito',
        });
        return created;
      });
      return reply.status(201).send({ service: staffView(s) });
    },
  );

  app.put(
    '/api/services/:id',
    {
      config: { action: 'servicemap.manage' },
      schema: {
        tags: ['servicemap'],
        summary: 'Edit a service (version check; status retired = retire)',
        params: idParam,
        body: z.intersection(serviceInput, z.object({ version: z.number().int() })),
        response: { 200: z.object({ service: staffService }) },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      const taxonomy = await loadTaxonomy(db);
      const s = await db.transaction().execute(async (trx) => {
        const before = await getService(trx, request.params.id);
        const change =
          before && before.status !== input.status
            ? input.status === 'retired'
              ? 'retire'
              : input.status === 'published'
                ? 'publish'
                : 'update'
            : 'update';
        const updated = await updateService(trx, request.params.id, input as ServiceInput, {
          version,
          editor: editorOf(request),
          change,
          taxonomy,
        });
        await audit(trx, {
          actor: request.actor(),
          action: `servicemap.service.${change}`,
          subjectType: 'service',
          subjectId: updated.id,
          purpose: 'palvelukartan ylläpito',
        });
        return updated;
      });
      return { service: staffView(s) };
    },
  );

  app.post(
    '/api/services/:id/verify',
    {
      config: { action: 'servicemap.manage' },
      schema: {
        tags: ['servicemap'],
        summary: 'Mark the details checked today',
        params: idParam,
        body: z.object({ version: z.number().int() }),
        response: { 200: z.object({ service: staffService }) },
      },
    },
    async (request) => {
      const taxonomy = await loadTaxonomy(db);
      const s = await db.transaction().execute(async (trx) => {
        const v = await verifyService(trx, request.params.id, request.body.version, editorOf(request), taxonomy);
        await audit(trx, {
          actor: request.actor(),
          action: 'servicemap.service.verify',
          subjectType: 'service',
          subjectId: v.id,
          purpose: 'palvelukartan ylläpito',
        });
        return v;
      });
      return { service: staffView(s) };
    },
  );

  app.put(
    '/api/services/settings',
    {
      config: { action: 'servicemap.manage' },
      schema: {
        tags: ['servicemap'],
        summary: 'Staleness period in months (default 12)',
        body: z.object({ staleMonths: z.number().int().min(1).max(60) }),
        response: { 200: z.object({ staleMonths: z.number() }) },
      },
    },
    async (request) => {
      const organisationId = await organisationOf(db, request.access.unitIds);
      await db
        .insertInto('servicemap_setting')
        .values({ organisation_id: organisationId, stale_months: request.body.staleMonths })
        .onConflict((oc) =>
          oc
            .column('organisation_id')
            .doUpdateSet({ stale_months: request.body.staleMonths, version: sql`servicemap_setting.version + 1` }),
        )
        .execute();
      return { staleMonths: request.body.staleMonths };
    },
  );

  // ---------------- moderation ----------------
  app.get(
    '/api/services/suggestions',
    {
      config: { action: 'servicemap.moderate' },
      schema: {
        tags: ['servicemap'],
        summary: 'Moderation queue of public suggestions',
        querystring: z.object({ status: z.enum(['pending', 'approved', 'rejected']).default('pending') }),
        response: { 200: z.object({ suggestions: z.array(suggestionOut) }) },
      },
    },
    async (request) => ({ suggestions: await listSuggestions(db, request.query.status) }),
  );

  const handled = z.object({
    suggestion: suggestionOut,
    service: staffService.nullable(),
    tellSuggester: z.object({ email: z.string(), lang: z.string() }).nullable(),
  });

  app.post(
    '/api/services/suggestions/:id/approve',
    {
      config: { action: 'servicemap.moderate' },
      schema: {
        tags: ['servicemap'],
        summary: 'Approve a suggestion: a new service is published (optionally as edited), a correction applied',
        params: idParam,
        body: z.object({
          service: z.unknown().optional(),
          version: z.number().int().optional(),
          note: z.string().trim().max(1000).optional(),
        }),
        response: { 200: handled },
      },
    },
    async (request) => {
      const organisationId = await organisationOf(db, request.access.unitIds);
      const taxonomy = await loadTaxonomy(db);
      const result = await db.transaction().execute(async (trx) => {
        const g = await trx
          .selectFrom('service_suggestion')
          .selectAll()
          .where('id', '=', request.params.id)
          .forUpdate()
          .executeTakeFirst();
        if (!g) throw errors.notFound();
        if (g.status !== 'pending') throw errors.conflict();
        let service = null;
        if (g.kind === 'new' || request.body.service !== undefined) {
          const parsed = serviceInput.safeParse(request.body.service ?? inputFromSuggestion(g));
          if (!parsed.success) throw errors.validation(zodFields(parsed.error, 'service'));
          if (g.kind === 'correction' && g.service_id) {
            if (request.body.version === undefined)
              throw errors.field('version', {
                fi: 'Versio puuttuu.',
                sv: 'Version saknas.',
                en: 'Version is missing.',
              });
            service = await updateService(trx, g.service_id, parsed.data, {
              version: request.body.version,
              editor: editorOf(request),
              change: 'suggestion',
              taxonomy,
            });
          } else {
            service = await createService(trx, parsed.data, {
              organisationId,
              editor: editorOf(request),
              change: 'suggestion',
              taxonomy,
            });
          }
        }
        await trx
          .updateTable('service_suggestion')
          .set({
            status: 'approved',
            handled_by: request.user!.id,
            handled_at: new Date(),
            handler_note: request.body.note ?? null,
            result_service_id: service?.id ?? g.service_id,
            email: null,
          })
          .where('id', '=', g.id)
          .execute();
        await audit(trx, {
          actor: request.actor(),
          action: 'servicemap.suggestion.approve',
          subjectType: 'service_suggestion',
          subjectId: g.id,
          purpose: 'palvelukartan ylläpito',
        });
        return { service, email: g.email, lang: g.lang };
      });
      const [suggestion] = await listSuggestions(db, 'approved', request.params.id);
      return {
        suggestion,
        service: result.service ? staffView(result.service) : null,
        tellSuggester: result.email ? { email: result.email, lang: result.lang } : null,
      };
    },
  );

  app.post(
    '/api/services/suggestions/:id/reject',
    {
      config: { action: 'servicemap.moderate' },
      schema: {
        tags: ['servicemap'],
        summary: 'Reject a suggestion',
        params: idParam,
        body: z.object({ note: z.string().trim().max(1000).optional() }),
        response: { 200: handled },
      },
    },
    async (request) => {
      const result = await db.transaction().execute(async (trx) => {
        const g = await trx
          .selectFrom('service_suggestion')
          .select(['id', 'status', 'email', 'lang'])
          .where('id', '=', request.params.id)
          .forUpdate()
          .executeTakeFirst();
        if (!g) throw errors.notFound();
        if (g.status !== 'pending') throw errors.conflict();
        await trx
          .updateTable('service_suggestion')
          .set({
            status: 'rejected',
            handled_by: request.user!.id,
            handled_at: new Date(),
            handler_note: request.body.note ?? null,
            email: null,
          })
          .where('id', '=', g.id)
          .execute();
        await audit(trx, {
          actor: request.actor(),
          action: 'servicemap.suggestion.reject',
          subjectType: 'service_suggestion',
          subjectId: g.id,
          purpose: 'palvelukartan ylläpito',
        });
        return g;
      });
      const [suggestion] = await listSuggestions(db, 'rejected', request.params.id);
      return {
        suggestion,
        service: null,
        tellSuggester: result.email ? { email: result.email, lang: result.lang } : null,
      };
    },
  );

  // ---------------- theme maps ----------------
  const themeMapOut = z.object({
    id: z.string(),
    slug: z.string(),
    title: localizedOut,
    description: localizedOut,
    themes: z.array(z.string()),
    categories: z.array(z.string()),
    municipalities: z.array(z.string()),
    serviceIds: z.array(z.string()),
    embedOrigins: z.array(z.string()),
    version: z.number(),
  });

  app.get(
    '/api/services/theme-maps',
    {
      config: { action: 'servicemap.read' },
      schema: {
        tags: ['servicemap'],
        summary: 'Theme maps (saved selections with a public URL)',
        response: { 200: z.object({ themeMaps: z.array(themeMapOut) }) },
      },
    },
    async () => ({ themeMaps: await loadThemeMaps(db) }),
  );

  app.post(
    '/api/services/theme-maps',
    {
      config: { action: 'servicemap.manage' },
      schema: {
        tags: ['servicemap'],
        summary: 'Create a theme map',
        body: themeMapInput,
        response: { 201: z.object({ themeMap: themeMapOut }) },
      },
    },
    async (request, reply) => {
      const organisationId = await organisationOf(db, request.access.unitIds);
      const b = request.body;
      const exists = await db
        .selectFrom('service_theme_map')
        .select('id')
        .where('slug', '=', b.slug)
        .executeTakeFirst();
      if (exists)
        throw errors.field('slug', {
          fi: 'Osoite on jo käytössä.',
          sv: 'Adressen används redan.',
          en: 'The address is already in use.',
        });
      const row = await db
        .insertInto('service_theme_map')
        .values({
          organisation_id: organisationId,
          slug: b.slug,
          title: JSON.stringify(b.title),
          description: JSON.stringify(b.description),
          themes: b.themes,
          categories: b.categories,
          municipalities: b.municipalities,
          service_ids: b.serviceIds,
          embed_origins: b.embedOrigins,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return reply.status(201).send({ themeMap: (await loadThemeMaps(db, row.id))[0] });
    },
  );

  app.put(
    '/api/services/theme-maps/:id',
    {
      config: { action: 'servicemap.manage' },
      schema: {
        tags: ['servicemap'],
        summary: 'Edit a theme map (version check)',
        params: idParam,
        body: z.intersection(themeMapInput, z.object({ version: z.number().int() })),
        response: { 200: z.object({ themeMap: themeMapOut }) },
      },
    },
    async (request) => {
      const b = request.body;
      const updated = await db
        .updateTable('service_theme_map')
        .set({
          slug: b.slug,
          title: JSON.stringify(b.title),
          description: JSON.stringify(b.description),
          themes: b.themes,
          categories: b.categories,
          municipalities: b.municipalities,
          service_ids: b.serviceIds,
          embed_origins: b.embedOrigins,
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', request.params.id)
        .where('version', '=', b.version)
        .returning('id')
        .executeTakeFirst();
      if (!updated) {
        const exists = await db
          .selectFrom('service_theme_map')
          .select('id')
          .where('id', '=', request.params.id)
          .executeTakeFirst();
        throw exists ? errors.conflict() : errors.notFound();
      }
      return { themeMap: (await loadThemeMaps(db, request.params.id))[0] };
    },
  );

  // ---------------- HSDS 3.0 ----------------
  const origin = (request: import('fastify').FastifyRequest) => `${request.protocol}://${request.host}`;

  app.get(
    '/api/hsds',
    {
      config: publicConfig,
      schema: {
        tags: ['hsds'],
        summary: 'HSDS API root',
        response: { 200: z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() }) },
      },
    },
    async (request) => ({
      version: '3.0',
      profile: 'https://docs.openreferral.org/en/latest/hsds/',
      openapi_url: `${origin(request)}/api/openapi.json`,
    }),
  );

  const page = z.object({
    total_items: z.number(),
    total_pages: z.number(),
    page_number: z.number(),
    size: z.number(),
    first_page: z.boolean(),
    last_page: z.boolean(),
    empty: z.boolean(),
    contents: z.array(z.record(z.string(), z.unknown())),
  });

  app.get(
    '/api/hsds/services',
    {
      config: publicConfig,
      schema: {
        tags: ['hsds'],
        summary: 'Published services as Open Referral HSDS 3.0, paginated (HSDS API page shape)',
        querystring: z.object({
          page: z.coerce.number().int().min(1).default(1),
          per_page: z.coerce.number().int().min(1).max(200).default(50),
          search: z.string().max(200).optional(),
        }),
        response: { 200: page },
      },
    },
    async (request) => {
      const { page: p, per_page, search } = request.query;
      const taxonomy = await loadTaxonomy(db);
      const { total, services } = await searchServices(
        db,
        { q: search },
        { public: true, lang: 'fi', limit: per_page, offset: (p - 1) * per_page, exactTotal: true },
      );
      const pages = Math.max(1, Math.ceil(total / per_page));
      return {
        total_items: total,
        total_pages: pages,
        page_number: p,
        size: services.length,
        first_page: p === 1,
        last_page: p >= pages,
        empty: services.length === 0,
        contents: services.map((s) => toHsds(s, taxonomy, origin(request))),
      };
    },
  );

  app.get(
    '/api/hsds/services/:id',
    {
      config: publicConfig,
      schema: {
        tags: ['hsds'],
        summary: 'One published service as HSDS 3.0',
        params: idParam,
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async (request) => {
      const s = await getService(db, request.params.id);
      if (!s || s.status !== 'published') throw errors.notFound();
      return toHsds(s, await loadTaxonomy(db), origin(request));
    },
  );

  app.get(
    '/api/hsds/export',
    {
      config: publicConfig,
      schema: {
        tags: ['hsds'],
        summary: 'Download all published services as one HSDS 3.0 JSON data set',
        response: {
          200: z.object({
            hsds_version: z.string(),
            created: z.string(),
            services: z.array(z.record(z.string(), z.unknown())),
          }),
        },
      },
    },
    async (request, reply) => {
      const taxonomy = await loadTaxonomy(db);
      const ids = await db.selectFrom('service').select('id').where('status', '=', 'published').orderBy('id').execute();
      const services = await loadServices(
        db,
        ids.map((r) => r.id),
      );
      reply.header('content-disposition', 'attachment; filename="palvelut-hsds-3.0.json"');
      return {
        hsds_version: '3.0',
        created: new Date().toISOString(),
        services: services.map((s) => toHsds(s, taxonomy, origin(request))),
      };
    },
  );

  app.post(
    '/api/hsds/import',
    {
      config: { action: 'servicemap.manage' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['hsds'],
        summary:
          'Import an HSDS 3.0 data set ({services: […]}, a page {contents: […]} or an array). All or nothing: any invalid record rejects the whole import.',
        body: z.union([
          z.array(z.unknown()),
          z.object({ services: z.array(z.unknown()) }),
          z.object({ contents: z.array(z.unknown()) }),
        ]),
        response: {
          200: z.object({ created: z.number(), updated: z.number() }),
          400: z.object({
            error: z.object({
              code: z.string(),
              message: z.string(),
              records: z
                .array(
                  z.object({
                    index: z.number(),
                    id: z.string().nullable(),
                    errors: z.array(z.object({ path: z.string(), message: z.string() })),
                  }),
                )
                .optional(),
              fields: z.array(z.unknown()).optional(),
            }),
          }),
        },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown[] | { services?: unknown[]; contents?: unknown[] };
      const records = Array.isArray(body) ? body : (body.services ?? body.contents ?? []);
      const taxonomy = await loadTaxonomy(db);
      const problems: { index: number; id: string | null; errors: { path: string; message: string }[] }[] = [];
      const parsed: { id: string; input: ServiceInput }[] = [];
      records.forEach((record, index) => {
        const schemaErrors = validateHsdsService(record);
        const id = typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : null;
        if (schemaErrors.length) {
          problems.push({ index, id, errors: schemaErrors });
          return;
        }
        const mapped = fromHsds(record as Record<string, unknown>);
        const result = serviceInput.safeParse(mapped.input);
        const errs: { path: string; message: string }[] = result.success
          ? []
          : zodFields(result.error).map((f) => ({ path: f.path, message: f.message[request.lang] }));
        if (result.success) {
          result.data.categories.forEach((c, i) => {
            if (!taxonomy.some((t) => t.kind === 'category' && t.code === c))
              errs.push({ path: `categories.${i}`, message: `unknown category ${c}` });
          });
          result.data.themes.forEach((c, i) => {
            if (!taxonomy.some((t) => t.kind === 'theme' && t.code === c))
              errs.push({ path: `themes.${i}`, message: `unknown theme ${c}` });
          });
        }
        if (errs.length || !result.success) problems.push({ index, id, errors: errs });
        else parsed.push({ id: /^[0-9a-f-]{36}$/i.test(mapped.id) ? mapped.id : '', input: result.data });
      });
      if (problems.length) {
        const m = {
          fi: 'Tuonti hylättiin: korjaa virheelliset tietueet. Mitään ei tuotu.',
          sv: 'Importen avvisades: rätta de felaktiga posterna. Inget importerades.',
          en: 'Import rejected: fix the invalid records. Nothing was imported.',
        };
        return reply
          .status(400)
          .send({ error: { code: 'invalid_records', message: m[request.lang], records: problems } });
      }
      const organisationId = await organisationOf(db, request.access.unitIds);
      const counts = await db.transaction().execute(async (trx) => {
        let created = 0;
        let updated = 0;
        for (const { id, input } of parsed) {
          const existing = id ? await getService(trx, id) : undefined;
          if (existing) {
            // Internal notes are never exported, so an import keeps the ones already stored.
            await updateService(
              trx,
              id,
              { ...input, internalNotes: existing.internalNotes, professionalContact: existing.professionalContact },
              { version: null, editor: editorOf(request), change: 'import', taxonomy },
            );
            updated++;
          } else {
            await createService(trx, input, {
              organisationId,
              editor: editorOf(request),
              change: 'import',
              taxonomy,
              id: id || undefined,
            });
            created++;
          }
        }
        await audit(trx, {
          actor: request.actor(),
          action: 'servicemap.hsds.import',
          subjectType: 'service',
          subjectId: null,
          purpose: 'palvelukartan ylläpito',
        });
        return { created, updated };
      });
      return counts;
    },
  );

  // ---------------- CSV ----------------
  app.get(
    '/api/services/export.csv',
    {
      config: { action: 'servicemap.read' },
      schema: {
        tags: ['servicemap'],
        summary: 'All services as CSV (one row per service, first location)',
        produces: ['text/csv'],
      },
    },
    async (_request, reply) => {
      const ids = await db
        .selectFrom('service')
        .select('id')
        .orderBy(sql`name->>'fi'`)
        .execute();
      const services = await loadServices(
        db,
        ids.map((r) => r.id),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="palvelut.csv"')
        .send(csvExport(services));
    },
  );

  app.register(async (scope) => {
    scope.addContentTypeParser(
      ['text/csv', 'text/plain'],
      { parseAs: 'string', bodyLimit: 10 * 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );
    (scope as App).post(
      '/api/services/import.csv',
      {
        config: { action: 'servicemap.manage' },
        schema: {
          tags: ['servicemap'],
          summary:
            'Import services from CSV (same columns as the export; rows with an id update that service). All or nothing.',
          consumes: ['text/csv'],
          response: {
            200: z.object({ created: z.number(), updated: z.number() }),
            400: z.object({
              error: z.object({
                code: z.string(),
                message: z.string(),
                rows: z.array(z.unknown()).optional(),
                fields: z.array(z.unknown()).optional(),
              }),
            }),
          },
        },
      },
      async (request, reply) => {
        if (typeof request.body !== 'string')
          throw errors.field('body', {
            fi: 'Lähetä CSV-tiedosto (text/csv).',
            sv: 'Skicka en CSV-fil (text/csv).',
            en: 'Send a CSV file (text/csv).',
          });
        const organisationId = await organisationOf(db, request.access.unitIds);
        const taxonomy = await loadTaxonomy(db);
        const result = await csvImport(db, request.body, {
          organisationId,
          editor: editorOf(request),
          taxonomy,
          lang: request.lang,
        });
        if ('errors' in result) {
          const m = {
            fi: 'Tuonti hylättiin: korjaa virheelliset rivit. Mitään ei tuotu.',
            sv: 'Importen avvisades: rätta de felaktiga raderna. Inget importerades.',
            en: 'Import rejected: fix the invalid rows. Nothing was imported.',
          };
          return reply
            .status(400)
            .send({ error: { code: 'invalid_rows', message: m[request.lang], rows: result.errors } });
        }
        return result;
      },
    );
  });

  await app.register(servicemapPublicPages);
  await app.register(themeMapPages);
}

export async function loadThemeMaps(db: Kysely<DB>, id?: string) {
  let q = db.selectFrom('service_theme_map').selectAll().orderBy('slug');
  if (id) q = q.where('id', '=', id);
  const rows = await q.execute();
  const l = (v: Partial<Record<'fi' | 'sv' | 'en', string>>) => ({ fi: v.fi ?? '', sv: v.sv ?? '', en: v.en ?? '' });
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    title: l(r.title),
    description: l(r.description),
    themes: r.themes,
    categories: r.categories,
    municipalities: r.municipalities,
    serviceIds: r.service_ids,
    embedOrigins: r.embed_origins,
    version: r.version,
  }));
}
