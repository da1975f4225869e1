// The benefit handler's concern (huoli): raise one about a client of your unit; list your own.
import type { App } from '../../../server/types.js';
import {
  clientParams,
  concernResponse,
  concernsResponse,
  newConcernBody,
} from '../../../shared/contracts/client-work/clients.js';
import { workContext } from '../clients/common.js';
import { listConcerns, raiseConcern } from './service.js';

export default async function concernRoutes(app: App) {
  app.post(
    '/api/clients/:clientId/concerns',
    {
      config: { action: 'concern.create' },
      schema: {
        tags: ['concerns'],
        summary:
          "A benefit handler's concern about a client of their unit: a contact and a task for the unit's social workers",
        params: clientParams,
        body: newConcernBody,
        response: { 201: concernResponse },
      },
    },
    async (request, reply) => {
      const concern = await raiseConcern(workContext(app, request), request.params.clientId, request.body.description);
      return reply.status(201).send({ concern });
    },
  );

  app.get(
    '/api/concerns',
    {
      config: { action: 'concern.list' },
      schema: {
        tags: ['concerns'],
        summary: 'The concerns you have raised',
        response: { 200: concernsResponse },
      },
    },
    async (request) => ({ concerns: await listConcerns(workContext(app, request), request.access.unitIds) }),
  );
}
