// Open Referral HSDS 3.0: the API root, published services paginated in the HSDS page shape, one
// service, a download of all published services, and the updater's all-or-nothing import.
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import {
  hsdsExport,
  hsdsImportBody,
  hsdsImportError,
  hsdsPage,
  hsdsRoot,
  hsdsService,
  hsdsServiceParams,
  hsdsServicesQuery,
  importResult,
} from '../../../shared/contracts/servicemap/exchange.js';
import { errors } from '../../../server/errors.js';
import { localize } from '../../../shared/i18n.js';
import { rateLimits } from '../limits.js';
import { searchServices } from '../search/queries.js';
import { getService, loadServices, loadTaxonomy, serviceIds } from '../services/queries.js';
import { actorOf } from '../actor.js';
import { toHsds } from './mapping.js';
import { importErrors } from './messages.js';
import { importHsds } from './service.js';

const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

export default async function hsdsRoutes(app: App) {
  const db = app.db;
  const publicConfig = { action: 'servicemap.public.read' as const, rateLimit: rateLimits.page };

  app.get(
    '/api/hsds',
    {
      config: publicConfig,
      schema: { tags: ['hsds'], summary: 'HSDS API root', response: { 200: hsdsRoot } },
    },
    async (request) => ({
      version: '3.0',
      profile: 'https://docs.openreferral.org/en/latest/hsds/',
      openapi_url: `${origin(request)}/api/openapi.json`,
    }),
  );

  app.get(
    '/api/hsds/services',
    {
      config: publicConfig,
      schema: {
        tags: ['hsds'],
        summary: 'Published services as Open Referral HSDS 3.0, paginated (HSDS API page shape)',
        querystring: hsdsServicesQuery,
        response: { 200: hsdsPage },
      },
    },
    async (request) => {
      const { page: p, per_page, search } = request.query;
      const taxonomy = await loadTaxonomy(db);
      const { total, services } = await searchServices(
        db,
        { q: search },
        {
          public: true,
          lang: 'fi',
          limit: per_page,
          offset: (p - 1) * per_page,
          exactTotal: true,
          now: app.clock.now(),
        },
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
    '/api/hsds/services/:serviceId',
    {
      config: publicConfig,
      schema: {
        tags: ['hsds'],
        summary: 'One published service as HSDS 3.0',
        params: hsdsServiceParams,
        response: { 200: hsdsService },
      },
    },
    async (request) => {
      const s = await getService(db, request.params.serviceId, app.clock.now());
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
        response: { 200: hsdsExport },
      },
    },
    async (request, reply) => {
      const now = app.clock.now();
      const taxonomy = await loadTaxonomy(db);
      const ids = await serviceIds(db, { status: 'published', order: 'id' });
      const services = await loadServices(db, ids, now);
      reply.header('content-disposition', 'attachment; filename="palvelut-hsds-3.0.json"');
      return {
        hsds_version: '3.0',
        created: now.toISOString(),
        services: services.map((s) => toHsds(s, taxonomy, origin(request))),
      };
    },
  );

  app.post(
    '/api/hsds/import',
    {
      config: { action: 'servicemap.import.write' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags: ['hsds'],
        summary:
          'Import an HSDS 3.0 data set ({services: […]}, a page {contents: […]} or an array). All or nothing: any invalid record rejects the whole import. Records of services of another organisation are refused.',
        body: hsdsImportBody,
        response: { 200: importResult, 400: hsdsImportError },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const records = Array.isArray(body) ? body : 'services' in body ? body.services : body.contents;
      const result = await importHsds(db, records, {
        ...actorOf(request),
        unitIds: request.access.unitIds,
        now: app.clock.now(),
        lang: request.lang,
      });
      if ('problems' in result) {
        return reply.status(400).send({
          error: {
            code: 'invalid_records',
            message: localize(importErrors.recordsRejected, request.lang),
            records: result.problems,
          },
        });
      }
      return result;
    },
  );
}
