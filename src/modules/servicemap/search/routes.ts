// Searching the service map: the public JSON search (no session) and the workers' search with
// internal notes, drafts and the staleness filter; the filters' vocabularies for both.
import type { App } from '../../../server/types.js';
import {
  publicMeta,
  publicSearchResult,
  searchQuery,
  staffMeta,
  staffSearchQuery,
  staffSearchResult,
} from '../../../shared/contracts/servicemap/search.js';
import { rateLimits } from '../limits.js';
import { publicView, staffView } from '../services/model.js';
import { loadTaxonomy, municipalities, organisationsOf } from '../services/queries.js';
import { staleMonths } from '../settings/queries.js';
import { filtersFrom, searchServices } from './queries.js';

export default async function searchRoutes(app: App) {
  const db = app.db;
  const publicConfig = { action: 'servicemap.public.read' as const, rateLimit: rateLimits.page };

  app.get(
    '/api/public/services',
    {
      config: publicConfig,
      schema: {
        tags: ['servicemap'],
        summary: 'Search published services (free text with Finnish/Swedish stemming, prefix and trigram; filters)',
        querystring: searchQuery,
        response: { 200: publicSearchResult },
      },
    },
    async (request) => {
      const q = request.query;
      const { total, services } = await searchServices(db, filtersFrom({ ...q, status: undefined, stale: undefined }), {
        public: true,
        lang: request.lang,
        limit: q.limit,
        offset: (q.page - 1) * q.limit,
        now: app.clock.now(),
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
        response: { 200: publicMeta },
      },
    },
    async () => ({ taxonomy: await loadTaxonomy(db), municipalities: await municipalities(db) }),
  );

  app.get(
    '/api/services',
    {
      config: { action: 'service.list' },
      schema: {
        tags: ['servicemap'],
        summary:
          'Workers’ search in the services of their organisations: with internal notes, drafts, staleness filter',
        querystring: staffSearchQuery,
        response: { 200: staffSearchResult },
      },
    },
    async (request) => {
      const q = request.query;
      const organisationIds = await organisationsOf(db, request.access.unitIds);
      const { total, services } = await searchServices(
        db,
        { ...filtersFrom(q), organisationIds },
        { public: false, lang: request.lang, limit: q.limit, offset: (q.page - 1) * q.limit, now: app.clock.now() },
      );
      return { total, page: q.page, services: services.map(staffView) };
    },
  );

  app.get(
    '/api/services/meta',
    {
      config: { action: 'service.list' },
      schema: {
        tags: ['servicemap'],
        summary: 'Filters and settings for the worker view',
        response: { 200: staffMeta },
      },
    },
    async () => ({
      taxonomy: await loadTaxonomy(db),
      municipalities: await municipalities(db),
      staleMonths: await staleMonths(db),
      tileUrl: app.config.tileUrl,
    }),
  );
}
