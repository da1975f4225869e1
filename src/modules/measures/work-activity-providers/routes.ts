// The register of rehabilitative work activity providers, held by the organisation.
import type { App } from '../../../server/types.js';
import {
  providerBody,
  providerParams,
  providerPatch,
  providerResponse,
  providersQuery,
  providersResponse,
} from '../../../shared/contracts/measures/work-activity-providers.js';
import { callerOf } from '../common.js';
import * as service from './service.js';

const tags = ['work-activity'];

export default async function providerRoutes(app: App) {
  app.get(
    '/api/work-activity/providers',
    {
      config: { action: 'workActivity.provider.list' },
      schema: {
        tags,
        summary: 'Providers register of the user’s organisations',
        querystring: providersQuery,
        response: { 200: providersResponse },
      },
    },
    async (request) => {
      const active = request.query.active === undefined ? undefined : request.query.active === 'true';
      return service.register(app.db, request.access.unitIds, active);
    },
  );

  app.post(
    '/api/work-activity/providers',
    {
      config: { action: 'workActivity.provider.create' },
      schema: { tags, summary: 'Add a provider', body: providerBody, response: { 201: providerResponse } },
    },
    async (request, reply) => {
      const provider = await service.addProvider(app.db, callerOf(app, request), request.access.unitIds, request.body);
      return reply.status(201).send({ provider });
    },
  );

  app.patch(
    '/api/work-activity/providers/:providerId',
    {
      config: { action: 'workActivity.provider.update' },
      schema: {
        tags,
        summary: 'Edit a provider (version check)',
        params: providerParams,
        body: providerPatch,
        response: { 200: providerResponse },
      },
    },
    async (request) => ({
      provider: await service.editProvider(app.db, callerOf(app, request), request.params.providerId, request.body),
    }),
  );
}
