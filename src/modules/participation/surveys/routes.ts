// Surveys (DOMAIN.md 4.1), the API: the units' surveys, one survey, the builder and the model survey,
// publication, paper answers, results with CSV/XLSX, moderation of free text, the contact list, and
// the public JSON. The public pages (web form, kiosk, paper version) are in pages.ts.
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import {
  freeTextItem,
  freeTextModerationBody,
  freeTextModerationResult,
  freeTextQuery,
  newSurveyBody,
  paperResponseBody,
  publicResponseBody,
  publicSurvey,
  resultsQuery,
  survey,
  surveyContact,
  surveyDetail,
  surveyListItem,
  surveyResults,
  surveyUpdateBody,
} from '../../../shared/contracts/participation/surveys.js';
import { publicLimits } from '../config.js';
import { resultsCsv, resultsXlsx } from './exports.js';
import { surveyById } from './queries.js';
import {
  createSurvey,
  enterPaperResponse,
  freeTextsForModeration,
  isOpen,
  listSurveys,
  moderateFreeText,
  readContacts,
  submitResponse,
  surveyResults as resultsOf,
  theSurvey,
  toApi,
  updateSurvey,
} from './service.js';

const surveyParams = z.object({ surveyId: z.string().uuid() });

export default async function surveyRoutes(app: App) {
  const db = app.db;
  const limits = publicLimits();
  const rateLimit = { max: limits.surveyMax, timeWindow: limits.timeWindow };
  const editor = (request: { actor(): { id: string; username: string }; user: { id: string } | null }) => ({
    actor: request.actor(),
    id: request.user!.id,
  });

  // ---------- staff: the surveys and the builder ----------
  app.get(
    '/api/surveys',
    {
      config: { action: 'survey.list' },
      schema: {
        tags: ['surveys'],
        summary: "Surveys of the user's units, each with what the user may do with it",
        response: { 200: z.object({ surveys: z.array(surveyListItem) }) },
      },
    },
    async (request) => ({ surveys: await listSurveys(db, request.user!, request.access.unitIds) }),
  );

  app.get(
    '/api/surveys/:surveyId',
    {
      config: { action: 'survey.read' },
      schema: {
        tags: ['surveys'],
        summary: 'One survey with its definition, and what the user may do with it',
        params: surveyParams,
        response: { 200: surveyDetail },
      },
    },
    async (request) => ({
      survey: await toApi(db, await theSurvey(db, request.params.surveyId)),
      permittedActions: request.permittedActions(),
    }),
  );

  app.post(
    '/api/surveys',
    {
      config: { action: 'survey.create' },
      schema: {
        tags: ['surveys'],
        summary: 'Create a survey: your own definition, or the built-in client-satisfaction model survey',
        body: newSurveyBody,
        response: { 201: z.object({ survey }) },
      },
    },
    async (request, reply) => {
      const id = await createSurvey(db, { ...editor(request), unitIds: request.access.unitIds }, request.body);
      return reply.status(201).send({ survey: await toApi(db, await theSurvey(db, id)) });
    },
  );

  app.patch(
    '/api/surveys/:surveyId',
    {
      config: { action: 'survey.update' },
      schema: {
        tags: ['surveys'],
        summary: 'Edit a survey; questions only while it is a draft; status draft → published → closed (version check)',
        params: surveyParams,
        body: surveyUpdateBody,
        response: { 200: z.object({ survey }) },
      },
    },
    async (request) => {
      await updateSurvey(db, editor(request), request.params.surveyId, request.body);
      return { survey: await toApi(db, await theSurvey(db, request.params.surveyId)) };
    },
  );

  // ---------- staff: paper answers ----------
  app.post(
    '/api/surveys/:surveyId/paper-responses',
    {
      config: { action: 'survey.paper.enter' },
      schema: {
        tags: ['surveys'],
        summary: 'Type in a paper answer (marked as paper); the contact slip, if any, is stored apart',
        params: surveyParams,
        body: paperResponseBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const id = await enterPaperResponse(
        db,
        editor(request),
        app.clock.today(),
        request.params.surveyId,
        request.body,
      );
      return reply.status(201).send({ id });
    },
  );

  // ---------- staff: results, export, moderation, contacts ----------
  app.get(
    '/api/surveys/:surveyId/results',
    {
      config: { action: 'survey.results.read' },
      schema: {
        tags: ['surveys'],
        summary:
          'Results: per item distribution and mean, per group, by a background field, moderated free text, and last year in the same month',
        params: surveyParams,
        querystring: resultsQuery,
        response: { 200: z.object({ results: surveyResults }) },
      },
    },
    async (request) => ({
      results: await resultsOf(db, await theSurvey(db, request.params.surveyId), app.clock.today(), request.query.by),
    }),
  );

  app.get(
    '/api/surveys/:surveyId/results.csv',
    {
      config: { action: 'survey.results.read' },
      schema: { tags: ['surveys'], summary: 'Results as CSV (suppressed cells empty)', params: surveyParams },
    },
    async (request, reply) => {
      const s = await theSurvey(db, request.params.surveyId);
      const csv = resultsCsv(await resultsOf(db, s, app.clock.today()), request.lang);
      reply.header('content-disposition', `attachment; filename="survey-${s.id}.csv"`).type('text/csv; charset=utf-8');
      return csv;
    },
  );

  app.get(
    '/api/surveys/:surveyId/results.xlsx',
    {
      config: { action: 'survey.results.read' },
      schema: { tags: ['surveys'], summary: 'Results as an Excel workbook', params: surveyParams },
    },
    async (request, reply) => {
      const s = await theSurvey(db, request.params.surveyId);
      const xlsx = await resultsXlsx(await resultsOf(db, s, app.clock.today()), request.lang);
      reply
        .header('content-disposition', `attachment; filename="survey-${s.id}.xlsx"`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return xlsx;
    },
  );

  app.get(
    '/api/surveys/:surveyId/free-texts',
    {
      config: { action: 'survey.freeText.list' },
      schema: {
        tags: ['surveys'],
        summary: 'Free-text answers for moderation, each with what the user may do with it',
        params: surveyParams,
        querystring: freeTextQuery,
        response: { 200: z.object({ freeTexts: z.array(freeTextItem) }) },
      },
    },
    async (request) => ({
      freeTexts: await freeTextsForModeration(
        db,
        request.user!,
        await theSurvey(db, request.params.surveyId),
        request.query.status,
      ),
    }),
  );

  app.post(
    '/api/surveys/free-texts/:freeTextId/moderation',
    {
      config: { action: 'survey.moderate' },
      schema: {
        tags: ['surveys'],
        summary: 'Approve a free-text answer or store a redacted version (the original is overwritten)',
        params: z.object({ freeTextId: z.string().uuid() }),
        body: freeTextModerationBody,
        response: { 200: freeTextModerationResult },
      },
    },
    async (request) => moderateFreeText(db, editor(request), request.params.freeTextId, request.body),
  );

  app.get(
    '/api/surveys/:surveyId/contacts',
    {
      config: { action: 'survey.contacts.read' },
      schema: {
        tags: ['surveys'],
        summary: 'People who would like to take part in development work (never linked to answers)',
        params: surveyParams,
        response: { 200: z.object({ contacts: z.array(surveyContact) }) },
      },
    },
    async (request) => ({ contacts: await readContacts(db, request.actor(), request.params.surveyId) }),
  );

  // ---------- public JSON ----------
  const published = async (id: string) => {
    const s = await surveyById(db, id);
    if (!s || s.status === 'draft') throw errors.notFound();
    return s;
  };

  app.get(
    '/api/public/surveys/:surveyId',
    {
      config: { action: 'survey.public.use', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['surveys'],
        summary: 'A published survey: its questions in fi/sv/en',
        params: surveyParams,
        response: { 200: z.object({ survey: publicSurvey }) },
      },
    },
    async (request) => {
      const s = await published(request.params.surveyId);
      return {
        survey: {
          id: s.id,
          title: s.title,
          intro: s.intro,
          definition: s.definition,
          open: isOpen(s, app.clock.today()),
        },
      };
    },
  );

  app.post(
    '/api/public/surveys/:surveyId/responses',
    {
      config: { action: 'survey.public.use', rateLimit },
      schema: {
        tags: ['surveys'],
        summary: 'Answer a published survey (no session; rate limited; one answer per submission)',
        params: surveyParams,
        body: publicResponseBody,
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await submitResponse(db, app.clock.today(), await published(request.params.surveyId), request.body);
      return reply.status(201).send({ ok: true });
    },
  );
}
