// Social rehabilitation (sosiaalinen kuntoutus) of one client: periods, contacts and the start/end
// interviews.
import type { App } from '../../../server/types.js';
import { INTERVIEW_QUESTIONS, SERVICE_MENU } from '../../../shared/measures/social-rehabilitation.js';
import { clientParams } from '../../../shared/contracts/measures/common.js';
import {
  contactBody,
  contactSaved,
  endPeriodBody,
  interviewBody,
  interviewParams,
  newPeriodBody,
  periodParams,
  periodResponse,
  periodsResponse,
} from '../../../shared/contracts/measures/social-rehabilitation.js';
import { callerOf } from '../common.js';
import * as service from './service.js';

const tags = ['social-rehabilitation'];
const base = '/api/clients/:clientId/social-rehabilitation/periods';

export default async function socialRehabilitationRoutes(app: App) {
  app.get(
    base,
    {
      config: { action: 'socialRehab.read' },
      schema: {
        tags,
        summary: 'A client’s social rehabilitation periods with contacts and the start/end comparison',
        params: clientParams,
        response: { 200: periodsResponse },
      },
    },
    async (request) => ({
      periods: await service.periods(app.db, callerOf(app, request), request.params.clientId),
      questions: [...INTERVIEW_QUESTIONS],
      serviceMenu: [...SERVICE_MENU],
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    base,
    {
      config: { action: 'socialRehab.write' },
      schema: {
        tags,
        summary: 'Start a period (default 3 months, at least 4 hours a week)',
        params: clientParams,
        body: newPeriodBody,
        response: { 201: periodResponse },
      },
    },
    async (request, reply) => {
      const client = { id: request.params.clientId, unitId: request.access.clientUnitId! };
      const period = await service.startPeriod(app.db, callerOf(app, request), client, request.body);
      return reply.status(201).send({ period });
    },
  );

  app.post(
    `${base}/:periodId/contacts`,
    {
      config: { action: 'socialRehab.write' },
      schema: {
        tags,
        summary: 'Record a contact: meeting, home visit, phone support, activity or accompanying',
        params: periodParams,
        body: contactBody,
        response: { 201: contactSaved },
      },
    },
    async (request, reply) => {
      const { clientId, periodId } = request.params;
      const id = await service.addContact(app.db, callerOf(app, request), clientId, periodId, request.body);
      return reply.status(201).send({ id });
    },
  );

  app.put(
    `${base}/:periodId/interviews/:phase`,
    {
      config: { action: 'socialRehab.write' },
      schema: {
        tags,
        summary: 'Start or end interview: every question answered on 1–5 (the end needs the start first)',
        params: interviewParams,
        body: interviewBody,
        response: { 200: periodResponse },
      },
    },
    async (request) => {
      const { clientId, periodId, phase } = request.params;
      const caller = callerOf(app, request);
      return { period: await service.saveInterview(app.db, caller, clientId, periodId, phase, request.body) };
    },
  );

  app.post(
    `${base}/:periodId/end`,
    {
      config: { action: 'socialRehab.write' },
      schema: {
        tags,
        summary: 'End the period (version check)',
        params: periodParams,
        body: endPeriodBody,
        response: { 200: periodResponse },
      },
    },
    async (request) => {
      const { clientId, periodId } = request.params;
      const caller = callerOf(app, request);
      return { period: await service.endPeriod(app.db, caller, clientId, periodId, request.body.version) };
    },
  );
}
