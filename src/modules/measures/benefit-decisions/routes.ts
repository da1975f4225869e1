// Benefit decisions (täydentävä ja ehkäisevä toimeentulotuki): applications, decisions with the
// decision maker's professional group, processing time against the legal limit, manager reports.
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { todayInFinland } from '../../client-work/index.js';
import { isoDate, month } from '../work-activity/schemas.js';
import { clientFirstName, clientLastName, toCsv } from '../work-activity/common.js';
import { monthRange } from '../work-activity/allowance.js';
import { OUTCOMES, PROFESSIONAL_GROUPS } from '../../../db/tables/benefit-decisions.js';
import {
  BUCKETS,
  bucketOf,
  decisionDueDate,
  limitWorkingDays,
  processingDays,
  professionalGroupOf,
  withinLimit,
} from './processing.js';
import './my-work.js';

const tags = ['benefit-decisions'];
const PURPOSE = 'toimeentulotuen käsittely';
const clientParams = z.object({ clientId: z.string().uuid() });
const appParams = clientParams.extend({ applicationId: z.string().uuid() });

const application = z.object({
  id: z.string().uuid(),
  clientId: z.string().uuid(),
  kind: z.enum(['supplementary', 'preventive']),
  receivedDate: z.string(),
  completeDate: z.string().nullable(),
  urgent: z.boolean(),
  decisionDate: z.string().nullable(),
  decisionMakerName: z.string().nullable(),
  professionalGroup: z.enum(PROFESSIONAL_GROUPS).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
  /** Last day for an on-time decision (null until the application is complete). */
  dueDate: z.string().nullable(),
  /** Working days from the complete date to the decision (or to today while open). */
  processingDays: z.number().nullable(),
  limitDays: z.number(),
  late: z.boolean(),
  version: z.number(),
});

type Row = {
  id: string;
  clientId: string;
  kind: 'supplementary' | 'preventive';
  receivedDate: string;
  completeDate: string | null;
  urgent: boolean;
  decisionDate: string | null;
  decisionMakerName: string | null;
  professionalGroup: (typeof PROFESSIONAL_GROUPS)[number] | null;
  outcome: (typeof OUTCOMES)[number] | null;
  version: number;
};

export function withTiming(r: Row, today: string) {
  const limitDays = limitWorkingDays(r.urgent);
  const dueDate = r.completeDate ? decisionDueDate(r.completeDate, r.urgent) : null;
  const end = r.decisionDate ?? today;
  const days = r.completeDate ? processingDays(r.completeDate, end) : null;
  return { ...r, dueDate, processingDays: days, limitDays, late: days !== null && days > limitDays };
}

