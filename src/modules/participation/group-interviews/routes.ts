// Group interviews (DOMAIN.md 4.1), the API: the units' interviews, one interview, the staff who may
// own an agreed action, recording an interview and editing it (adding actions).
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import {
  actionOwner,
  groupInterview,
  groupInterviewDetail,
  groupInterviewUpdateBody,
  newGroupInterviewBody,
} from '../../../shared/contracts/participation/group-interviews.js';
import { staffOf } from './queries.js';
import { listInterviews, loadInterview, recordInterview, updateInterview } from './service.js';

const interviewParams = z.object({ interviewId: z.string().uuid() });

export default async function groupInterviewRoutes(app: App) {
  const db = app.db;
  const editor = (request: { actor(): { id: string; username: string }; user: { id: string } | null }) => ({
    actor: request.actor(),
    id: request.user!.id,
  });

  app.get(
    '/api/group-interviews',
    {
      config: { action: 'groupInterview.list' },
      schema: {
        tags: ['group-interviews'],
        summary: "Group interviews of the user's units",
        response: { 200: z.object({ interviews: z.array(groupInterview) }) },
      },
    },
    async (request) => ({ interviews: await listInterviews(db, request.access.unitIds) }),
  );

  app.get(
    '/api/group-interviews/staff',
    {
      config: { action: 'groupInterview.create' },
      schema: {
        tags: ['group-interviews'],
        summary: 'Staff who can own an agreed action',
        response: { 200: z.object({ staff: z.array(actionOwner) }) },
      },
    },
    async (request) => ({ staff: await staffOf(db, request.access.unitIds) }),
  );

  app.get(
    '/api/group-interviews/:interviewId',
    {
      config: { action: 'groupInterview.read' },
      schema: {
        tags: ['group-interviews'],
        summary: 'One group interview with its actions, and what the user may do with it',
        params: interviewParams,
        response: { 200: groupInterviewDetail },
      },
    },
    async (request) => ({
      interview: await loadInterview(db, request.params.interviewId),
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    '/api/group-interviews',
    {
      config: { action: 'groupInterview.create' },
      schema: {
        tags: ['group-interviews'],
        summary: 'Record a group interview; each agreed action becomes a task for its owner',
        body: newGroupInterviewBody,
        response: { 201: z.object({ interview: groupInterview }) },
      },
    },
    async (request, reply) => {
      const id = await recordInterview(
        db,
        { ...editor(request), unitIds: request.access.unitIds },
        app.clock.today(),
        request.body,
      );
      return reply.status(201).send({ interview: await loadInterview(db, id) });
    },
  );

  app.patch(
    '/api/group-interviews/:interviewId',
    {
      config: { action: 'groupInterview.update' },
      schema: {
        tags: ['group-interviews'],
        summary: 'Edit the record and SWOT, and add agreed actions (version check)',
        params: interviewParams,
        body: groupInterviewUpdateBody,
        response: { 200: z.object({ interview: groupInterview }) },
      },
    },
    async (request) => {
      await updateInterview(db, editor(request), request.params.interviewId, request.body);
      return { interview: await loadInterview(db, request.params.interviewId) };
    },
  );
}
