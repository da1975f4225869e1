// Client plan (SHL 39 §) routes: one plan per client, each review a new version; a draft is edited
// with a version check, "accept" makes it the version in force, and the client gets a printable copy.
// Each route names its action and its contract; the handler hands the request to the service.
import type { FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import {
  acceptBody,
  clientParams,
  consentParams,
  planParams,
  plansResponse,
  printQuery,
  reviewBody,
  saveDraftBody,
  startPlanBody,
  startPlanResponse,
  versionParams,
  versionResponse,
  versionsResponse,
  withdrawConsentBody,
} from '../../../shared/contracts/client-work/plan.js';
import { planPdf, printPage } from './print.js';
import * as plans from './service.js';

const tags = ['client-plan'];

export default async function clientPlanRoutes(app: App) {
  const caller = (request: FastifyRequest): plans.Caller => ({
    actor: request.actor(),
    today: app.clock.today(),
    lang: request.lang,
  });

  app.get(
    '/api/clients/:clientId/plans',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary: "The client's plan with its versions (one plan per client), and what the user may do with it",
        params: clientParams,
        response: { 200: plansResponse },
      },
    },
    async (request) => ({
      plans: await plans.readPlans(app.db, caller(request), request.params.clientId),
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    '/api/clients/:clientId/plans',
    {
      config: { action: 'plan.update' },
      schema: {
        tags,
        summary: 'Start the client plan: creates version 1 as a draft',
        params: clientParams,
        body: startPlanBody,
        response: { 201: startPlanResponse },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await plans.startPlan(app.db, caller(request), request.params.clientId, request.body)),
  );

  app.get(
    '/api/clients/:clientId/plans/:planId/versions',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary: 'Versions of a plan, newest first',
        params: planParams,
        response: { 200: versionsResponse },
      },
    },
    async (request) => ({ versions: await plans.listVersions(app.db, caller(request), request.params) }),
  );

  app.get(
    '/api/clients/:clientId/plans/:planId/versions/:versionId',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary: 'One version with its content and the completeness check',
        params: versionParams,
        response: { 200: versionResponse },
      },
    },
    async (request) => ({ version: await plans.readVersion(app.db, caller(request), request.params) }),
  );

  app.put(
    '/api/clients/:clientId/plans/:planId/versions/:versionId',
    {
      config: { action: 'plan.update' },
      schema: {
        tags,
        summary: 'Save a draft (version check: 409 when someone else saved first)',
        params: versionParams,
        body: saveDraftBody,
        response: { 200: versionResponse },
      },
    },
    async (request) => ({ version: await plans.saveDraft(app.db, caller(request), request.params, request.body) }),
  );

  app.post(
    '/api/clients/:clientId/plans/:planId/versions',
    {
      config: { action: 'plan.update' },
      schema: {
        tags,
        summary: 'Review: a new draft version copying the latest version’s content',
        params: planParams,
        body: reviewBody,
        response: { 201: versionResponse },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ version: await plans.startReview(app.db, caller(request), request.params, request.body) }),
  );

  app.post(
    '/api/clients/:clientId/plans/:planId/versions/:versionId/accept',
    {
      config: { action: 'plan.update' },
      schema: {
        tags,
        summary:
          'Accept a draft: it becomes the plan in force; needs all nine elements and a review date within a year',
        params: versionParams,
        body: acceptBody,
        response: { 200: versionResponse },
      },
    },
    async (request) => ({ version: await plans.acceptDraft(app.db, caller(request), request.params, request.body) }),
  );

  app.post(
    '/api/clients/:clientId/plans/:planId/versions/:versionId/consents/:consentId/withdraw',
    {
      config: { action: 'plan.update' },
      schema: {
        tags,
        summary: 'Record that the client withdrew a consent to information exchange (also on an accepted version)',
        params: consentParams,
        body: withdrawConsentBody,
        response: { 200: versionResponse },
      },
    },
    async (request) => ({
      version: await plans.withdrawConsent(app.db, caller(request), request.params, request.body),
    }),
  );

  // ---- the client's copy: printable page and PDF (UUIDs only in the URL; language and plain as options) ----
  app.get(
    '/api/clients/:clientId/plans/:planId/versions/:versionId/print',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary: "Printable plan for the client (HTML), in the client's language and plain language",
        params: versionParams,
        querystring: printQuery,
      },
    },
    async (request, reply) => {
      const options = { lang: request.query.lang, plain: request.query.plain === '1' };
      const path = request.url.split('?')[0];
      const body = await plans.printVersion(app.db, caller(request), request.params, options, (d) =>
        printPage(d, path),
      );
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
    },
  );

  app.get(
    '/api/clients/:clientId/plans/:planId/versions/:versionId/pdf',
    {
      config: { action: 'plan.read' },
      schema: {
        tags,
        summary: 'The client’s copy of the plan as PDF',
        params: versionParams,
        querystring: printQuery,
      },
    },
    async (request, reply) => {
      const options = { lang: request.query.lang, plain: request.query.plain === '1' };
      const { pdf, number } = await plans.printVersion(app.db, caller(request), request.params, options, async (d) => ({
        pdf: await planPdf(d),
        number: d.version.number,
      }));
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="suunnitelma-v${number}.pdf"`)
        .send(pdf);
    },
  );
}
