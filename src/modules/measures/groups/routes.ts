// Group-based social work (ryhmämuotoinen sosiaalityö): the groups of the user's units, one group's
// programme, members, attendance and feedback, and one client's groups.
import type { App } from '../../../server/types.js';
import {
  attendanceBody,
  attendanceSaved,
  clientGroupsResponse,
  closeBody,
  closedResponse,
  createdResponse,
  feedbackBody,
  feedbackResponse,
  feedbackSaved,
  groupDetail,
  groupParams,
  groupsResponse,
  groupStaffResponse,
  invitationBody,
  memberParams,
  memberPatch,
  memberPatched,
  newGroupBody,
  session,
  sessionParams,
  sessionPatch,
} from '../../../shared/contracts/measures/groups.js';
import { clientParams } from '../../../shared/contracts/measures/common.js';
import { callerOf } from '../common.js';
import * as service from './service.js';

const tags = ['groups'];

export default async function groupRoutes(app: App) {
  app.get(
    '/api/groups',
    {
      config: { action: 'group.list' },
      schema: {
        tags,
        summary: 'Groups of the user’s units (an expert by experience: only groups they lead)',
        response: { 200: groupsResponse },
      },
    },
    async (request) => ({
      groups: await service.groups(app.db, request.user!, request.access.unitIds, app.clock.today()),
    }),
  );

  app.get(
    '/api/groups/staff',
    {
      config: { action: 'group.create' },
      schema: {
        tags,
        summary: 'Staff of the user’s units who can lead a group',
        response: { 200: groupStaffResponse },
      },
    },
    async (request) => ({ staff: await service.staff(app.db, request.access.unitIds) }),
  );

  app.post(
    '/api/groups',
    {
      config: { action: 'group.create' },
      schema: {
        tags,
        summary: 'Create a group with leaders and a programme of weekly sessions (the last one meets decision makers)',
        body: newGroupBody,
        response: { 201: createdResponse },
      },
    },
    async (request, reply) => {
      // The group belongs to the (first) unit where the user may start groups.
      const id = await service.createGroup(app.db, callerOf(app, request), request.access.unitIds[0], request.body);
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/groups/:groupId',
    {
      config: { action: 'group.read' },
      schema: {
        tags,
        summary: 'A group: leaders, sessions, members, attendance (an expert-by-experience leader: first names only)',
        params: groupParams,
        response: { 200: groupDetail },
      },
    },
    async (request) => {
      const permittedActions = request.permittedActions();
      const full = permittedActions.includes('group.member.read');
      const detail = await service.groupDetail(app.db, callerOf(app, request), request.params.groupId, full);
      return { ...detail, permittedActions };
    },
  );

  app.patch(
    '/api/groups/:groupId/members/:memberId',
    {
      config: { action: 'group.update' },
      schema: {
        tags,
        summary:
          'Member answers the invitation, leaves, or gives or withdraws consent to group notes in their client file',
        params: memberParams,
        body: memberPatch,
        response: { 200: memberPatched },
      },
    },
    async (request) => {
      const { groupId, memberId } = request.params;
      return service.updateMember(app.db, callerOf(app, request), groupId, memberId, request.body);
    },
  );

  app.put(
    '/api/groups/:groupId/sessions/:sessionId/attendance',
    {
      config: { action: 'group.update' },
      schema: {
        tags,
        summary: 'Attendance of a session; a member present for the first time accepts the confidentiality rule',
        params: sessionParams,
        body: attendanceBody,
        response: { 200: attendanceSaved },
      },
    },
    async (request) => {
      const { groupId, sessionId } = request.params;
      return service.recordAttendance(app.db, callerOf(app, request), groupId, sessionId, request.body);
    },
  );

  app.patch(
    '/api/groups/:groupId/sessions/:sessionId',
    {
      config: { action: 'group.update' },
      schema: {
        tags,
        summary: 'Edit a session: topic, date, guests (decision makers at the closing session), group notes',
        params: sessionParams,
        body: sessionPatch,
        response: { 200: session },
      },
    },
    async (request) => {
      const { groupId, sessionId } = request.params;
      return service.updateSession(app.db, callerOf(app, request), groupId, sessionId, request.body);
    },
  );

  app.post(
    '/api/groups/:groupId/sessions/:sessionId/feedback',
    {
      config: { action: 'group.update' },
      schema: {
        tags,
        summary:
          'Anonymous feedback after a session (typed in from the paper slip): expectations met, thoughts, wishes',
        params: sessionParams,
        body: feedbackBody,
        response: { 201: feedbackSaved },
      },
    },
    async (request, reply) => {
      await service.addFeedback(app.db, request.params.groupId, request.params.sessionId, request.body);
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.get(
    '/api/groups/:groupId/feedback',
    {
      config: { action: 'group.read' },
      schema: {
        tags,
        summary: 'Anonymous session feedback per session',
        params: groupParams,
        response: { 200: feedbackResponse },
      },
    },
    async (request) => ({ sessions: await service.feedback(app.db, request.params.groupId) }),
  );

  app.post(
    '/api/groups/:groupId/close',
    {
      config: { action: 'group.update' },
      schema: {
        tags,
        summary: 'Close the group after the closing session with decision makers',
        params: groupParams,
        body: closeBody,
        response: { 200: closedResponse },
      },
    },
    async (request) => {
      await service.close(app.db, callerOf(app, request), request.params.groupId, request.body.version);
      return { status: 'closed' as const };
    },
  );

  // ---- one client's groups ----
  app.get(
    '/api/clients/:clientId/groups',
    {
      config: { action: 'group.clientNotes.read' },
      schema: {
        tags,
        summary: 'A client’s group memberships, and group notes only from groups where the member consented',
        params: clientParams,
        response: { 200: clientGroupsResponse },
      },
    },
    async (request) => ({
      ...(await service.clientGroups(app.db, callerOf(app, request), request.params.clientId)),
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    '/api/clients/:clientId/groups',
    {
      config: { action: 'group.invitation.create' },
      schema: {
        tags,
        summary: 'Invite the client into a group of the client’s unit (optionally linked to their client plan)',
        params: clientParams,
        body: invitationBody,
        response: { 201: createdResponse },
      },
    },
    async (request, reply) => {
      const id = await service.invite(app.db, callerOf(app, request), request.params.clientId, request.body);
      return reply.status(201).send({ id });
    },
  );
}
