// Meetings of a client: the list with the counts the deadline rules use, recording a meeting, and
// editing one (e.g. marking a booked meeting held). The handler hands the request to the service.
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import {
  meetingBody,
  meetingListResponse,
  meetingParams,
  meetingResponse,
  meetingUpdateBody,
} from '../../../shared/contracts/client-work/meetings.js';
import { clientParams } from '../../../shared/contracts/client-work/plan.js';
import * as meetings from './service.js';

const tags = ['meetings'];

export default async function meetingRoutes(app: App) {
  const caller = (request: FastifyRequest): meetings.Caller => ({ actor: request.actor(), today: app.clock.today() });

  app.get(
    '/api/clients/:clientId/meetings',
    {
      config: { action: 'meeting.read' },
      schema: {
        tags,
        summary: 'Meetings of a client, newest first, with the counts the deadline rules use',
        params: clientParams,
        response: { 200: meetingListResponse },
      },
    },
    async (request) => ({
      ...(await meetings.listMeetings(app.db, caller(request), request.params.clientId)),
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    '/api/clients/:clientId/meetings',
    {
      config: { action: 'meeting.write' },
      schema: {
        tags,
        summary: 'Record a planned or held meeting (a held one is dated today at the latest)',
        params: clientParams,
        body: meetingBody,
        response: { 201: meetingResponse },
      },
    },
    async (request, reply) => {
      const client = { clientId: request.params.clientId, unitId: request.access.clientUnitId! };
      const meeting = await meetings.createMeeting(app.db, caller(request), client, request.body);
      return reply.status(201).send({ meeting });
    },
  );

  app.put(
    '/api/clients/:clientId/meetings/:meetingId',
    {
      config: { action: 'meeting.write' },
      schema: {
        tags,
        summary: 'Edit a meeting, e.g. mark a planned one held and write the note (version check)',
        params: meetingParams,
        body: meetingUpdateBody,
        response: { 200: meetingResponse },
      },
    },
    async (request) => ({
      meeting: await meetings.updateMeeting(app.db, caller(request), request.params, request.body),
    }),
  );
}
