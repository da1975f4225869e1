// Client plan (SHL 39 §): one plan per client, each review a new version. A draft is edited with a
// version check; "accept" makes it the version in force. Every read and write is in the use log.
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { AppError, errors, localize } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { latestReviewDate } from '../../../domain/deadlines/index.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
import { todayInFinland } from '../my-work/registry.js';
import { missingElements } from './completeness.js';
import { planErrors } from './messages.js';
import { acceptVersion, planOfClient, versionOfPlan, type PlanVersionRow } from './repo.js';
import { emptyPlanContent, isoDate, planContentSchema } from '../../../shared/contracts/client-work/plan.js';
import { isLang, type Lang } from '../../../shared/i18n.js';
import { page } from '../../../server/pages/html.js';
import { clientLang, loadPrintData, planHtml, planPdf } from './print.js';

const PURPOSE = 'asiakastyö: asiakassuunnitelma';
const clientParams = z.object({ clientId: z.string().uuid() });
const planParams = clientParams.extend({ planId: z.string().uuid() });
const versionParams = planParams.extend({ versionId: z.string().uuid() });

const missingSchema = z.object({ element: z.number(), key: z.string(), label: z.string() });
const versionSummary = z.object({
  id: z.string(),
  number: z.number(),
  status: z.enum(['draft', 'accepted', 'superseded']),
  reviewDate: z.string(),
  acceptedOn: z.string().nullable(),
  createdAt: z.string(),
});
const versionSchema = versionSummary.extend({
  planId: z.string(),
  acceptedByName: z.string().nullable(),
  content: planContentSchema,
  clientPreparation: z.string().nullable(),
  version: z.number(),
  missing: z.array(missingSchema),
});
const planSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  currentVersionId: z.string().nullable(),
  currentReviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  versions: z.array(versionSummary),
});

function toVersion(v: PlanVersionRow, lang: Lang) {
  return {
    id: v.id,
    planId: v.plan_id,
    number: v.number,
    status: v.status,
    reviewDate: v.review_date,
    acceptedOn: v.accepted_on,
    acceptedByName: v.accepted_by_name ?? null,
    createdAt: new Date(v.created_at).toISOString(),
    content: v.content,
    clientPreparation: v.client_preparation,
    version: v.version,
    missing: missingElements(v.content).map((m) => ({
      element: m.element,
      key: m.key,
      label: localize(m.label, lang),
    })),
  };
}