export default async function benefitDecisionRoutes(app: App) {
  const db = app.db;
  const select = () =>
    db
      .selectFrom('benefit_application as b')
      .leftJoin('app_user as u', 'u.id', 'b.decision_maker_id')
      .select([
        'b.id',
        'b.client_id as clientId',
        'b.kind',
        'b.received_date as receivedDate',
        'b.complete_date as completeDate',
        'b.urgent',
        'b.decision_date as decisionDate',
        'u.display_name as decisionMakerName',
        'b.professional_group as professionalGroup',
        'b.outcome',
        'b.version',
      ]);

  app.get(
    '/api/benefit-decisions/clients/:clientId/applications',
    {
      config: { action: 'benefitDecision.read' },
      schema: {
        tags,
        summary: 'A client’s income-support applications and decisions with processing times',
        params: clientParams,
        response: { 200: z.object({ applications: z.array(application) }) },
      },
    },
    async (request) => {
      const rows = await select()
        .where('b.client_id', '=', request.params.clientId)
        .orderBy('b.received_date', 'desc')
        .execute();
      await audit(db, {
        actor: request.actor(),
        action: 'benefitDecision.read',
        clientId: request.params.clientId,
        subjectType: 'benefit_application',
        purpose: PURPOSE,
      });
      const today = todayInFinland();
      return { applications: rows.map((r) => withTiming(r, today)) };
    },
  );

  app.post(
    '/api/benefit-decisions/clients/:clientId/applications',
    {
      config: { action: 'benefitDecision.write' },
      schema: {
        tags,
        summary: 'Register a received application',
        params: clientParams,
        body: z.object({
          kind: z.enum(['supplementary', 'preventive']),
          receivedDate: isoDate,
          completeDate: isoDate.nullish(),
          urgent: z.boolean().default(false),
        }),
        response: { 201: z.object({ application }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      if (b.completeDate && b.completeDate < b.receivedDate)
        throw errors.field('completeDate', {
          fi: 'Hakemus ei voi olla täydennetty ennen saapumistaan.',
          sv: 'Ansökan kan inte vara kompletterad före ankomsten.',
          en: 'An application cannot be complete before it was received.',
        });
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('benefit_application')
          .values({
            client_id: request.params.clientId,
            unit_id: request.access.clientUnitId!,
            kind: b.kind,
            received_date: b.receivedDate,
            complete_date: b.completeDate ?? null,
            urgent: b.urgent,
            created_by: request.user!.id,
            decision_date: null,
            decision_maker_id: null,
            professional_group: null,
            outcome: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'benefitDecision.application.create',
          clientId: request.params.clientId,
          subjectType: 'benefit_application',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return row.id;
      });
      return reply.status(201).send({
        application: withTiming(await select().where('b.id', '=', id).executeTakeFirstOrThrow(), todayInFinland()),
      });
    },
  );

  app.post(
    '/api/benefit-decisions/clients/:clientId/applications/:applicationId/decision',
    {
      config: { action: 'benefitDecision.write' },
      schema: {
        tags,
        summary:
          'Record the decision; the logged-in user is the decision maker and their professional group is taken from their role',
        params: appParams,
        body: z.object({
          completeDate: isoDate.optional(),
          urgent: z.boolean().optional(),
          decisionDate: isoDate,
          outcome: z.enum(OUTCOMES),
          version: z.number().int(),
        }),
        response: { 200: z.object({ application }) },
      },
    },
    async (request) => {
      const { clientId, applicationId } = request.params;
      const b = request.body;
      await db.transaction().execute(async (trx) => {
        const cur = await trx
          .selectFrom('benefit_application')
          .selectAll()
          .where('id', '=', applicationId)
          .where('client_id', '=', clientId)
          .executeTakeFirst();
        if (!cur) throw errors.notFound();
        if (cur.version !== b.version) throw errors.conflict();
        if (cur.decision_date)
          throw errors.field('decisionDate', {
            fi: 'Hakemuksesta on jo tehty päätös.',
            sv: 'Ansökan har redan avgjorts.',
            en: 'The application has already been decided.',
          });
        const complete = b.completeDate ?? cur.complete_date;
        if (!complete)
          throw errors.field('completeDate', {
            fi: 'Anna päivä, jolloin hakemus oli täydellinen.',
            sv: 'Ange dagen då ansökan var fullständig.',
            en: 'Enter the date the application was complete.',
          });
        if (complete < cur.received_date)
          throw errors.field('completeDate', {
            fi: 'Hakemus ei voi olla täydennetty ennen saapumistaan.',
            sv: 'Ansökan kan inte vara kompletterad före ankomsten.',
            en: 'An application cannot be complete before it was received.',
          });
        if (b.decisionDate < complete)
          throw errors.field('decisionDate', {
            fi: 'Päätöspäivä ei voi olla ennen kuin hakemus on täydellinen.',
            sv: 'Beslutsdatum kan inte vara före fullständig ansökan.',
            en: 'The decision date cannot be before the application was complete.',
          });
        const roles = request.user!.roles.filter((r) => r.unitId === cur.unit_id).map((r) => r.role);
        const group = professionalGroupOf(roles);
        if (!group) throw errors.forbidden();
        const updated = await trx
          .updateTable('benefit_application')
          .set({
            complete_date: complete,
            urgent: b.urgent ?? cur.urgent,
            decision_date: b.decisionDate,
            outcome: b.outcome,
            decision_maker_id: request.user!.id,
            professional_group: group,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', applicationId)
          .where('version', '=', b.version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'benefitDecision.decide',
          clientId,
          subjectType: 'benefit_application',
          subjectId: applicationId,
          purpose: PURPOSE,
        });
      });
      return {
        application: withTiming(
          await select().where('b.id', '=', applicationId).executeTakeFirstOrThrow(),
          todayInFinland(),
        ),
      };
    },
  );

  app.patch(
    '/api/benefit-decisions/clients/:clientId/applications/:applicationId',
    {
      config: { action: 'benefitDecision.write' },
      schema: {
        tags,
        summary: 'Mark an open application complete or urgent (version check)',
        params: appParams,
        body: z.object({ completeDate: isoDate.nullish(), urgent: z.boolean().optional(), version: z.number().int() }),
        response: { 200: z.object({ application }) },
      },
    },
    async (request) => {
      const { clientId, applicationId } = request.params;
      const b = request.body;
      await db.transaction().execute(async (trx) => {
        const cur = await trx
          .selectFrom('benefit_application')
          .selectAll()
          .where('id', '=', applicationId)
          .where('client_id', '=', clientId)
          .executeTakeFirst();
        if (!cur) throw errors.notFound();
        if (cur.decision_date)
          throw errors.field('completeDate', {
            fi: 'Hakemuksesta on jo tehty päätös.',
            sv: 'Ansökan har redan avgjorts.',
            en: 'The application has already been decided.',
          });
        if (b.completeDate && b.completeDate < cur.received_date)
          throw errors.field('completeDate', {
            fi: 'Hakemus ei voi olla täydennetty ennen saapumistaan.',
            sv: 'Ansökan kan inte vara kompletterad före ankomsten.',
            en: 'An application cannot be complete before it was received.',
          });
        const updated = await trx
          .updateTable('benefit_application')
          .set({
            ...(b.completeDate !== undefined ? { complete_date: b.completeDate } : {}),
            ...(b.urgent !== undefined ? { urgent: b.urgent } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', applicationId)
          .where('version', '=', b.version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'benefitDecision.application.update',
          clientId,
          subjectType: 'benefit_application',
          subjectId: applicationId,
          purpose: PURPOSE,
        });
      });
      return {
        application: withTiming(
          await select().where('b.id', '=', applicationId).executeTakeFirstOrThrow(),
          todayInFinland(),
        ),
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
        response: { 200: z.object({ applications: z.array(application.extend({ clientName: z.string() })) }) },
      },
    },
    async (request) => {
      const unitIds = request.access.unitIds;
      const rows = unitIds.length
        ? await select()
            .innerJoin('client', 'client.id', 'b.client_id')
            .select([clientFirstName.as('firstName'), clientLastName.as('lastName')])
            .where('b.unit_id', 'in', unitIds)
            .where('b.decision_date', 'is', null)
            .execute()
        : [];
      const today = todayInFinland();
      const list = rows
        .map(({ firstName, lastName, ...r }) => ({
          ...withTiming(r, today),
          clientName: `${lastName} ${firstName}`.trim(),
        }))
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
      if (list.length)
        await audit(
          db,
          list.map((r) => ({
            actor: request.actor(),
            action: 'benefitDecision.list',
            clientId: r.clientId,
            subjectType: 'benefit_application',
            subjectId: r.id,
            purpose: PURPOSE,
          })),
        );
      return { applications: list };
    },
  );

  // ---------- manager reports (aggregates only, no client data) ----------
  const range = z.object({ from: month, to: month });
  const monthsBetween = (from: string, to: string) => {
    const out: string[] = [];
    let [y, m] = from.split('-').map(Number);
    const [ty, tm] = to.split('-').map(Number);
    while ((y < ty || (y === ty && m <= tm)) && out.length < 60) {
      out.push(`${y}-${String(m).padStart(2, '0')}`);
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
    }
    return out;
  };

  async function processingReport(unitIds: string[], from: string, to: string) {
    const rows = unitIds.length
      ? await db
          .selectFrom('benefit_application')
          .select(['complete_date', 'decision_date', 'urgent'])
          .where('unit_id', 'in', unitIds)
          .where('decision_date', '>=', monthRange(from).from)
          .where('decision_date', '<=', monthRange(to).to)
          .where('outcome', '!=', 'withdrawn')
          .execute()
      : [];
    return monthsBetween(from, to).map((m) => {
      const inMonth = rows.filter((r) => r.decision_date!.startsWith(m));
      const distribution = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<(typeof BUCKETS)[number], number>;
      let within = 0;
      const days: number[] = [];
      for (const r of inMonth) {
        const d = processingDays(r.complete_date!, r.decision_date!);
        days.push(d);
        distribution[bucketOf(d)]++;
        if (withinLimit(r.complete_date!, r.decision_date!, r.urgent)) within++;
      }
      days.sort((a, b) => a - b);
      return {
        month: m,
        decisions: inMonth.length,
        withinLimit: within,
        late: inMonth.length - within,
        /** Share within the limit in per cent, one decimal; null without decisions. */
        shareWithinLimit: inMonth.length ? Math.round((within / inMonth.length) * 1000) / 10 : null,
        medianDays: days.length ? days[Math.floor((days.length - 1) / 2)] : null,
        distribution,
      };
    });
  }

  const processingMonth = z.object({
    month: z.string(),
    decisions: z.number(),
    withinLimit: z.number(),
    late: z.number(),
    shareWithinLimit: z.number().nullable(),
    medianDays: z.number().nullable(),
    distribution: z.record(z.string(), z.number()),
  });

  app.get(
    '/api/benefit-decisions/reports/processing-times',
    {
      config: { action: 'benefitDecision.report.read' },
      schema: {
        tags,
        summary: 'Processing-time distribution and share within the legal limit per month',
        querystring: range,
        response: { 200: z.object({ months: z.array(processingMonth), buckets: z.array(z.string()) }) },
      },
    },
    async (request) => ({
      months: await processingReport(request.access.unitIds, request.query.from, request.query.to),
      buckets: [...BUCKETS],
    }),
  );

  app.get(
    '/api/benefit-decisions/reports/processing-times.csv',
    {
      config: { action: 'benefitDecision.report.read' },
      schema: { tags, summary: 'Processing times as CSV', querystring: range },
    },
    async (request, reply) => {
      const months = await processingReport(request.access.unitIds, request.query.from, request.query.to);
      const csv = toCsv([
        [
          'Kuukausi',
          'Päätöksiä',
          'Määräajassa',
          'Myöhässä',
          'Osuus määräajassa (%)',
          'Mediaani (arkipäivää)',
          ...BUCKETS.map((b) => `${b} arkipäivää`),
        ],
        ...months.map((m) => [
          m.month,
          m.decisions,
          m.withinLimit,
          m.late,
          m.shareWithinLimit === null ? '' : String(m.shareWithinLimit).replace('.', ','),
          m.medianDays,
          ...BUCKETS.map((b) => m.distribution[b]),
        ]),
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="kasittelyajat-${request.query.from}-${request.query.to}.csv"`,
        )
        .send(csv);
    },
  );

  /** Decisions and held client meetings per month and professional group. */
  async function groupReport(unitIds: string[], from: string, to: string) {
    const start = monthRange(from).from;
    const end = monthRange(to).to;
    const decisions = unitIds.length
      ? await db
          .selectFrom('benefit_application')
          .select([
            sql<string>`to_char(decision_date, 'YYYY-MM')`.as('month'),
            'professional_group as grp',
            sql<number>`count(*)::int`.as('n'),
          ])
          .where('unit_id', 'in', unitIds)
          .where('decision_date', '>=', start)
          .where('decision_date', '<=', end)
          .groupBy([sql`to_char(decision_date, 'YYYY-MM')`, 'professional_group'])
          .execute()
      : [];
    // Client meetings come from client work's `meeting` table (part B), counted by the worker's
    // role in the meeting's unit. Without that table only decisions are counted.
    const hasMeetings =
      (await sql<{ t: string | null }>`select to_regclass('meeting')::text as t`.execute(db)).rows[0]?.t != null;
    let meetings: { month: string; grp: string; n: number }[] = [];
    if (hasMeetings && unitIds.length) {
      meetings = (
        await sql<{ month: string; grp: string; n: number }>`
          select to_char(m.meeting_date, 'YYYY-MM') as month,
                 case when exists (select 1 from user_role r where r.user_id = m.worker_id and r.unit_id = m.unit_id and r.role = 'sosiaalityontekija') then 'social-worker'
                      when exists (select 1 from user_role r where r.user_id = m.worker_id and r.unit_id = m.unit_id and r.role = 'sosiaaliohjaaja') then 'social-counsellor'
                      when exists (select 1 from user_role r where r.user_id = m.worker_id and r.unit_id = m.unit_id and r.role = 'etuuskasittelija') then 'benefit-handler'
                 end as grp,
                 count(*)::int as n
          from meeting m
          where m.status = 'held' and m.unit_id in (${sql.join(unitIds)})
            and m.meeting_date >= ${start} and m.meeting_date <= ${end}
          group by 1, 2`.execute(db)
      ).rows;
    }
    const months = monthsBetween(from, to).map((m) => ({
      month: m,
      groups: PROFESSIONAL_GROUPS.map((g) => ({
        group: g,
        decisions: decisions.filter((d) => d.month === m && d.grp === g).reduce((s, d) => s + d.n, 0),
        meetings: hasMeetings
          ? meetings.filter((d) => d.month === m && d.grp === g).reduce((s, d) => s + d.n, 0)
          : null,
      })),
    }));
    return { meetingsCounted: hasMeetings, months };
  }

  app.get(
    '/api/benefit-decisions/reports/professional-groups',
    {
      config: { action: 'benefitDecision.report.read' },
      schema: {
        tags,
        summary: 'Decisions and client meetings per month by professional group',
        querystring: range,
        response: {
          200: z.object({
            meetingsCounted: z.boolean(),
            months: z.array(
              z.object({
                month: z.string(),
                groups: z.array(
                  z.object({
                    group: z.enum(PROFESSIONAL_GROUPS),
                    decisions: z.number(),
                    meetings: z.number().nullable(),
                  }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => groupReport(request.access.unitIds, request.query.from, request.query.to),
  );

  app.get(
    '/api/benefit-decisions/reports/professional-groups.csv',
    {
      config: { action: 'benefitDecision.report.read' },
      schema: { tags, summary: 'Decisions and meetings per professional group as CSV', querystring: range },
    },
    async (request, reply) => {
      const r = await groupReport(request.access.unitIds, request.query.from, request.query.to);
      const label = {
        'social-worker': 'Sosiaalityöntekijät',
        'social-counsellor': 'Sosiaaliohjaajat',
        'benefit-handler': 'Etuuskäsittelijät',
      } as const;
      const csv = toCsv([
        [
          'Kuukausi',
          'Ammattiryhmä',
          'Päätöksiä',
          r.meetingsCounted ? 'Asiakastapaamisia' : 'Asiakastapaamisia (ei laskettu)',
        ],
        ...r.months.flatMap((m) => m.groups.map((g) => [m.month, label[g.group], g.decisions, g.meetings])),
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="ammattiryhmat-${request.query.from}-${request.query.to}.csv"`,
        )
        .send(csv);
    },
  );
}
