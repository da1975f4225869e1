// Client portal API (/api/portal/…). The actions allow client accounts only, and every route acts on
// the signed-in client's own record: there is no client id in any URL. The handler hands the
// request to the service.
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import {
  accessLogQuery,
  accessLogResponse,
  goalMarkBody,
  goalMarkResponse,
  goalParams,
  portalLangQuery,
  portalMeetingsResponse,
  portalPlanResponse,
  portalWorkerResponse,
  preparationBody,
  preparationResponse,
} from '../../../shared/contracts/client-work/portal.js';
import { planPdf } from '../client-plan/print.js';
import { portalCaller } from './caller.js';
import pagesRoutes from './pages.js';
import * as portal from './service.js';

const tags = ['portal'];

export default async function portalRoutes(app: App) {
  const caller = (request: FastifyRequest) => portalCaller(app, request);

  app.get(
    '/api/portal/plan',
    {
      config: { action: 'portal.read' },
      schema: {
        tags,
        summary: "The client's own plan in force (goals, agreed actions) and the draft being prepared, if any",
        response: { 200: portalPlanResponse },
      },
    },
    async (request) => portal.ownPlan(app.db, caller(request)),
  );

  app.put(
    '/api/portal/plan/goals/:goalId',
    {
      config: { action: 'portal.write' },
      schema: {
        tags,
        summary: 'The client marks their own view on one goal of their plan in force (version check)',
        params: goalParams,
        body: goalMarkBody,
        response: { 200: goalMarkResponse },
      },
    },
    async (request) => portal.markGoal(app.db, caller(request), request.params.goalId, request.body),
  );

  app.put(
    '/api/portal/plan/preparation',
    {
      config: { action: 'portal.write' },
      schema: {
        tags,
        summary: 'The client writes their own view into the draft before the meeting (version check)',
        body: preparationBody,
        response: { 200: preparationResponse },
      },
    },
    async (request) => portal.writePreparation(app.db, caller(request), request.body),
  );

  app.get(
    '/api/portal/meetings',
    {
      config: { action: 'portal.read' },
      schema: {
        tags,
        summary: "The client's upcoming meetings and the latest held ones",
        response: { 200: portalMeetingsResponse },
      },
    },
    async (request) => portal.ownMeetings(app.db, caller(request)),
  );

  app.get(
    '/api/portal/worker',
    {
      config: { action: 'portal.read' },
      schema: {
        tags,
        summary: "The client's named worker and how to reach them",
        response: { 200: portalWorkerResponse },
      },
    },
    async (request) => portal.ownWorker(app.db, caller(request)),
  );

  app.get(
    '/api/portal/access-log',
    {
      config: { action: 'portal.read' },
      schema: {
        tags,
        summary: 'Who has processed my data (from the use log): when, who, role and unit',
        querystring: accessLogQuery,
        response: { 200: accessLogResponse },
      },
    },
    async (request) => ({
      entries: await portal.accessLog(app.db, caller(request), {
        lang: request.lang,
        plain: request.query.plain === '1',
      }),
    }),
  );

  app.get(
    '/api/portal/plan/pdf',
    {
      config: { action: 'portal.read' },
      schema: { tags, summary: 'My plan as a PDF, in plain language', querystring: portalLangQuery },
    },
    async (request, reply) => {
      const pdf = await portal.ownCopy(
        app.db,
        caller(request),
        { lang: request.query.lang, event: 'portal.plan.print' },
        (d) => {
          if (!d) throw errors.notFound();
          return planPdf(d);
        },
      );
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="suunnitelma.pdf"')
        .send(pdf);
    },
  );

  await app.register(pagesRoutes);
}
