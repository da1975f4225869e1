// Rehabilitative work activity of one client (kuntouttava työtoiminta): the path and its steps,
// agreements with providers and the attendance follow-up (seurantalomake).
import type { App } from '../../../server/types.js';
import {
  agreementBody,
  agreementParams,
  agreementResponse,
  attendanceBody,
  attendanceDayParams,
  attendanceParams,
  attendanceQuery,
  attendanceResponse,
  attendanceSaved,
  newPathBody,
  pathParams,
  pathResponse,
  pathsQuery,
  pathsResponse,
  stepBody,
  teInformedResponse,
} from '../../../shared/contracts/measures/work-activity.js';
import { clientParams } from '../../../shared/contracts/measures/common.js';
import { callerOf } from '../common.js';
import * as service from './service.js';
import './my-work.js';

const tags = ['work-activity'];
const base = '/api/clients/:clientId/work-activity';

export default async function workActivityRoutes(app: App) {
  app.get(
    `${base}/paths`,
    {
      config: { action: 'workActivity.read' },
      schema: {
        tags,
        summary: 'A client’s rehabilitative work activity paths, with steps, agreements and the current phase',
        params: clientParams,
        querystring: pathsQuery,
        response: { 200: pathsResponse },
      },
    },
    async (request) => ({
      paths: await service.paths(app.db, callerOf(app, request), request.params.clientId, request.query.planId),
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    `${base}/paths`,
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary: 'Start a rehabilitative work activity path for a client',
        params: clientParams,
        body: newPathBody,
        response: { 201: pathResponse },
      },
    },
    async (request, reply) => {
      const client = { id: request.params.clientId, unitId: request.access.clientUnitId! };
      const path = await service.startPath(app.db, callerOf(app, request), client, request.body);
      return reply.status(201).send({ path });
    },
  );

  app.post(
    `${base}/paths/:pathId/steps`,
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary:
          'Record a step of the path (situation assessment, activation plan, evaluation visit, interim evaluation, end)',
        params: pathParams,
        body: stepBody,
        response: { 201: pathResponse },
      },
    },
    async (request, reply) => {
      const { clientId, pathId } = request.params;
      const path = await service.recordStep(app.db, callerOf(app, request), clientId, pathId, request.body);
      return reply.status(201).send({ path });
    },
  );

  app.post(
    `${base}/paths/:pathId/agreements`,
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary: 'Activity plan and agreement between provider and client',
        params: pathParams,
        body: agreementBody,
        response: { 201: agreementResponse },
      },
    },
    async (request, reply) => {
      const { clientId, pathId } = request.params;
      const agreement = await service.makeAgreement(app.db, callerOf(app, request), clientId, pathId, request.body);
      return reply.status(201).send({ agreement });
    },
  );

  app.get(
    `${base}/agreements/:agreementId/attendance`,
    {
      config: { action: 'workActivity.read' },
      schema: {
        tags,
        summary: 'Attendance of an agreement (days and hours), optionally for one month',
        params: agreementParams,
        querystring: attendanceQuery,
        response: { 200: attendanceResponse },
      },
    },
    async (request) => {
      const { clientId, agreementId } = request.params;
      const caller = callerOf(app, request);
      return {
        attendance: await service.attendanceOfAgreement(app.db, caller, clientId, agreementId, request.query.month),
      };
    },
  );

  app.put(
    `${base}/agreements/:agreementId/attendance/:day`,
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary: 'Record one day of attendance or absence (an absence creates a task for the counsellor)',
        params: attendanceDayParams,
        body: attendanceBody,
        response: { 200: attendanceSaved },
      },
    },
    async (request) => {
      const { clientId, agreementId, day } = request.params;
      return service.recordDay(app.db, callerOf(app, request), clientId, agreementId, day, request.body);
    },
  );

  app.post(
    `${base}/attendance/:attendanceId/te-informed`,
    {
      config: { action: 'workActivity.write' },
      schema: {
        tags,
        summary: 'Mark that employment services (TE) were told about an absence; closes the absence task',
        params: attendanceParams,
        response: { 200: teInformedResponse },
      },
    },
    async (request) => {
      const { clientId, attendanceId } = request.params;
      return service.teInformed(app.db, callerOf(app, request), clientId, attendanceId);
    },
  );
}
