// After-meeting feedback (DOMAIN.md 4.1): the public form and JSON, worker codes and printable
// cards, paper entry, per-worker results under the minimum-size rule, moderation and settings.
import QRCode from 'qrcode';
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { LANGUAGES, messagesFor, type Lang } from '../../../shared/i18n.js';
import { html, page, raw } from '../../../server/pages/html.js';
import { effectiveMinimum, ABSOLUTE_MINIMUM } from '../../../domain/anonymity/index.js';
import { todayInFinland } from '../../client-work/index.js';
import { publicLimits } from './config.js';
import { feedbackErrors, feedbackText } from './messages.js';
import {
  renderFeedbackForm,
  renderNotFound,
  renderThanks,
  thanksPaths,
  type FormErrors,
  type FormValues,
} from './pages.js';
import {
  answerSchema,
  defaultPeriod,
  ensureCode,
  feedbackPaths,
  findActiveCode,
  isEmptyAnswer,
  normaliseCode,
  organisationOfUnit,
  saveAnswer,
  settingsFor,
  workerResults,
  type AnswerInput,
} from './service.js';

const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const periodQuery = z.object({ from: dateString.optional(), to: dateString.optional() });

const resultsSchema = z.union([
  z.object({ period: z.object({ from: z.string(), to: z.string() }), minimum: z.number(), enough: z.literal(false) }),
  z.object({
    period: z.object({ from: z.string(), to: z.string() }),
    minimum: z.number(),
    enough: z.literal(true),
    count: z.number(),
    metExpectations: z.object({ yes: z.number(), partly: z.number(), no: z.number(), unanswered: z.number() }),
    rating: z.object({ distribution: z.array(z.number()), answered: z.number(), mean: z.number().nullable() }),
    freeTexts: z.array(z.object({ id: z.string(), opinion: z.string().nullable(), wishes: z.string().nullable() })),
    awaitingModeration: z.number(),
  }),
]);

function periodOf(q: { from?: string; to?: string }) {
  const d = defaultPeriod();
  const period = { from: q.from ?? d.from, to: q.to ?? d.to };
  if (period.from > period.to) throw errors.field('from', feedbackErrors.periodOrder);
  return period;
}

/** Form posts (urlencoded strings) → the answer schema's shape, or field errors in `lang`. */
function parseForm(
  body: Record<string, unknown>,
  lang: Lang,
  plain: boolean,
): { values: FormValues; answer?: AnswerInput; errs: FormErrors } {
  const t = messagesFor(feedbackText, lang, plain);
  const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
  const values: FormValues = {
    met_expectations: str('met_expectations'),
    opinion: str('opinion'),
    wishes: str('wishes'),
    rating: str('rating'),
  };
  const errs: FormErrors = {};
  const parsed = answerSchema.safeParse({
    metExpectations: values.met_expectations || null,
    opinion: values.opinion || null,
    wishes: values.wishes || null,
    rating: values.rating ? Number(values.rating) : null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (key === 'metExpectations') errs.met_expectations = t.invalidOption;
      else if (key === 'rating') errs.rating = t.invalidOption;
      else if (key === 'opinion' || key === 'wishes') errs[key] = t.tooLong;
    }
    return { values, errs };
  }
  if (isEmptyAnswer(parsed.data)) {
    errs.met_expectations = t.nothingAnswered;
    return { values, errs };
  }
  return { values, answer: parsed.data, errs };
}

