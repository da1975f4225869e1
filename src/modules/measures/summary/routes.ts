// One list of a client's measures for the client plan: GET /api/clients/:clientId/measures.
import type { App } from '../../../server/types.js';
import { clientParams } from '../../../shared/contracts/measures/common.js';
import { measuresQuery, measuresResponse } from '../../../shared/contracts/measures/summary.js';
import { callerOf } from '../common.js';
import { measuresOfClient } from './service.js';

export default async function measureSummaryRoutes(app: App) {
  app.get(
    '/api/clients/:clientId/measures',
    {
      config: { action: 'measures.read' },
      schema: {
        tags: ['work-activity'],
        summary: 'All measures of a client in one list, for the client plan (optionally only those linked to one plan)',
        params: clientParams,
        querystring: measuresQuery,
        response: { 200: measuresResponse },
      },
    },
    async (request) => ({
      measures: await measuresOfClient(app.db, callerOf(app, request), request.params.clientId, request.query.planId),
    }),
  );
}
