// Benefit decisions (täydentävä ja ehkäisevä toimeentulotuki): a client's applications and decisions
// with the decision maker's professional group and processing time against the legal limit; the open
// list of the user's units; the manager's reports.
import type { App } from '../../../server/types.js';
import {
  applicationParams,
  applicationPatch,
  applicationResponse,
  applicationsResponse,
  decisionBody,
  newApplicationBody,
  openApplicationsResponse,
  processingReport,
  professionalGroupReport,
  reportRange,
} from '../../../shared/contracts/measures/benefit-decisions.js';
import { clientParams } from '../../../shared/contracts/measures/common.js';
import { callerOf } from '../common.js';
import * as reports from './reports.js';
import * as service from './service.js';
import './my-work.js';

const tags = ['benefit-decisions'];
const base = '/api/clients/:clientId/benefit-decisions/applications';

export default async function benefitDecisionRoutes(app: App) {
  app.get(
    base,
    {
      config: { action: 'benefitDecision.read' },
      schema: {
        tags,
        summary: 'A client’s income-support applications and decisions with processing times',
        params: clientParams,
        response: { 200: applicationsResponse },
      },
    },
    async (request) => ({
      applications: await service.applications(app.db, callerOf(app, request), request.params.clientId),
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    base,
    {
      config: { action: 'benefitDecision.write' },
      schema: {
        tags,
        summary: 'Register a received application',
        params: clientParams,
        body: newApplicationBody,
        response: { 201: applicationResponse },
      },
    },
    async (request, reply) => {
      const client = { id: request.params.clientId, unitId: request.access.clientUnitId! };
      const application = await service.register(app.db, callerOf(app, request), client, request.body);
      return reply.status(201).send({ application });
    },
  );

  app.post(
    `${base}/:applicationId/decision`,
    {
      config: { action: 'benefitDecision.write' },
      schema: {
        tags,
        summary:
          'Record the decision; the logged-in user is the decision maker and their professional group is taken from their role',
        params: applicationParams,
        body: decisionBody,
        response: { 200: applicationResponse },
      },
    },
    async (request) => {
      const client = { id: request.params.clientId, unitId: request.access.clientUnitId! };
      const caller = callerOf(app, request);
      return { application: await service.decide(app.db, caller, client, request.params.applicationId, request.body) };
    },
  );

  app.patch(
    `${base}/:applicationId`,
    {
      config: { action: 'benefitDecision.write' },
      schema: {
        tags,
        summary: 'Mark an open application complete or urgent (version check)',
        params: applicationParams,
        body: applicationPatch,
        response: { 200: applicationResponse },
      },
    },
    async (request) => {
      const { clientId, applicationId } = request.params;
      return {
        application: await service.update(app.db, callerOf(app, request), clientId, applicationId, request.body),
      };
    },
  );

  app.get(
    '/api/benefit-decisions/open',
    {
      config: { action: 'benefitDecision.list' },
      schema: {
        tags,
        summary: 'Open applications of the user’s units, the most urgent deadline first',
        response: { 200: openApplicationsResponse },
      },
    },
    async (request) => ({
      applications: await service.openApplications(app.db, callerOf(app, request), request.access.unitIds),
    }),
  );

  // ---------- manager reports (aggregates only, no client data) ----------
  app.get(
    '/api/benefit-decisions/reports/processing-times',
    {
      config: { action: 'benefitDecision.report.read' },
      schema: {
        tags,
        summary: 'Processing-time distribution and share within the legal limit per month',
        querystring: reportRange,
        response: { 200: processingReport },
      },
    },
    async (request) => reports.processingTimes(app.db, request.access.unitIds, request.query.from, request.query.to),
  );

  app.get(
    '/api/benefit-decisions/reports/processing-times.csv',
    {
      config: { action: 'benefitDecision.report.read' },
      schema: { tags, summary: 'Processing times as CSV', querystring: reportRange },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      const report = await reports.processingTimes(app.db, request.access.unitIds, from, to);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="kasittelyajat-${from}-${to}.csv"`)
        .send(reports.processingTimesCsv(report));
    },
  );

  app.get(
    '/api/benefit-decisions/reports/professional-groups',
    {
      config: { action: 'benefitDecision.report.read' },
      schema: {
        tags,
        summary: 'Decisions and client meetings per month by professional group',
        querystring: reportRange,
        response: { 200: professionalGroupReport },
      },
    },
    async (request) => reports.professionalGroups(app.db, request.access.unitIds, request.query.from, request.query.to),
  );

  app.get(
    '/api/benefit-decisions/reports/professional-groups.csv',
    {
      config: { action: 'benefitDecision.report.read' },
      schema: { tags, summary: 'Decisions and meetings per professional group as CSV', querystring: reportRange },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      const report = await reports.professionalGroups(app.db, request.access.unitIds, from, to);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="ammattiryhmat-${from}-${to}.csv"`)
        .send(reports.professionalGroupsCsv(report));
    },
  );
}
