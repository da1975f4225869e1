// Client portal API (/api/portal/…) and its no-JavaScript pages (/asiointi/…). Every action is
// scoped to the logged-in client's own record; there is no client id in any URL.
import { sql } from 'kysely';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../../server/types.js';
import { AppError, errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { html, page, type Alternates } from '../../../server/pages/html.js';
import { defineMessages, messagesFor, type Lang } from '../../../shared/i18n.js';
import { todayInFinland } from '../my-work/registry.js';
import { CLIENT_MARKS, GOAL_STATUSES, planContentSchema } from '../../../shared/contracts/client-work/plan.js';
import { clientLang, fiDate, loadPrintData, planHtml, planPdf, printText } from '../client-plan/print.js';
import { versionOfPlan } from '../client-plan/repo.js';
import { MEETING_KINDS } from '../../../domain/deadlines/index.js';
import { accessLog, namedWorker, ownPlan } from './service.js';

const PURPOSE = 'asiakkaan oma asiointi';

const portalText = defineMessages({
  fi: {
    noPlan: 'Sinulla ei ole vielä hyväksyttyä asiakassuunnitelmaa.',
    logTitle: 'Kuka on katsonut tietojani',
    logIntro: 'Tässä näet, kuka on käsitellyt tietojasi ja milloin. Jokainen katselu kirjataan lokiin.',
    when: 'Päivä',
    who: 'Kuka',
    role: 'Tehtävä',
    unit: 'Toimipaikka',
    what: 'Mitä tietoja',
    times: 'Kertaa',
    empty: 'Kukaan ei ole vielä katsonut tietojasi.',
    back: 'Takaisin omaan asiointiin',
    noDraft: 'Suunnitelmasta ei ole luonnosta, johon voisi kirjoittaa.',
  },
  sv: {
    noPlan: 'Du har ännu ingen godkänd klientplan.',
    logTitle: 'Vem har sett mina uppgifter',
    logIntro: 'Här ser du vem som har behandlat dina uppgifter och när. Varje visning loggas.',
    when: 'Dag',
    who: 'Vem',
    role: 'Uppgift',
    unit: 'Verksamhetsställe',
    what: 'Vilka uppgifter',
    times: 'Gånger',
    empty: 'Ingen har ännu sett dina uppgifter.',
    back: 'Tillbaka till egen e-tjänst',
    noDraft: 'Det finns inget utkast av planen att skriva i.',
  },
  en: {
    noPlan: 'You do not have an accepted client plan yet.',
    logTitle: 'Who has viewed my data',
    logIntro: 'Here you can see who has handled your information and when. Every view is logged.',
    when: 'Date',
    who: 'Who',
    role: 'Role',
    unit: 'Office',
    what: 'What information',
    times: 'Times',
    empty: 'Nobody has viewed your information yet.',
    back: 'Back to My services',
    noDraft: 'There is no draft of the plan to write in.',
  },
  selko: {
    noPlan: 'Sinulla ei ole vielä suunnitelmaa.',
    logTitle: 'Kuka on katsonut minun tietojani',
    logIntro: 'Tässä näet, kuka on katsonut sinun tietojasi ja milloin.',
    what: 'Mitä hän katsoi',
    empty: 'Kukaan ei ole vielä katsonut sinun tietojasi.',
    back: 'Takaisin etusivulle',
  },
});

const goalOut = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(GOAL_STATUSES),
  clientView: z.string(),
  clientMark: z.enum(CLIENT_MARKS).nullable(),
});

function clientIdOf(request: FastifyRequest): string {
  const id = request.user?.clientId;
  if (!id) throw errors.forbidden();
  return id;
}

/** The HTML pages send a browser without a session to the login page instead of a JSON error. */
function htmlErrors(error: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError && error.statusCode === 401)
    return reply.redirect(`/kirjaudu?next=${encodeURIComponent(request.url.split('?')[0])}`, 303);
  throw error;
}

function pageLang(request: FastifyRequest): Lang {
  const q = (request.query as { lang?: string }).lang;
  return q === 'sv' || q === 'en' || q === 'fi' ? q : request.lang;
}
const alternates = (path: string): Alternates => ({
  fi: `${path}?lang=fi`,
  sv: `${path}?lang=sv`,
  en: `${path}?lang=en`,
});

