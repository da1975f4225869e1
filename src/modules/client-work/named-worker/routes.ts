// Named worker (omatyöntekijä, SHL 42 §): GET the current one with the change log and the workers
// who can be named; POST a change; PATCH the day the client was told.
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import {
  assignmentParams,
  assignNamedWorkerBody,
  clientParams,
  errorBody,
  namedWorkerInformedBody,
  namedWorkerResponse,
  namedWorkerSchema,
} from '../../../shared/contracts/client-work/clients.js';
import { workContext } from '../clients/common.js';
import { assignNamedWorker, readNamedWorker, recordClientInformed } from './service.js';

export default async function namedWorkerRoutes(app: App) {
  app.get(
    '/api/clients/:clientId/named-worker',
    {
      config: { action: 'namedWorker.read' },
      schema: {
        tags: ['named-worker'],
        summary: 'Current named worker, the change log and the workers who can be named',
        params: clientParams,
        response: { 200: namedWorkerResponse },
      },
    },
    async (request) =>
      readNamedWorker(workContext(app, request), request.params.clientId, request.access.clientUnitId!),
  );

  app.post(
    '/api/clients/:clientId/named-worker',
    {
      config: { action: 'namedWorker.write' },
      schema: {
        tags: ['named-worker'],
        summary: 'Assign a named worker, or record that one is not needed or another worker is responsible',
        params: clientParams,
        body: assignNamedWorkerBody,
        response: { 201: z.object({ current: namedWorkerSchema }), 409: errorBody },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const current = await assignNamedWorker(
        workContext(app, request),
        clientId,
        request.access.clientUnitId!,
        request.body,
      );
      return reply.status(201).send({ current });
    },
  );

  app.patch(
    '/api/clients/:clientId/named-worker/:assignmentId',
    {
      config: { action: 'namedWorker.write' },
      schema: {
        tags: ['named-worker'],
        summary: 'Record the date the client was told about the named worker',
        params: assignmentParams,
        body: namedWorkerInformedBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      const { clientId, assignmentId } = request.params;
      await recordClientInformed(workContext(app, request), clientId, assignmentId, request.body.clientInformedOn);
      return { ok: true as const };
    },
  );
}