export default async function clientPlanRoutes(app: App) {
  const db = app.db;

  async function loadPlan(clientId: string) {
    const plan = await db.selectFrom('client_plan').selectAll().where('client_id', '=', clientId).executeTakeFirst();
    if (!plan) return null;
    const versions = await db
      .selectFrom('client_plan_version')
      .select(['id', 'number', 'status', 'review_date', 'accepted_on', 'created_at'])
      .where('plan_id', '=', plan.id)
      .orderBy('number', 'desc')
      .execute();
    return {
      id: plan.id,
      clientId: plan.client_id,
      currentVersionId: plan.current_version_id,
      currentReviewDate: plan.current_review_date,
      reviewOverdue: !!plan.current_review_date && plan.current_review_date < todayInFinland(),
      versions: versions.map((v) => ({
        id: v.id,
        number: v.number,
        status: v.status,
        reviewDate: v.review_date,
        acceptedOn: v.accepted_on,
        createdAt: new Date(v.created_at).toISOString(),
      })),
    };
  }

  app.get(
    '/api/clients/:clientId/plans',
    {
      config: { action: 'plan.read' },
      schema: {
        tags: ['client-plan'],
        summary: "The client's plan with its versions (one plan per client)",
        params: clientParams,
        response: { 200: z.object({ plans: z.array(planSchema) }) },
      },
    },
    async (request) => {
      const plan = await loadPlan(request.params.clientId);
      await audit(db, {
        actor: request.actor(),
        action: 'plan.read',
        clientId: request.params.clientId,
        subjectType: 'client_plan',
        subjectId: plan?.id ?? null,
        purpose: PURPOSE,
      });
      return { plans: plan ? [plan] : [] };
    },
  );

  app.post(
    '/api/clients/:clientId/plans',
    {
      config: { action: 'plan.update' },
      schema: {
        tags: ['client-plan'],
        summary: 'Start the client plan: creates version 1 as a draft',
        params: clientParams,
        body: z.object({ reviewDate: isoDate, content: planContentSchema.optional() }),
        response: { 201: z.object({ plan: planSchema, version: versionSchema }) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const client = await db
        .selectFrom('client')
        .select(['unit_id', 'status'])
        .where('id', '=', clientId)
        .executeTakeFirstOrThrow();
      if (client.status === 'ended') throw new AppError(409, 'client_ended', planErrors.clientEnded);
      const versionId = await db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('client_plan')
          .select('id')
          .where('client_id', '=', clientId)
          .executeTakeFirst();
        if (existing) throw new AppError(409, 'plan_exists', planErrors.exists);
        const plan = await trx
          .insertInto('client_plan')
          .values({
            client_id: clientId,
            unit_id: client.unit_id,
            current_version_id: null,
            current_accepted_on: null,
            current_review_date: null,
            meeting_interval_weeks: null,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const v = await trx
          .insertInto('client_plan_version')
          .values({
            plan_id: plan.id,
            client_id: clientId,
            number: 1,
            review_date: request.body.reviewDate,
            accepted_on: null,
            accepted_by: null,
            content: JSON.stringify(request.body.content ?? emptyPlanContent()),
            client_preparation: null,
            created_by: request.user!.id,
            updated_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'plan.create',
          clientId,
          subjectType: 'client_plan_version',
          subjectId: v.id,
          purpose: PURPOSE,
        });
        return { planId: plan.id, versionId: v.id };
      });
      const plan = (await loadPlan(clientId))!;
      const version = await versionOfPlan(db, versionId.planId, versionId.versionId);
      return reply.status(201).send({ plan, version: toVersion(version, request.lang) });
    },
  );

  app.get(
    '/api/clients/:clientId/plans/:planId/versions',
    {
      config: { action: 'plan.read' },
      schema: {
        tags: ['client-plan'],
        summary: 'Versions of a plan, newest first',
        params: planParams,
        response: { 200: z.object({ versions: z.array(versionSummary) }) },
      },
    },
    async (request) => {
      await planOfClient(db, request.params.clientId, request.params.planId);
      const plan = (await loadPlan(request.params.clientId))!;
      await audit(db, {
        actor: request.actor(),
        action: 'plan.read',
        clientId: request.params.clientId,
        subjectType: 'client_plan',
        subjectId: plan.id,
        purpose: PURPOSE,
      });
      return { versions: plan.versions };
    },
  );

  app.get(
    '/api/clients/:clientId/plans/:planId/versions/:versionId',
    {
      config: { action: 'plan.read' },
      schema: {
        tags: ['client-plan'],
        summary: 'One version with its content and the completeness check',
        params: versionParams,
        response: { 200: z.object({ version: versionSchema }) },
      },
    },
    async (request) => {
      const { clientId, planId, versionId } = request.params;
      await planOfClient(db, clientId, planId);
      const v = await versionOfPlan(db, planId, versionId);
      await audit(db, {
        actor: request.actor(),
        action: 'plan.read',
        clientId,
        subjectType: 'client_plan_version',
        subjectId: v.id,
        purpose: PURPOSE,
      });
      return { version: toVersion(v, request.lang) };
    },
  );

  app.put(
    '/api/clients/:clientId/plans/:planId/versions/:versionId',
    {
      config: { action: 'plan.update' },
      schema: {
        tags: ['client-plan'],
        summary: 'Save a draft (version check: 409 when someone else saved first)',
        params: versionParams,
        body: z.object({ reviewDate: isoDate, content: planContentSchema, version: z.number().int() }),
        response: { 200: z.object({ version: versionSchema }) },
      },
    },
    async (request) => {
      const { clientId, planId, versionId } = request.params;
      await planOfClient(db, clientId, planId);
      await db.transaction().execute(async (trx) => {
        const current = await versionOfPlan(trx, planId, versionId);
        if (current.status !== 'draft') throw new AppError(409, 'not_draft', planErrors.notDraft);
        const updated = await trx
          .updateTable('client_plan_version')
          .set({
            review_date: request.body.reviewDate,
            content: JSON.stringify(request.body.content),
            updated_by: request.user!.id,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', versionId)
          .where('version', '=', request.body.version)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'plan.update',
          clientId,
          subjectType: 'client_plan_version',
          subjectId: versionId,
          purpose: PURPOSE,
        });
      });
      return { version: toVersion(await versionOfPlan(db, planId, versionId), request.lang) };
    },
  );

  app.post(
    '/api/clients/:clientId/plans/:planId/versions',
    {
      config: { action: 'plan.update' },
      schema: {
        tags: ['client-plan'],
        summary: 'Review: a new draft version copying the latest version’s content',
        params: planParams,
        body: z.object({ reviewDate: isoDate }),
        response: { 201: z.object({ version: versionSchema }) },
      },
    },
    async (request, reply) => {
      const { clientId, planId } = request.params;
      await planOfClient(db, clientId, planId);
      const id = await db.transaction().execute(async (trx) => {
        const latest = await trx
          .selectFrom('client_plan_version')
          .select(['id', 'number', 'status', 'content'])
          .where('plan_id', '=', planId)
          .orderBy('number', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        const draft = await trx
          .selectFrom('client_plan_version')
          .select('id')
          .where('plan_id', '=', planId)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (draft) throw new AppError(409, 'draft_exists', planErrors.draftExists);
        const content = planContentSchema.parse(latest.content);
        // The client's own marks belong to the old version; the review starts them afresh.
        content.goals = content.goals.map((g) => ({ ...g, clientMark: null }));
        const v = await trx
          .insertInto('client_plan_version')
          .values({
            plan_id: planId,
            client_id: clientId,
            number: latest.number + 1,
            review_date: request.body.reviewDate,
            accepted_on: null,
            accepted_by: null,
            content: JSON.stringify(content),
            client_preparation: null,
            created_by: request.user!.id,
            updated_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'plan.review',
          clientId,
          subjectType: 'client_plan_version',
          subjectId: v.id,
          purpose: PURPOSE,
        });
        return v.id;
      });
      return reply.status(201).send({ version: toVersion(await versionOfPlan(db, planId, id), request.lang) });
    },
  );

  app.post(
    '/api/clients/:clientId/plans/:planId/versions/:versionId/accept',
    {
      config: { action: 'plan.update' },
      schema: {
        tags: ['client-plan'],
        summary:
          'Accept a draft: it becomes the plan in force; needs all nine elements and a review date within a year',
        params: versionParams,
        body: z.object({ version: z.number().int(), acceptedOn: isoDate.optional() }),
        response: { 200: z.object({ version: versionSchema }) },
      },
    },
    async (request) => {
      const { clientId, planId, versionId } = request.params;
      const plan = await planOfClient(db, clientId, planId);
      const cfg = await deadlineConfigForUnit(db, plan.unit_id);
      const client = await db
        .selectFrom('client')
        .select('client_group')
        .where('id', '=', clientId)
        .executeTakeFirstOrThrow();
      const acceptedOn = request.body.acceptedOn ?? todayInFinland();
      await db.transaction().execute(async (trx) => {
        const v = await versionOfPlan(trx, planId, versionId);
        if (v.status !== 'draft') throw new AppError(409, 'not_draft', planErrors.notDraft);
        if (v.version !== request.body.version) throw errors.conflict();
        const missing = missingElements(v.content);
        if (missing.length) {
          throw errors.validation(
            missing.map((m) => ({
              path: `content.${m.key}`,
              message: {
                fi: `${m.element}. ${m.label.fi}: puuttuu`,
                sv: `${m.element}. ${m.label.sv}: saknas`,
                en: `${m.element}. ${m.label.en}: missing`,
              },
            })),
          );
        }
        const max = latestReviewDate(acceptedOn, cfg[client.client_group]);
        if (v.review_date > max) throw errors.field('reviewDate', planErrors.reviewTooLate(max));
        if (v.review_date <= acceptedOn) throw errors.field('reviewDate', planErrors.reviewInPast);
        await acceptVersion(trx, planId, versionId, acceptedOn, request.user!.id, v.content);
        await audit(trx, {
          actor: request.actor(),
          action: 'plan.accept',
          clientId,
          subjectType: 'client_plan_version',
          subjectId: versionId,
          purpose: PURPOSE,
        });
      });
      return { version: toVersion(await versionOfPlan(db, planId, versionId), request.lang) };
    },
  );

  app.post(
    '/api/clients/:clientId/plans/:planId/versions/:versionId/consents/:consentId/withdraw',
    {
      config: { action: 'plan.update' },
      schema: {
        tags: ['client-plan'],
        summary: 'Record that the client withdrew a consent to information exchange (also on an accepted version)',
        params: versionParams.extend({ consentId: z.string().uuid() }),
        body: z.object({ withdrawnOn: isoDate, version: z.number().int() }),
        response: { 200: z.object({ version: versionSchema }) },
      },
    },
    async (request) => {
      const { clientId, planId, versionId, consentId } = request.params;
      await planOfClient(db, clientId, planId);
      await db.transaction().execute(async (trx) => {
        const v = await versionOfPlan(trx, planId, versionId);
        const consent = v.content.consents.find((c) => c.id === consentId);
        if (!consent) throw errors.field('consentId', planErrors.consentNotFound);
        if (consent.givenOn > request.body.withdrawnOn)
          throw errors.field('withdrawnOn', planErrors.withdrawBeforeGiven);
        consent.withdrawnOn = request.body.withdrawnOn;
        const updated = await trx
          .updateTable('client_plan_version')
          .set({
            content: JSON.stringify(v.content),
            version: sql`version + 1`,
            updated_by: request.user!.id,
            updated_at: sql`now()`,
          })
          .where('id', '=', versionId)
          .where('version', '=', request.body.version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) === 0) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'plan.consent.withdraw',
          clientId,
          subjectType: 'client_plan_version',
          subjectId: versionId,
          purpose: PURPOSE,
        });
      });
      return { version: toVersion(await versionOfPlan(db, planId, versionId), request.lang) };
    },
  );
  // ---- the client's copy: printable page and PDF (UUIDs only in the URL; language and plain as options) ----
  const printQuery = z.object({ lang: z.enum(['fi', 'sv', 'en']).optional(), plain: z.enum(['0', '1']).default('1') });
  async function printData(request: {
    params: { clientId: string; planId: string; versionId: string };
    query: z.infer<typeof printQuery>;
    lang: Lang;
  }) {
    const { clientId, planId, versionId } = request.params;
    await planOfClient(db, clientId, planId);
    const v = await versionOfPlan(db, planId, versionId);
    const client = await db
      .selectFrom('client')
      .select('preferred_language')
      .where('id', '=', clientId)
      .executeTakeFirstOrThrow();
    const lang =
      request.query.lang && isLang(request.query.lang)
        ? request.query.lang
        : clientLang(client.preferred_language, request.lang);
    return loadPrintData(db, clientId, v, lang, request.query.plain === '1', todayInFinland());
  }

  app.get(
    '/api/clients/:clientId/plans/:planId/versions/:versionId/print',
    {
      config: { action: 'plan.read' },
      schema: {
        tags: ['client-plan'],
        summary: "Printable plan for the client (HTML), in the client's language and plain language",
        params: versionParams,
        querystring: printQuery,
      },
    },
    async (request, reply) => {
      const d = await printData(request);
      await audit(db, {
        actor: request.actor(),
        action: 'plan.print',
        clientId: request.params.clientId,
        subjectType: 'client_plan_version',
        subjectId: request.params.versionId,
        purpose: PURPOSE,
      });
      const base = request.url.split('?')[0];
      const alt = (l: Lang) => `${base}?lang=${l}&plain=${request.query.plain}`;
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      return page({
        lang: d.lang,
        title: 'Osallinen',
        alternates: { fi: alt('fi'), sv: alt('sv'), en: alt('en') },
        body: planHtml(d, { pdf: base.replace(/\/print$/, '/pdf') + `?lang=${d.lang}&plain=${request.query.plain}` }),
        noStore: true,
      });
    },
  );

  app.get(
    '/api/clients/:clientId/plans/:planId/versions/:versionId/pdf',
    {
      config: { action: 'plan.read' },
      schema: {
        tags: ['client-plan'],
        summary: 'The client’s copy of the plan as PDF',
        params: versionParams,
        querystring: printQuery,
      },
    },
    async (request, reply) => {
      const d = await printData(request);
      const pdf = await planPdf(d);
      await audit(db, {
        actor: request.actor(),
        action: 'plan.print',
        clientId: request.params.clientId,
        subjectType: 'client_plan_version',
        subjectId: request.params.versionId,
        purpose: PURPOSE,
      });
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="suunnitelma-v${d.version.number}.pdf"`)
        .send(pdf);
    },
  );
}