export default async function portalRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/portal/plan',
    {
      config: { action: 'portal.read' },
      schema: {
        tags: ['portal'],
        summary: "The client's own plan in force (goals, agreed actions) and the draft being prepared, if any",
        response: {
          200: z.object({
            plan: z
              .object({
                versionId: z.string(),
                planId: z.string(),
                number: z.number(),
                acceptedOn: z.string().nullable(),
                reviewDate: z.string(),
                version: z.number(),
                goals: z.array(goalOut),
                agreedActions: planContentSchema.shape.agreedActions,
                meetingIntervalWeeks: z.number().nullable(),
                partners: z.array(z.object({ name: z.string(), responsibility: z.string() })),
                consents: z.array(
                  z.object({
                    partnerName: z.string(),
                    scope: z.string(),
                    givenOn: z.string(),
                    withdrawnOn: z.string().nullable(),
                  }),
                ),
              })
              .nullable(),
            draft: z
              .object({
                versionId: z.string(),
                version: z.number(),
                reviewDate: z.string(),
                clientPreparation: z.string(),
              })
              .nullable(),
          }),
        },
      },
    },
    async (request) => {
      const clientId = clientIdOf(request);
      const { current, draft } = await ownPlan(db, clientId);
      await audit(db, {
        actor: request.actor(),
        action: 'portal.plan.read',
        clientId,
        subjectType: 'client_plan_version',
        subjectId: current?.id ?? null,
        purpose: PURPOSE,
      });
      return {
        plan: current
          ? {
              versionId: current.id,
              planId: current.plan_id,
              number: current.number,
              acceptedOn: current.accepted_on,
              reviewDate: current.review_date,
              version: current.version,
              goals: current.content.goals.map((g) => ({
                id: g.id,
                title: g.title,
                status: g.status,
                clientView: g.clientView,
                clientMark: g.clientMark,
              })),
              agreedActions: current.content.agreedActions,
              meetingIntervalWeeks: current.content.meetingFrequency.intervalWeeks,
              partners: current.content.partners.map((p) => ({ name: p.name, responsibility: p.responsibility })),
              consents: current.content.consents.map((c) => ({
                partnerName: c.partnerName,
                scope: c.scope,
                givenOn: c.givenOn,
                withdrawnOn: c.withdrawnOn,
              })),
            }
          : null,
        draft: draft
          ? {
              versionId: draft.id,
              version: draft.version,
              reviewDate: draft.review_date,
              clientPreparation: draft.client_preparation ?? '',
            }
          : null,
      };
    },
  );

  app.put(
    '/api/portal/plan/goals/:goalId',
    {
      config: { action: 'portal.write' },
      schema: {
        tags: ['portal'],
        summary: 'The client marks their own view on one goal of their plan in force (version check)',
        params: z.object({ goalId: z.string().uuid() }),
        body: z.object({
          clientMark: z.enum(CLIENT_MARKS).nullable(),
          clientView: z.string().trim().max(2000),
          version: z.number().int(),
        }),
        response: { 200: z.object({ goal: goalOut, version: z.number() }) },
      },
    },
    async (request) => {
      const clientId = clientIdOf(request);
      return db.transaction().execute(async (trx) => {
        const { current } = await ownPlan(trx, clientId);
        if (!current) throw errors.notFound();
        const goal = current.content.goals.find((g) => g.id === request.params.goalId);
        if (!goal) throw errors.notFound();
        goal.clientMark = request.body.clientMark;
        goal.clientView = request.body.clientView;
        const updated = await trx
          .updateTable('client_plan_version')
          .set({ content: JSON.stringify(current.content), version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', current.id)
          .where('version', '=', request.body.version)
          .returning('version')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'portal.goal.update',
          clientId,
          subjectType: 'client_plan_version',
          subjectId: current.id,
          purpose: PURPOSE,
        });
        return {
          goal: {
            id: goal.id,
            title: goal.title,
            status: goal.status,
            clientView: goal.clientView,
            clientMark: goal.clientMark,
          },
          version: updated.version,
        };
      });
    },
  );

  app.put(
    '/api/portal/plan/preparation',
    {
      config: { action: 'portal.write' },
      schema: {
        tags: ['portal'],
        summary: 'The client writes their own view into the draft before the meeting (version check)',
        body: z.object({ text: z.string().trim().max(4000), version: z.number().int() }),
        response: { 200: z.object({ version: z.number(), clientPreparation: z.string() }) },
      },
    },
    async (request) => {
      const clientId = clientIdOf(request);
      return db.transaction().execute(async (trx) => {
        const { draft } = await ownPlan(trx, clientId);
        if (!draft)
          throw new AppError(409, 'no_draft', {
            fi: portalText.fi.noDraft,
            sv: portalText.sv.noDraft,
            en: portalText.en.noDraft,
          });
        const updated = await trx
          .updateTable('client_plan_version')
          .set({ client_preparation: request.body.text, version: sql`version + 1`, updated_at: sql`now()` })
          .where('id', '=', draft.id)
          .where('status', '=', 'draft')
          .where('version', '=', request.body.version)
          .returning(['version', 'client_preparation'])
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'portal.preparation.update',
          clientId,
          subjectType: 'client_plan_version',
          subjectId: draft.id,
          purpose: PURPOSE,
        });
        return { version: updated.version, clientPreparation: updated.client_preparation ?? '' };
      });
    },
  );

  app.get(
    '/api/portal/meetings',
    {
      config: { action: 'portal.read' },
      schema: {
        tags: ['portal'],
        summary: "The client's upcoming meetings and the latest held ones",
        response: {
          200: z.object({
            upcoming: z.array(
              z.object({
                date: z.string(),
                time: z.string().nullable(),
                kind: z.enum(MEETING_KINDS),
                location: z.string().nullable(),
                workerName: z.string().nullable(),
              }),
            ),
            past: z.array(z.object({ date: z.string(), kind: z.enum(MEETING_KINDS) })),
          }),
        },
      },
    },
    async (request) => {
      const clientId = clientIdOf(request);
      const today = todayInFinland();
      const rows = await db
        .selectFrom('meeting')
        .leftJoin('app_user', 'app_user.id', 'meeting.worker_id')
        .select([
          'meeting.meeting_date',
          'meeting.start_time',
          'meeting.kind',
          'meeting.location',
          'meeting.status',
          'app_user.display_name',
        ])
        .where('meeting.client_id', '=', clientId)
        .where('meeting.status', '<>', 'cancelled')
        .orderBy('meeting.meeting_date')
        .execute();
      await audit(db, {
        actor: request.actor(),
        action: 'portal.meetings.read',
        clientId,
        subjectType: 'meeting',
        purpose: PURPOSE,
      });
      return {
        upcoming: rows
          .filter((m) => m.status === 'planned' && m.meeting_date >= today)
          .map((m) => ({
            date: m.meeting_date,
            time: m.start_time,
            kind: m.kind,
            location: m.location,
            workerName: m.display_name,
          })),
        past: rows
          .filter((m) => m.status === 'held')
          .reverse()
          .slice(0, 10)
          .map((m) => ({ date: m.meeting_date, kind: m.kind })),
      };
    },
  );

  app.get(
    '/api/portal/worker',
    {
      config: { action: 'portal.read' },
      schema: {
        tags: ['portal'],
        summary: "The client's named worker and how to reach them",
        response: {
          200: z.object({
            worker: z
              .object({
                name: z.string(),
                phone: z.string().nullable(),
                email: z.string().nullable(),
                unitName: z.string(),
                since: z.string(),
              })
              .nullable(),
          }),
        },
      },
    },
    async (request) => {
      const clientId = clientIdOf(request);
      const worker = await namedWorker(db, clientId);
      await audit(db, {
        actor: request.actor(),
        action: 'portal.worker.read',
        clientId,
        subjectType: 'named_worker_assignment',
        purpose: PURPOSE,
      });
      return { worker };
    },
  );

  app.get(
    '/api/portal/access-log',
    {
      config: { action: 'portal.read' },
      schema: {
        tags: ['portal'],
        summary: 'Who has processed my data (from the use log): when, who, role and unit',
        querystring: z.object({ plain: z.enum(['0', '1']).default('1') }),
        response: {
          200: z.object({
            entries: z.array(
              z.object({
                date: z.string(),
                lastAt: z.string(),
                who: z.string(),
                role: z.string(),
                unit: z.string(),
                what: z.string(),
                times: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const clientId = clientIdOf(request);
      const entries = await accessLog(db, clientId, request.user!.id, request.lang, request.query.plain === '1');
      await audit(db, {
        actor: request.actor(),
        action: 'portal.accesslog.read',
        clientId,
        subjectType: 'audit_log',
        purpose: PURPOSE,
      });
      return { entries };
    },
  );

  async function ownPrintData(request: FastifyRequest, lang?: Lang) {
    const clientId = clientIdOf(request);
    const { current } = await ownPlan(db, clientId);
    if (!current) return null;
    const client = await db
      .selectFrom('client')
      .select('preferred_language')
      .where('id', '=', clientId)
      .executeTakeFirstOrThrow();
    const v = await versionOfPlan(db, current.plan_id, current.id);
    return loadPrintData(
      db,
      clientId,
      v,
      lang ?? clientLang(client.preferred_language, request.lang),
      true,
      todayInFinland(),
    );
  }

  app.get(
    '/api/portal/plan/pdf',
    {
      config: { action: 'portal.read' },
      schema: {
        tags: ['portal'],
        summary: 'My plan as a PDF, in plain language',
        querystring: z.object({ lang: z.enum(['fi', 'sv', 'en']).optional() }),
      },
    },
    async (request, reply) => {
      const d = await ownPrintData(request, request.query.lang);
      if (!d) throw errors.notFound();
      await audit(db, {
        actor: request.actor(),
        action: 'portal.plan.print',
        clientId: clientIdOf(request),
        subjectType: 'client_plan',
        purpose: PURPOSE,
      });
      return reply
        .type('application/pdf')
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="suunnitelma.pdf"')
        .send(await planPdf(d));
    },
  );

  // ---- plain HTML pages: readable without JavaScript, authenticated by the session cookie ----
  app.get(
    '/asiointi/suunnitelma',
    {
      config: { action: 'portal.read' },
      schema: { hide: true, querystring: z.object({ lang: z.enum(['fi', 'sv', 'en']).optional() }) },
      errorHandler: htmlErrors,
    },
    async (request, reply) => {
      const lang = pageLang(request);
      const d = await ownPrintData(request, lang);
      const t = messagesFor(portalText, lang, true);
      await audit(db, {
        actor: request.actor(),
        action: 'portal.plan.read',
        clientId: clientIdOf(request),
        subjectType: 'client_plan',
        purpose: PURPOSE,
      });
      const body = d
        ? html`${planHtml(d, { pdf: `/api/portal/plan/pdf?lang=${lang}` })}<p class="no-print"><a href="/oma/">${t.back}</a></p>`
        : html`<h1>${messagesFor(printText, lang, true).title}</h1><p>${t.noPlan}</p><p><a href="/oma/">${t.back}</a></p>`;
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      return page({
        lang,
        title: messagesFor(printText, lang, true).title,
        alternates: alternates('/asiointi/suunnitelma'),
        body,
        noStore: true,
      });
    },
  );

  app.get(
    '/asiointi/katselut',
    {
      config: { action: 'portal.read' },
      schema: { hide: true, querystring: z.object({ lang: z.enum(['fi', 'sv', 'en']).optional() }) },
      errorHandler: htmlErrors,
    },
    async (request, reply) => {
      const lang = pageLang(request);
      const clientId = clientIdOf(request);
      const t = messagesFor(portalText, lang, true);
      const entries = await accessLog(db, clientId, request.user!.id, lang, true);
      await audit(db, {
        actor: request.actor(),
        action: 'portal.accesslog.read',
        clientId,
        subjectType: 'audit_log',
        purpose: PURPOSE,
      });
      const body = html`<h1>${t.logTitle}</h1>
<p>${t.logIntro}</p>
${
  entries.length === 0
    ? html`<p>${t.empty}</p>`
    : html`<div class="table-wrap" role="region" aria-label="${t.logTitle}" tabindex="0"><table>
<thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.what}</th><th scope="col">${t.times}</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td>${fiDate(e.date)}</td><td>${e.who}${e.role ? html`<br><span class="hint">${e.role}${e.unit ? `, ${e.unit}` : ''}</span>` : ''}</td><td>${e.what}</td><td>${e.times}</td></tr>`)}</tbody>
</table></div>`
}
<p><a href="/oma/">${t.back}</a></p>`;
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
      return page({ lang, title: t.logTitle, alternates: alternates('/asiointi/katselut'), body, noStore: true });
    },
  );
}