export default async function feedbackRoutes(app: App) {
  const db = app.db;
  const limits = publicLimits();
  const rateLimit = { max: limits.feedbackMax, timeWindow: limits.timeWindow };

  // ---- public form, one route per language ----
  for (const lang of LANGUAGES) {
    const formPath = feedbackPaths(':code')[lang];
    const thanksPath = thanksPaths(':code')[lang];
    const sendHtml = (reply: FastifyReply, status: number, body: string) =>
      reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
    const plainOf = (request: FastifyRequest) =>
      lang === 'fi' && (request.query as Record<string, unknown>)?.selko === '1';

    app.get(formPath, { config: { action: 'publicPage.read' }, schema: { hide: true } }, async (request, reply) => {
      const code = normaliseCode((request.params as { code: string }).code);
      const info = await findActiveCode(db, code);
      if (!info) return sendHtml(reply, 404, renderNotFound(lang, feedbackPaths(code)));
      return sendHtml(reply, 200, renderFeedbackForm(lang, plainOf(request), info));
    });

    app.post(
      formPath,
      { config: { action: 'feedback.public.submit', rateLimit }, schema: { hide: true } },
      async (request, reply) => {
        const code = normaliseCode((request.params as { code: string }).code);
        const plain = plainOf(request);
        const info = await findActiveCode(db, code);
        if (!info) return sendHtml(reply, 404, renderNotFound(lang, feedbackPaths(code)));
        const body = (request.body ?? {}) as Record<string, unknown>;
        const thanks = thanksPaths(info.code)[lang] + (plain ? '?selko=1' : '');
        // A filled honeypot is a bot: it gets the same thank-you page, and nothing is saved.
        if (typeof body.website === 'string' && body.website.trim() !== '') return reply.redirect(thanks, 303);
        const { values, answer, errs } = parseForm(body, lang, plain);
        if (!answer) return sendHtml(reply, 400, renderFeedbackForm(lang, plain, info, values, errs));
        await saveAnswer(db, info, answer, { channel: 'web' });
        return reply.redirect(thanks, 303);
      },
    );

    app.get(thanksPath, { config: { action: 'publicPage.read' }, schema: { hide: true } }, async (request, reply) => {
      const code = normaliseCode((request.params as { code: string }).code);
      return sendHtml(reply, 200, renderThanks(lang, plainOf(request), code));
    });
  }

  // ---- public JSON ----
  app.post(
    '/api/public/feedback/:code',
    {
      config: { action: 'feedback.public.submit', rateLimit },
      schema: {
        tags: ['feedback'],
        summary: 'Send anonymous after-meeting feedback to a worker code (no session; rate limited)',
        params: z.object({ code: z.string().max(20) }),
        body: answerSchema.extend({ website: z.string().max(200).optional() }).strict(),
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const info = await findActiveCode(db, normaliseCode(request.params.code));
      if (!info) throw errors.notFound();
      const { website, ...answer } = request.body;
      if (website && website.trim() !== '') return reply.status(201).send({ ok: true });
      if (isEmptyAnswer(answer)) throw errors.field('metExpectations', feedbackErrors.nothingAnswered);
      await saveAnswer(db, info, answer, { channel: 'web' });
      return reply.status(201).send({ ok: true });
    },
  );

  // ---- the worker's own codes, results and cards ----
  const codeSchema = z.object({
    code: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    links: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
  });

  app.get(
    '/api/feedback/me/codes',
    {
      config: { action: 'feedback.own.read' },
      schema: {
        tags: ['feedback'],
        summary: "The worker's feedback code in each unit (created on first use)",
        response: { 200: z.object({ codes: z.array(codeSchema) }) },
      },
    },
    async (request) => {
      const user = request.user!;
      const codes = [];
      for (const unitId of request.access.unitIds) {
        const code = await ensureCode(db, user.id, unitId);
        const unit = await db.selectFrom('unit').select('name').where('id', '=', unitId).executeTakeFirstOrThrow();
        codes.push({ code, unitId, unitName: unit.name, links: feedbackPaths(code) });
      }
      return { codes };
    },
  );

  app.get(
    '/api/feedback/me/results',
    {
      config: { action: 'feedback.own.read' },
      schema: {
        tags: ['feedback'],
        summary: 'Own feedback for a period; only "too few answers" below the minimum',
        querystring: periodQuery,
        response: { 200: z.object({ results: resultsSchema }) },
      },
    },
    async (request) => {
      const period = periodOf(request.query);
      const settings = await settingsFor(db, await organisationOfUnit(db, request.access.unitIds[0]));
      return { results: await workerResults(db, request.user!.id, request.access.unitIds, period, settings) };
    },
  );

  const cardsQuery = z.object({
    size: z.enum(['a6', 'a5']).default('a6'),
    lang: z.enum(LANGUAGES).optional(),
  });
  /** Printable cards of one worker in the given units (one card per unit where they have a code). */
  async function sendCards(
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    unitIds: string[],
    query: z.infer<typeof cardsQuery>,
  ) {
    const lang = query.lang ?? request.lang;
    const staffUnits = await db
      .selectFrom('user_role')
      .select('unit_id')
      .distinct()
      .where('user_id', '=', userId)
      .where('unit_id', 'in', unitIds.length ? unitIds : ['00000000-0000-0000-0000-000000000000'])
      .execute();
    if (!staffUnits.length) throw errors.notFound();
    const t = messagesFor(feedbackText, lang);
    const origin = `${request.protocol}://${request.host}`;
    const worker = await db
      .selectFrom('app_user')
      .select('display_name')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const cards = [];
    for (const { unit_id } of staffUnits) {
      const code = await ensureCode(db, userId, unit_id);
      const url = `${origin}${feedbackPaths(code)[lang]}`;
      const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      cards.push(html`<article class="card">
  <h2>${t.cardTitle}</h2>
  <div class="qr" role="img" aria-label="QR: ${url}">${raw(svg)}</div>
  <p class="small">${t.cardAnswerOnline}: <strong>${url}</strong></p>
  <p class="small">${t.cardCode}: <strong>${code.toUpperCase()}</strong> · ${worker.display_name}</p>
  <ol>
    <li>${t.q1} <span class="line"></span></li>
    <li>${t.q2} <span class="line"></span><span class="line"></span></li>
    <li>${t.q3} <span class="line"></span><span class="line"></span></li>
  </ol>
  <p class="small">${t.rating} 1 2 3 4 5</p>
  <p class="small">${t.cardBox}</p>
</article>`);
    }
    const size = query.size;
    const style = `@page { size: ${size === 'a6' ? 'A6' : 'A5'}; margin: 8mm; }
.card { page-break-after: always; break-after: page; max-width: ${size === 'a6' ? '105mm' : '148mm'}; border: 1px dashed #999; padding: 4mm; margin: 0 auto 1rem; }
.card h2 { margin-top: 0; } .qr svg { width: ${size === 'a6' ? '30mm' : '40mm'}; height: auto; float: right; margin-left: 3mm; }
.small { font-size: .85rem; } .line { display: block; border-bottom: 1px solid #666; height: 1.4em; }`;
    const body = html`<h1 class="no-print">${t.cardsTitle}</h1><style>${raw(style)}</style>${cards}`;
    reply.header('cache-control', 'no-store').type('text/html; charset=utf-8');
    return page({ lang, title: t.cardsTitle, alternates: { fi: '?lang=fi', sv: '?lang=sv', en: '?lang=en' }, body });
  }

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
    async (request, reply) => sendCards(request, reply, request.user!.id, request.access.unitIds, request.query),
  );

  // ---- managers: their unit's staff ----
  app.get(
    '/api/feedback/workers',
    {
      config: { action: 'feedback.perWorker.list' },
      schema: {
        tags: ['feedback'],
        summary: "The manager's unit staff with whether each has enough answers to show (no counts)",
        querystring: periodQuery,
        response: {
          200: z.object({
            minimum: z.number(),
            workers: z.array(
              z.object({
                userId: z.string(),
                displayName: z.string(),
                unitId: z.string(),
                unitName: z.string(),
                enough: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const period = periodOf(request.query);
      const unitIds = request.access.unitIds;
      const settings = await settingsFor(db, await organisationOfUnit(db, unitIds[0]));
      const staff = await db
        .selectFrom('user_role')
        .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
        .innerJoin('unit', 'unit.id', 'user_role.unit_id')
        .select(['app_user.id', 'app_user.display_name', 'unit.id as unitId', 'unit.name as unitName'])
        .where('user_role.unit_id', 'in', unitIds)
        .where('user_role.role', 'in', ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'])
        .where('app_user.is_active', '=', true)
        .distinct()
        .orderBy('app_user.display_name')
        .execute();
      const counts = await db
        .selectFrom('feedback_answer')
        .select(['worker_id', 'unit_id', sql<number>`count(*)::int`.as('n')])
        .where('unit_id', 'in', unitIds)
        .where('answered_on', '>=', period.from)
        .where('answered_on', '<=', period.to)
        .groupBy(['worker_id', 'unit_id'])
        .execute();
      const n = (userId: string, unitId: string) =>
        counts.find((c) => c.worker_id === userId && c.unit_id === unitId)?.n ?? 0;
      return {
        minimum: settings.feedbackMinAnswers,
        workers: staff.map((s) => ({
          userId: s.id,
          displayName: s.display_name,
          unitId: s.unitId,
          unitName: s.unitName,
          enough: n(s.id, s.unitId) >= settings.feedbackMinAnswers,
        })),
      };
    },
  );

  app.get(
    '/api/feedback/workers/:userId/results',
    {
      config: { action: 'feedback.perWorker.read' },
      schema: {
        tags: ['feedback'],
        summary: "A staff member's feedback for their manager, within the manager's units",
        params: z.object({ userId: z.string().uuid() }),
        querystring: periodQuery,
        response: { 200: z.object({ results: resultsSchema }) },
      },
    },
    async (request) => {
      const period = periodOf(request.query);
      // The units where the worker works and the user manages (the resolver and the rule decided).
      const unitIds = request.access.unitIds;
      const settings = await settingsFor(db, await organisationOfUnit(db, unitIds[0]));
      const results = await workerResults(db, request.params.userId, unitIds, period, settings);
      await audit(db, {
        actor: request.actor(),
        action: 'feedback.perWorker.read',
        subjectType: 'app_user',
        subjectId: request.params.userId,
        purpose: 'palautteen käsittely',
      });
      return { results };
    },
  );

  app.get(
    '/api/feedback/workers/:userId/cards',
    {
      config: { action: 'feedback.perWorker.read' },
      schema: {
        tags: ['feedback'],
        summary: "A staff member's printable feedback cards, for their manager (the manager's units only)",
        params: z.object({ userId: z.string().uuid() }),
        querystring: cardsQuery,
      },
    },
    async (request, reply) => sendCards(request, reply, request.params.userId, request.access.unitIds, request.query),
  );

  // ---- paper cards ----
  app.post(
    '/api/feedback/paper',
    {
      config: { action: 'feedback.paper.enter' },
      schema: {
        tags: ['feedback'],
        summary: 'Type in a paper feedback card (marked as paper)',
        body: answerSchema
          .extend({ code: z.string().trim().min(1).max(20), answeredOn: dateString.optional() })
          .strict(),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const { code, answeredOn, ...answer } = request.body;
      const info = await findActiveCode(db, normaliseCode(code));
      if (!info || !request.access.unitIds.includes(info.unitId))
        throw errors.field('code', feedbackErrors.unknownCode);
      if (answeredOn && answeredOn > todayInFinland()) throw errors.field('answeredOn', feedbackErrors.futureDate);
      if (isEmptyAnswer(answer)) throw errors.field('metExpectations', feedbackErrors.nothingAnswered);
      const id = await db.transaction().execute(async (trx) => {
        const id = await saveAnswer(trx, info, answer, { channel: 'paper', answeredOn, enteredBy: request.user!.id });
        await audit(trx, {
          actor: request.actor(),
          action: 'feedback.paper.enter',
          subjectType: 'feedback_answer',
          subjectId: id,
          purpose: 'palautteen kirjaus',
        });
        return id;
      });
      return reply.status(201).send({ id });
    },
  );

  // ---- moderation ----
  const moderationItem = z.object({
    id: z.string(),
    workerName: z.string(),
    unitName: z.string(),
    answeredOn: z.string(),
    channel: z.string(),
    opinion: z.string().nullable(),
    wishes: z.string().nullable(),
    moderation: z.string(),
    proposalId: z.string().nullable(),
    version: z.number(),
  });

  app.get(
    '/api/feedback/moderation',
    {
      config: { action: 'feedback.freeText.list' },
      schema: {
        tags: ['feedback'],
        summary: "Free-text answers of the manager's units, for moderation and for turning into proposals",
        querystring: z.object({ status: z.enum(['pending', 'approved', 'redacted', 'all']).default('pending') }),
        response: { 200: z.object({ answers: z.array(moderationItem) }) },
      },
    },
    async (request) => {
      let q = db
        .selectFrom('feedback_answer as a')
        .innerJoin('app_user as w', 'w.id', 'a.worker_id')
        .innerJoin('unit as u', 'u.id', 'a.unit_id')
        .leftJoin('proposal as p', (j) =>
          j.onRef('p.source_id', '=', 'a.id').on('p.source_type', '=', 'feedback_answer'),
        )
        .select([
          'a.id',
          'w.display_name as workerName',
          'u.name as unitName',
          'a.answered_on as answeredOn',
          'a.channel',
          'a.opinion',
          'a.wishes',
          'a.moderation',
          'a.version',
          'p.id as proposalId',
        ])
        .where('a.unit_id', 'in', request.access.unitIds)
        .where((eb) => eb.or([eb('a.opinion', 'is not', null), eb('a.wishes', 'is not', null)]))
        .orderBy('a.answered_on', 'desc')
        .limit(500);
      if (request.query.status !== 'all') q = q.where('a.moderation', '=', request.query.status);
      const rows = await q.execute();
      return { answers: rows.map((r) => ({ ...r, answeredOn: String(r.answeredOn) })) };
    },
  );

  app.post(
    '/api/feedback/answers/:answerId/moderation',
    {
      config: { action: 'feedback.moderate' },
      schema: {
        tags: ['feedback'],
        summary: 'Approve free text as written, or store a redacted version (the original is overwritten)',
        params: z.object({ answerId: z.string().uuid() }),
        body: z.discriminatedUnion('decision', [
          z.object({ decision: z.literal('approve'), version: z.number().int() }).strict(),
          z
            .object({
              decision: z.literal('redact'),
              opinion: z.string().trim().max(2000).nullable(),
              wishes: z.string().trim().max(2000).nullable(),
              version: z.number().int(),
            })
            .strict(),
        ]),
        response: { 200: z.object({ id: z.string(), moderation: z.string(), version: z.number() }) },
      },
    },
    async (request) => {
      const body = request.body;
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('feedback_answer')
          .set({
            moderation: body.decision === 'approve' ? 'approved' : 'redacted',
            ...(body.decision === 'redact' ? { opinion: body.opinion || null, wishes: body.wishes || null } : {}),
            moderated_by: request.user!.id,
            moderated_at: sql`now()`,
            version: sql`version + 1`,
          })
          .where('id', '=', request.params.answerId)
          .where('version', '=', body.version)
          .returning(['id', 'moderation', 'version'])
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'feedback.moderate',
          subjectType: 'feedback_answer',
          subjectId: updated.id,
          purpose: 'palautteen moderointi',
        });
        return updated;
      });
    },
  );

  // ---- settings ----
  const settingsSchema = z.object({
    organisationId: z.string(),
    feedbackMinAnswers: z.number(),
    moderationRequired: z.boolean(),
    version: z.number(),
  });
  app.get(
    '/api/feedback/settings',
    {
      config: { action: 'feedback.settings.manage' },
      schema: {
        tags: ['feedback'],
        summary: "The organisation's minimum group size and moderation setting",
        response: { 200: z.object({ settings: settingsSchema }) },
      },
    },
    async (request) => ({ settings: await settingsFor(db, await organisationOfUnit(db, request.access.unitIds[0])) }),
  );

  app.put(
    '/api/feedback/settings',
    {
      config: { action: 'feedback.settings.manage' },
      schema: {
        tags: ['feedback'],
        summary: `Set the minimum group size (never below ${ABSOLUTE_MINIMUM}) and whether free text needs moderation`,
        body: z
          .object({
            feedbackMinAnswers: z.number().int().min(ABSOLUTE_MINIMUM).max(100),
            moderationRequired: z.boolean(),
            version: z.number().int(),
          })
          .strict(),
        response: { 200: z.object({ settings: settingsSchema }) },
      },
    },
    async (request) => {
      const organisationId = await organisationOfUnit(db, request.access.unitIds[0]);
      const { feedbackMinAnswers, moderationRequired, version } = request.body;
      await db.transaction().execute(async (trx) => {
        const current = await settingsFor(trx, organisationId);
        if (current.version !== version) throw errors.conflict();
        await trx
          .insertInto('participation_setting')
          .values({
            organisation_id: organisationId,
            feedback_min_answers: effectiveMinimum(feedbackMinAnswers),
            moderation_required: moderationRequired,
            version: 1,
          })
          .onConflict((oc) =>
            oc.column('organisation_id').doUpdateSet({
              feedback_min_answers: effectiveMinimum(feedbackMinAnswers),
              moderation_required: moderationRequired,
              version: sql`participation_setting.version + 1`,
              updated_at: sql`now()`,
            }),
          )
          .execute();
        await audit(trx, {
          actor: request.actor(),
          action: 'feedback.settings.manage',
          subjectType: 'organisation',
          subjectId: organisationId,
          purpose: 'asetukset',
        });
      });
      return { settings: await settingsFor(db, organisationId) };
    },
  );
}
