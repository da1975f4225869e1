// After-meeting feedback (DOMAIN.md 4.1), the API: the public JSON answer, the worker's own codes,
// results and cards, a manager's view of their staff, paper entry and moderation. The public form
// is in pages.ts, the organisation's settings in ../settings.
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import {
  cardsQuery,
  feedbackCode,
  feedbackModerationBody,
  feedbackResults,
  feedbackWorkers,
  moderationItem,
  moderationQuery,
  moderationResult,
  paperFeedbackBody,
  periodQuery,
  publicFeedbackBody,
  publicFeedbackParams,
} from '../../../shared/contracts/participation/feedback.js';
import { publicLimits } from '../config.js';
import { feedbackErrors } from './messages.js';
import { renderCards } from './pages.js';
import {
  cardsOf,
  enterPaperAnswer,
  findActiveCode,
  isEmptyAnswer,
  moderateAnswer,
  moderationQueue,
  ownCodes,
  ownResults,
  periodOf,
  readWorkerResults,
  saveAnswer,
  workersOverview,
} from './service.js';

const workerParams = z.object({ userId: z.string().uuid() });
const answerParams = z.object({ answerId: z.string().uuid() });

export default async function feedbackRoutes(app: App) {
  const db = app.db;
  const limits = publicLimits();
  const rateLimit = { max: limits.feedbackMax, timeWindow: limits.timeWindow };

  // ---- public JSON ----
  app.post(
    '/api/public/feedback/:code',
    {
      config: { action: 'feedback.public.submit', rateLimit },
      schema: {
        tags: ['feedback'],
        summary: 'Send anonymous after-meeting feedback to a worker code (no session; rate limited)',
        params: publicFeedbackParams,
        body: publicFeedbackBody,
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const info = await findActiveCode(db, request.params.code);
      if (!info) throw errors.notFound();
      const { website, ...answer } = request.body;
      // A filled honeypot is a bot: thanked, nothing saved.
      if (website && website.trim() !== '') return reply.status(201).send({ ok: true });
      if (isEmptyAnswer(answer)) throw errors.field('metExpectations', feedbackErrors.nothingAnswered);
      await saveAnswer(db, info, answer, { channel: 'web', answeredOn: app.clock.today() });
      return reply.status(201).send({ ok: true });
    },
  );

  // ---- the worker's own codes, results and cards ----
  app.get(
    '/api/feedback/me/codes',
    {
      config: { action: 'feedback.own.read' },
      schema: {
        tags: ['feedback'],
        summary: "The worker's feedback code in each unit (created on first use)",
        response: { 200: z.object({ codes: z.array(feedbackCode) }) },
      },
    },
    async (request) => ({ codes: await ownCodes(db, request.user!.id, request.access.unitIds) }),
  );

  app.get(
    '/api/feedback/me/results',
    {
      config: { action: 'feedback.own.read' },
      schema: {
        tags: ['feedback'],
        summary: 'Own feedback for a period; only "too few answers" below the minimum',
        querystring: periodQuery,
        response: { 200: z.object({ results: feedbackResults }) },
      },
    },
    async (request) => ({
      results: await ownResults(
        db,
        request.user!.id,
        request.access.unitIds,
        periodOf(request.query, app.clock.today()),
      ),
    }),
  );

  app.get(
    '/api/feedback/me/cards',
    {
      config: { action: 'feedback.own.read' },
      schema: {
        tags: ['feedback'],
        summary: "The worker's own printable feedback cards (HTML, A6 or A5) with the questions and a QR code",
        querystring: cardsQuery,
      },
    },
    async (request, reply) => {
      const cards = await cardsOf(db, request.user!.id, request.access.unitIds);
      const origin = `${request.protocol}://${request.host}`;
      reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
      return renderCards(request.query.lang ?? request.lang, origin, request.query.size, cards);
    },
  );

  // ---- managers: their units' staff ----
  app.get(
    '/api/feedback/workers',
    {
      config: { action: 'feedback.perWorker.list' },
      schema: {
        tags: ['feedback'],
        summary: "The manager's unit staff with whether each has enough answers to show (no counts)",
        querystring: periodQuery,
        response: { 200: feedbackWorkers },
      },
    },
    async (request) =>
      workersOverview(db, request.user!, request.access.unitIds, periodOf(request.query, app.clock.today())),
  );

  app.get(
    '/api/feedback/workers/:userId/results',
    {
      config: { action: 'feedback.perWorker.read' },
      schema: {
        tags: ['feedback'],
        summary: "A staff member's feedback for their manager, in the units where both work",
        params: workerParams,
        querystring: periodQuery,
        response: { 200: z.object({ results: feedbackResults }) },
      },
    },
    async (request) => ({
      results: await readWorkerResults(
        db,
        request.actor(),
        request.params.userId,
        // The units where the worker works and the user manages (the resolver and the rule decided).
        request.access.unitIds,
        periodOf(request.query, app.clock.today()),
      ),
    }),
  );

  app.get(
    '/api/feedback/workers/:userId/cards',
    {
      config: { action: 'feedback.perWorker.read' },
      schema: {
        tags: ['feedback'],
        summary: "A staff member's printable feedback cards, for their manager (the manager's units only)",
        params: workerParams,
        querystring: cardsQuery,
      },
    },
    async (request, reply) => {
      const cards = await cardsOf(db, request.params.userId, request.access.unitIds);
      const origin = `${request.protocol}://${request.host}`;
      reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
      return renderCards(request.query.lang ?? request.lang, origin, request.query.size, cards);
    },
  );

  // ---- paper cards ----
  app.post(
    '/api/feedback/paper',
    {
      config: { action: 'feedback.paper.enter' },
      schema: {
        tags: ['feedback'],
        summary: 'Type in a paper feedback card (marked as paper)',
        body: paperFeedbackBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const id = await enterPaperAnswer(
        db,
        { actor: request.actor(), id: request.user!.id, unitIds: request.access.unitIds },
        app.clock.today(),
        request.body,
      );
      return reply.status(201).send({ id });
    },
  );

  // ---- moderation ----
  app.get(
    '/api/feedback/moderation',
    {
      config: { action: 'feedback.freeText.list' },
      schema: {
        tags: ['feedback'],
        summary: "Free-text answers of the manager's units, for moderation and for turning into proposals",
        querystring: moderationQuery,
        response: { 200: z.object({ answers: z.array(moderationItem) }) },
      },
    },
    async (request) => ({
      answers: await moderationQueue(db, request.user!, request.access.unitIds, request.query.status),
    }),
  );

  app.post(
    '/api/feedback/answers/:answerId/moderation',
    {
      config: { action: 'feedback.moderate' },
      schema: {
        tags: ['feedback'],
        summary: 'Approve free text as written, or store a redacted version (the original is overwritten)',
        params: answerParams,
        body: feedbackModerationBody,
        response: { 200: moderationResult },
      },
    },
    async (request) =>
      moderateAnswer(
        db,
        { actor: request.actor(), id: request.user!.id },
        app.clock.now(),
        request.params.answerId,
        request.body,
      ),
  );
}
