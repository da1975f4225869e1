// Requests to other authorities (SHL 41 §) of a client.
import type { App } from '../../../server/types.js';
import { clientParams, errorBody } from '../../../shared/contracts/client-work/clients.js';
import {
  authorityRequestParams,
  authorityRequestResponse,
  authorityRequestsResponse,
  newAuthorityRequestBody,
  updateAuthorityRequestBody,
} from '../../../shared/contracts/client-work/authority-requests.js';
import { workContext } from '../clients/common.js';
import { progressRequest, readRequests, sendRequest } from './service.js';

export default async function authorityRequestRoutes(app: App) {
  app.get(
    '/api/clients/:clientId/authority-requests',
    {
      config: { action: 'authorityRequest.read' },
      schema: {
        tags: ['authority-requests'],
        summary: 'Requests to other authorities (SHL 41 §)',
        params: clientParams,
        response: { 200: authorityRequestsResponse },
      },
    },
    async (request) => ({ requests: await readRequests(workContext(app, request), request.params.clientId) }),
  );

  app.post(
    '/api/clients/:clientId/authority-requests',
    {
      config: { action: 'authorityRequest.write' },
      schema: {
        tags: ['authority-requests'],
        summary: 'Record a request to another authority to take part',
        params: clientParams,
        body: newAuthorityRequestBody,
        response: { 201: authorityRequestResponse },
      },
    },
    async (request, reply) => {
      const created = await sendRequest(
        workContext(app, request),
        request.params.clientId,
        request.access.clientUnitId!,
        request.body,
      );
      return reply.status(201).send({ request: created });
    },
  );

  app.patch(
    '/api/clients/:clientId/authority-requests/:requestId',
    {
      config: { action: 'authorityRequest.write' },
      schema: {
        tags: ['authority-requests'],
        summary: 'Record the answer or the contribution, change the due date, or cancel (version check)',
        params: authorityRequestParams,
        body: updateAuthorityRequestBody,
        response: { 200: authorityRequestResponse, 409: errorBody },
      },
    },
    async (request) => {
      const { clientId, requestId } = request.params;
      return { request: await progressRequest(workContext(app, request), clientId, requestId, request.body) };
    },
  );
}
