// Theme maps for the updater: the list of the organisation's maps, creating one, editing one (with
// its version). A theme map's resolver says whose it is: the units of its organisation.
import type { App } from '../../../server/types.js';
import {
  themeMapInput,
  themeMapList,
  themeMapParams,
  themeMapResponse,
  themeMapUpdate,
} from '../../../shared/contracts/servicemap/theme-maps.js';
import { organisationsOf } from '../services/queries.js';
import { actorOf } from '../actor.js';
import { loadThemeMaps } from './queries.js';
import { create, edit } from './service.js';

export default async function themeMapRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/services/theme-maps',
    {
      config: { action: 'themeMap.list' },
      schema: {
        tags: ['servicemap'],
        summary: 'Theme maps of the user’s organisations (saved selections with a public URL)',
        response: { 200: themeMapList },
      },
    },
    async (request) => ({
      themeMaps: await loadThemeMaps(db, { organisationIds: await organisationsOf(db, request.access.unitIds) }),
    }),
  );

  app.post(
    '/api/services/theme-maps',
    {
      config: { action: 'themeMap.create' },
      schema: {
        tags: ['servicemap'],
        summary: 'Create a theme map',
        body: themeMapInput,
        response: { 201: themeMapResponse },
      },
    },
    async (request, reply) => {
      const themeMap = await create(db, request.body, { ...actorOf(request), unitIds: request.access.unitIds });
      return reply.status(201).send({ themeMap });
    },
  );

  app.put(
    '/api/services/theme-maps/:themeMapId',
    {
      config: { action: 'themeMap.update' },
      schema: {
        tags: ['servicemap'],
        summary: 'Edit a theme map (version check)',
        params: themeMapParams,
        body: themeMapUpdate,
        response: { 200: themeMapResponse },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      return { themeMap: await edit(db, { id: request.params.themeMapId, version }, input, actorOf(request)) };
    },
  );
}
