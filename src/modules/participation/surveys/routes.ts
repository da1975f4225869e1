// Surveys (DOMAIN.md 4.1): builder and the model template, publication, public web form, kiosk and
// paper version, staff entry of paper answers, results with the minimum-size rule, year-over-year
// comparison, moderation of free text, and CSV/XLSX export.
import QRCode from 'qrcode';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { actionNameSchema } from '../../../shared/contracts/foundation/auth.js';
import { audit } from '../../../server/audit/audit.js';
import { LANGUAGES, localizeText, type Lang } from './lang.js';
import { publicLimits } from '../feedback/config.js';
import { settingsForUnit } from '../settings/service.js';
import { todayInFinland } from '../../client-work/index.js';
import {
  clientSatisfactionTemplate,
  definitionSchema,
  localizedText,
  type SurveyDefinition,
} from '../../../shared/contracts/participation/survey-definition.js';
import { surveyText } from './messages.js';
import {
  renderSurveyForm,
  renderSurveyMessage,
  renderSurveyPrint,
  renderSurveyThanks,
  surveyPaths,
  type PublicSurvey,
} from './pages.js';
import { isOpen, parseAnswer, saveResponse, surveyErrors, surveyResults } from './service.js';
import { messagesFor } from '../../../shared/i18n.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idParam = z.object({ surveyId: z.string().uuid() });
const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const surveySchema = z.object({
  id: z.string(),
  ownerUnitId: z.string(),
  template: z.string().nullable(),
  title: localizedText,
  intro: localizedText,
  definition: z.any(),
  status: z.enum(['draft', 'published', 'closed']),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  responseCount: z.number(),
  links: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
  version: z.number(),
});

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export default async function surveyRoutes(app: App) {
  const db = app.db;
  const limits = publicLimits();
  const rateLimit = { max: limits.surveyMax, timeWindow: limits.timeWindow };

  const loadSurvey = async (id: string) => {
    if (!UUID.test(id)) return undefined;
    const row = await db.selectFrom('survey').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    return {
      ...row,
      title: parseJson<PublicSurvey['title']>(row.title),
      intro: parseJson<PublicSurvey['intro']>(row.intro),
      definition: parseJson<SurveyDefinition>(row.definition),
      opens_on: row.opens_on ? String(row.opens_on).slice(0, 10) : null,
      closes_on: row.closes_on ? String(row.closes_on).slice(0, 10) : null,
    };
  };
  type Loaded = NonNullable<Awaited<ReturnType<typeof loadSurvey>>>;

  const toApi = async (s: Loaded) => {
    const { n } = await db
      .selectFrom('survey_response')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('survey_id', '=', s.id)
      .executeTakeFirstOrThrow();
    return {
      id: s.id,
      ownerUnitId: s.owner_unit_id,
      template: s.template,
      title: s.title,
      intro: s.intro,
      definition: s.definition,
      status: s.status,
      opensOn: s.opens_on,
      closesOn: s.closes_on,
      responseCount: n,
      links: surveyPaths(s.id),
      version: s.version,
    };
  };

  /** The survey the route acts on (its resolver found it and the access rule allowed it). */
  const theSurvey = async (id: string) => {
    const s = await loadSurvey(id);
    if (!s) throw errors.notFound();
    return s;
  };

  // ---------- staff: builder ----------
  app.get(
    '/api/surveys',
    {
      config: { action: 'survey.list' },
      schema: {
        tags: ['surveys'],
        summary: "Surveys of the user's units",
        response: { 200: z.object({ surveys: z.array(surveySchema) }) },
      },
    },
    async (request) => {
      const rows = await db
        .selectFrom('survey')
        .select('id')
        .where('owner_unit_id', 'in', request.access.unitIds)
        .orderBy('opens_on', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
      const surveys = [];
      for (const r of rows) surveys.push(await toApi((await loadSurvey(r.id))!));
      return { surveys };
    },
  );

  app.get(
    '/api/surveys/:surveyId',
    {
      config: { action: 'survey.read' },
      schema: {
        tags: ['surveys'],
        summary: 'One survey with its definition, and what the user may do with it',
        params: idParam,
        response: { 200: z.object({ survey: surveySchema, permittedActions: z.array(actionNameSchema) }) },
      },
    },
    async (request) => ({
      survey: await toApi(await theSurvey(request.params.surveyId)),
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
        body: z
          .object({
            ownerUnitId: z.string().uuid().optional(),
            template: z.enum(['client-satisfaction']).optional(),
            title: localizedText.optional(),
            intro: localizedText.optional(),
            definition: definitionSchema.optional(),
            opensOn: dateString.optional(),
            closesOn: dateString.optional(),
          })
          .strict(),
        response: { 201: z.object({ survey: surveySchema }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const unit = b.ownerUnitId ?? request.access.unitIds[0];
      if (!request.access.unitIds.includes(unit))
        throw errors.field('ownerUnitId', {
          fi: 'Valitse oma yksikkösi.',
          sv: 'Välj din egen enhet.',
          en: 'Choose your own unit.',
        });
      const tpl = b.template === 'client-satisfaction' ? clientSatisfactionTemplate() : null;
      const title = b.title ?? tpl?.title;
      const intro = b.intro ?? tpl?.intro;
      const definition = b.definition ?? tpl?.definition;
      if (!title) throw errors.field('title', surveyErrors.required);
      if (!intro) throw errors.field('intro', surveyErrors.required);
      if (!definition) throw errors.field('definition', surveyErrors.required);
      if (b.opensOn && b.closesOn && b.opensOn > b.closesOn)
        throw errors.field('closesOn', {
          fi: 'Päättymispäivän on oltava alkamispäivän jälkeen.',
          sv: 'Slutdatumet måste vara efter startdatumet.',
          en: 'The closing date must be after the opening date.',
        });
      const id = await db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('survey')
          .values({
            owner_unit_id: unit,
            template: b.template ?? null,
            title: JSON.stringify(title) as never,
            intro: JSON.stringify(intro) as never,
            definition: JSON.stringify(definition) as never,
            opens_on: b.opensOn ?? null,
            closes_on: b.closesOn ?? null,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'survey.create',
          subjectType: 'survey',
          subjectId: id,
          purpose: 'osallisuus',
        });
        return id;
      });
      return reply.status(201).send({ survey: await toApi((await loadSurvey(id))!) });
    },
  );

  app.patch(
    '/api/surveys/:surveyId',
    {
      config: { action: 'survey.update' },
      schema: {
        tags: ['surveys'],
        summary: 'Edit a survey; questions only while it is a draft; status draft → published → closed (version check)',
        params: idParam,
        body: z
          .object({
            title: localizedText.optional(),
            intro: localizedText.optional(),
            definition: definitionSchema.optional(),
            opensOn: dateString.nullable().optional(),
            closesOn: dateString.nullable().optional(),
            status: z.enum(['draft', 'published', 'closed']).optional(),
            version: z.number().int(),
          })
          .strict(),
        response: { 200: z.object({ survey: surveySchema }) },
      },
    },
    async (request) => {
      const s = await theSurvey(request.params.surveyId);
      const b = request.body;
      if (s.version !== b.version) throw errors.conflict();
      if (b.definition && s.status !== 'draft') throw errors.field('definition', surveyErrors.notDraft);
      const order = { draft: 0, published: 1, closed: 2 } as const;
      if (b.status && order[b.status] < order[s.status])
        throw errors.field('status', {
          fi: 'Tilaa ei voi palauttaa.',
          sv: 'Statusen kan inte återställas.',
          en: 'The status cannot go back.',
        });
      await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('survey')
          .set({
            ...(b.title ? { title: JSON.stringify(b.title) as never } : {}),
            ...(b.intro ? { intro: JSON.stringify(b.intro) as never } : {}),
            ...(b.definition ? { definition: JSON.stringify(b.definition) as never } : {}),
            ...(b.opensOn !== undefined ? { opens_on: b.opensOn } : {}),
            ...(b.closesOn !== undefined ? { closes_on: b.closesOn } : {}),
            ...(b.status ? { status: b.status } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', s.id)
          .where('version', '=', b.version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'survey.update',
          subjectType: 'survey',
          subjectId: s.id,
          purpose: 'osallisuus',
        });
      });
      return { survey: await toApi((await loadSurvey(s.id))!) };
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
        params: idParam,
        body: z
          .object({
            answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
            contact: z
              .object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })
              .strict()
              .optional(),
            answeredOn: dateString.optional(),
          })
          .strict(),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const s = await theSurvey(request.params.surveyId);
      if (s.status === 'draft') throw errors.field('id', surveyErrors.notOpen);
      if (request.body.answeredOn && request.body.answeredOn > todayInFinland())
        throw errors.field('answeredOn', {
          fi: 'Päivämäärä ei voi olla tulevaisuudessa.',
          sv: 'Datumet kan inte vara i framtiden.',
          en: 'The date cannot be in the future.',
        });
      const parsed = parseAnswer(s.definition, request.body.answers, request.body.contact);
      if (Object.keys(parsed.errors).length)
        throw errors.validation(
          Object.entries(parsed.errors).map(([k, m]) => ({
            path: k.startsWith('contact.') ? k : `answers.${k}`,
            message: m,
          })),
        );
      const id = await saveResponse(db, s.id, parsed, {
        channel: 'paper',
        answeredOn: request.body.answeredOn,
        enteredBy: request.user!.id,
      });
      await audit(db, {
        actor: request.actor(),
        action: 'survey.paper.enter',
        subjectType: 'survey',
        subjectId: s.id,
        purpose: 'kyselyn kirjaus',
      });
      return reply.status(201).send({ id });
    },
  );

  // ---------- staff: results, export, moderation, contacts ----------
  const resultsQuery = z.object({ by: z.string().max(40).optional() });
  const computeResults = async (id: string, by?: string) => {
    const s = await theSurvey(id);
    const settings = await settingsForUnit(db, s.owner_unit_id);
    return { survey: s, results: await surveyResults(db, s, settings.feedbackMinAnswers, { by }) };
  };

  app.get(
    '/api/surveys/:surveyId/results',
    {
      config: { action: 'survey.results.read' },
      schema: {
        tags: ['surveys'],
        summary:
          'Results: per item distribution and mean, per group, by a background field, moderated free text, and last year in the same month',
        params: idParam,
        querystring: resultsQuery,
        response: { 200: z.object({ results: z.any() }) },
      },
    },
    async (request) => ({ results: (await computeResults(request.params.surveyId, request.query.by)).results }),
  );

  const exportRows = (s: Loaded, results: Awaited<ReturnType<typeof surveyResults>>, lang: Lang) => {
    if (!results.enough) return [];
    return results.items.map((it) => {
      const prev = results.comparison?.items.find((c) => c.key === it.key)?.previousMean ?? null;
      return {
        key: it.key,
        text: localizeText(it.text, lang),
        n: it.n,
        d: it.distribution,
        mean: it.mean,
        previous: prev,
      };
    });
  };
  const exportHeader = (lang: Lang) =>
    lang === 'sv'
      ? ['Fråga', 'Text', 'N', '1', '2', '3', '4', '5', 'Medeltal', 'Föregående år']
      : lang === 'en'
        ? ['Item', 'Text', 'N', '1', '2', '3', '4', '5', 'Mean', 'Previous year']
        : ['Kysymys', 'Teksti', 'N', '1', '2', '3', '4', '5', 'Keskiarvo', 'Edellinen vuosi'];

  app.get(
    '/api/surveys/:surveyId/results.csv',
    {
      config: { action: 'survey.results.read' },
      schema: { tags: ['surveys'], summary: 'Results as CSV (suppressed cells empty)', params: idParam },
    },
    async (request, reply) => {
      const { survey, results } = await computeResults(request.params.surveyId);
      const cell = (v: unknown) => {
        const s = v === null || v === undefined ? '' : String(v);
        return /[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
      };
      const lines = [exportHeader(request.lang).join(';')];
      for (const r of exportRows(survey, results, request.lang))
        lines.push([r.key, r.text, r.n, ...(r.d ?? ['', '', '', '', '']), r.mean, r.previous].map(cell).join(';'));
      reply
        .header('content-disposition', `attachment; filename="survey-${survey.id}.csv"`)
        .type('text/csv; charset=utf-8');
      return '\uFEFF' + lines.join('\r\n') + '\r\n';
    },
  );

  app.get(
    '/api/surveys/:surveyId/results.xlsx',
    {
      config: { action: 'survey.results.read' },
      schema: { tags: ['surveys'], summary: 'Results as an Excel workbook', params: idParam },
    },
    async (request, reply) => {
      const { survey, results } = await computeResults(request.params.surveyId);
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(request.lang === 'sv' ? 'Resultat' : request.lang === 'en' ? 'Results' : 'Tulokset');
      ws.addRow(exportHeader(request.lang)).font = { bold: true };
      for (const r of exportRows(survey, results, request.lang))
        ws.addRow([r.key, r.text, r.n, ...(r.d ?? [null, null, null, null, null]), r.mean, r.previous]);
      ws.getColumn(2).width = 60;
      const buf = await wb.xlsx.writeBuffer();
      reply
        .header('content-disposition', `attachment; filename="survey-${survey.id}.xlsx"`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      return Buffer.from(buf as ArrayBuffer);
    },
  );

  const freeTextItem = z.object({
    id: z.string(),
    itemKey: z.string(),
    text: z.string(),
    moderation: z.string(),
    proposalId: z.string().nullable(),
    version: z.number(),
  });
  app.get(
    '/api/surveys/:surveyId/free-texts',
    {
      config: { action: 'survey.freeText.list' },
      schema: {
        tags: ['surveys'],
        summary: 'Free-text answers for moderation',
        params: idParam,
        querystring: z.object({ status: z.enum(['pending', 'approved', 'redacted', 'all']).default('pending') }),
        response: { 200: z.object({ freeTexts: z.array(freeTextItem) }) },
      },
    },
    async (request) => {
      const s = await theSurvey(request.params.surveyId);
      let q = db
        .selectFrom('survey_free_text as f')
        .leftJoin('proposal as p', (j) =>
          j.onRef('p.source_id', '=', 'f.id').on('p.source_type', '=', 'survey_free_text'),
        )
        .select(['f.id', 'f.item_key as itemKey', 'f.text', 'f.moderation', 'f.version', 'p.id as proposalId'])
        .where('f.survey_id', '=', s.id)
        .orderBy('f.id');
      if (request.query.status !== 'all') q = q.where('f.moderation', '=', request.query.status);
      return { freeTexts: await q.execute() };
    },
  );

  app.post(
    '/api/surveys/free-texts/:freeTextId/moderation',
    {
      config: { action: 'survey.moderate' },
      schema: {
        tags: ['surveys'],
        summary: 'Approve a free-text answer or store a redacted version (the original is overwritten)',
        params: z.object({ freeTextId: z.string().uuid() }),
        body: z.discriminatedUnion('decision', [
          z.object({ decision: z.literal('approve'), version: z.number().int() }).strict(),
          z
            .object({
              decision: z.literal('redact'),
              text: z.string().trim().min(1).max(4000),
              version: z.number().int(),
            })
            .strict(),
        ]),
        response: { 200: z.object({ id: z.string(), moderation: z.string(), version: z.number() }) },
      },
    },
    async (request) => {
      const b = request.body;
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('survey_free_text')
          .set({
            moderation: b.decision === 'approve' ? 'approved' : 'redacted',
            ...(b.decision === 'redact' ? { text: b.text } : {}),
            moderated_by: request.user!.id,
            version: sql`version + 1`,
          })
          .where('id', '=', request.params.freeTextId)
          .where('version', '=', b.version)
          .returning(['id', 'moderation', 'version'])
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'survey.moderate',
          subjectType: 'survey_free_text',
          subjectId: updated.id,
          purpose: 'kyselyn moderointi',
        });
        return updated;
      });
    },
  );

  app.get(
    '/api/surveys/:surveyId/contacts',
    {
      config: { action: 'survey.contacts.read' },
      schema: {
        tags: ['surveys'],
        summary: 'People who would like to take part in development work (never linked to answers)',
        params: idParam,
        response: {
          200: z.object({
            contacts: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                phone: z.string().nullable(),
                email: z.string().nullable(),
                handled: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const s = await theSurvey(request.params.surveyId);
      const contacts = await db
        .selectFrom('survey_contact')
        .select(['id', 'name', 'phone', 'email', 'handled'])
        .where('survey_id', '=', s.id)
        .orderBy('name')
        .execute();
      await audit(db, {
        actor: request.actor(),
        action: 'survey.contacts.read',
        subjectType: 'survey',
        subjectId: s.id,
        purpose: 'osallistujien rekrytointi',
      });
      return { contacts };
    },
  );

  // ---------- public JSON ----------
  const publicDef = (s: Loaded) => ({
    id: s.id,
    title: s.title,
    intro: s.intro,
    definition: s.definition,
    open: isOpen(s),
  });
  app.get(
    '/api/public/surveys/:surveyId',
    {
      config: { action: 'survey.public.use', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['surveys'],
        summary: 'A published survey: its questions in fi/sv/en',
        params: z.object({ surveyId: z.string().uuid() }),
        response: { 200: z.object({ survey: z.any() }) },
      },
    },
    async (request) => {
      const s = await loadSurvey(request.params.surveyId);
      if (!s || s.status === 'draft') throw errors.notFound();
      return { survey: publicDef(s) };
    },
  );

  app.post(
    '/api/public/surveys/:surveyId/responses',
    {
      config: { action: 'survey.public.use', rateLimit },
      schema: {
        tags: ['surveys'],
        summary: 'Answer a published survey (no session; rate limited; one answer per submission)',
        params: z.object({ surveyId: z.string().uuid() }),
        body: z
          .object({
            answers: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
            contact: z
              .object({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() })
              .strict()
              .optional(),
            website: z.string().max(200).optional(),
          })
          .strict(),
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const s = await loadSurvey(request.params.surveyId);
      if (!s || s.status === 'draft') throw errors.notFound();
      if (!isOpen(s)) throw errors.field('surveyId', surveyErrors.notOpen);
      if (request.body.website?.trim()) return reply.status(201).send({ ok: true });
      const parsed = parseAnswer(s.definition, request.body.answers, request.body.contact);
      if (Object.keys(parsed.errors).length)
        throw errors.validation(
          Object.entries(parsed.errors).map(([k, m]) => ({
            path: k.startsWith('contact.') ? k : `answers.${k}`,
            message: m,
          })),
        );
      await saveResponse(db, s.id, parsed, { channel: 'web' });
      return reply.status(201).send({ ok: true });
    },
  );

  // ---------- public pages ----------
  for (const lang of LANGUAGES) {
    const base = surveyPaths(':id')[lang];
    const thanks = { fi: '/kiitos', sv: '/tack', en: '/thanks' }[lang];
    const printSuffix = { fi: '/tulosta', sv: '/skriv-ut', en: '/print' }[lang];
    const sendHtml = (reply: FastifyReply, status: number, body: string) =>
      reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
    const flags = (request: FastifyRequest) => {
      const q = (request.query ?? {}) as Record<string, unknown>;
      return { plain: lang === 'fi' && q.selko === '1', kiosk: q.kiosk === '1', kioskThanks: q.kiitos === '1' };
    };
    const m = messagesFor(surveyText, lang);
    const unavailable = (reply: FastifyReply, id: string, s: Loaded | undefined) =>
      !s || s.status === 'draft'
        ? sendHtml(reply, 404, renderSurveyMessage(lang, surveyPaths(id), m.notFoundTitle, m.closed))
        : sendHtml(reply, 410, renderSurveyMessage(lang, surveyPaths(id), m.closedTitle, m.closed));

    app.get(base, { config: { action: 'publicPage.read' }, schema: { hide: true } }, async (request, reply) => {
      const id = (request.params as { id: string }).id;
      const s = await loadSurvey(id);
      if (!s || !isOpen(s)) return unavailable(reply, id, s);
      return sendHtml(reply, 200, renderSurveyForm(s, lang, flags(request)));
    });

    app.post(
      base,
      { config: { action: 'survey.public.use', rateLimit }, schema: { hide: true } },
      async (request, reply) => {
        const id = (request.params as { id: string }).id;
        const s = await loadSurvey(id);
        if (!s || !isOpen(s)) return unavailable(reply, id, s);
        const f = flags(request);
        const body = (request.body ?? {}) as Record<string, unknown>;
        const next = f.kiosk
          ? `${surveyPaths(s.id)[lang]}?kiosk=1&kiitos=1${f.plain ? '&selko=1' : ''}`
          : `${surveyPaths(s.id)[lang]}${thanks}${f.plain ? '?selko=1' : ''}`;
        // Honeypot: thanked, nothing saved.
        if (typeof body.website === 'string' && body.website.trim()) return reply.redirect(next, 303);
        const contactInput = f.kiosk
          ? null
          : { name: body.contact_name, phone: body.contact_phone, email: body.contact_email };
        const parsed = parseAnswer(s.definition, body, contactInput);
        if (Object.keys(parsed.errors).length) {
          const values: Record<string, string | string[]> = {};
          for (const [k, v] of Object.entries(body))
            if (typeof v === 'string' || Array.isArray(v)) values[k] = v as string | string[];
          const errs = Object.fromEntries(Object.entries(parsed.errors).map(([k, msg]) => [k, msg[lang]]));
          return sendHtml(
            reply,
            400,
            renderSurveyForm(s, lang, { ...f, kioskThanks: false, state: { values, errors: errs } }),
          );
        }
        await saveResponse(db, s.id, parsed, { channel: f.kiosk ? 'kiosk' : 'web' });
        return reply.redirect(next, 303);
      },
    );

    app.get(
      `${base}${thanks}`,
      { config: { action: 'publicPage.read' }, schema: { hide: true } },
      async (request, reply) => {
        return sendHtml(
          reply,
          200,
          renderSurveyThanks((request.params as { id: string }).id, lang, flags(request).plain),
        );
      },
    );

    app.get(
      `${base}${printSuffix}`,
      { config: { action: 'publicPage.read' }, schema: { hide: true } },
      async (request, reply) => {
        const id = (request.params as { id: string }).id;
        const s = await loadSurvey(id);
        if (!s || s.status === 'draft') return unavailable(reply, id, s);
        const url = `${request.protocol}://${request.host}${surveyPaths(s.id)[lang]}`;
        const svg = await QRCode.toString(url, { type: 'svg', margin: 1 });
        return sendHtml(reply, 200, renderSurveyPrint(s, lang, svg, url));
      },
    );
  }
}
