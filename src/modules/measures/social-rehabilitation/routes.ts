// Social rehabilitation (sosiaalinen kuntoutus): periods, contacts and the start/end interviews.
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { addDays } from '../../../domain/calendar/index.js';
import { todayInFinland } from '../../client-work/index.js';
import { isoDate, optText } from '../work-activity/schemas.js';
import { compareInterviews, INTERVIEW_QUESTIONS, SERVICE_MENU } from './interview.js';

const tags = ['social-rehabilitation'];
const PURPOSE = 'sosiaalinen kuntoutus';
const clientParams = z.object({ clientId: z.string().uuid() });
const periodParams = clientParams.extend({ periodId: z.string().uuid() });
const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const CONTACT_KINDS = ['meeting', 'home-visit', 'phone', 'activity', 'accompanying'] as const;
const questionKeys = INTERVIEW_QUESTIONS.map((q) => q.key);
const menuKeys = SERVICE_MENU.map((s) => s.key);

const period = z.object({
  id: z.string().uuid(),
  planId: z.string().uuid().nullable(),
  counsellorName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  hoursPerWeek: z.number(),
  activities: z.array(z.string()),
  status: z.enum(['open', 'ended']),
  version: z.number(),
  contacts: z.array(
    z.object({
      id: z.string().uuid(),
      kind: z.enum(CONTACT_KINDS),
      date: z.string(),
      minutes: z.number(),
      notes: z.string().nullable(),
    }),
  ),
  /** Realised hours per week so far (contacts ÷ weeks elapsed), one decimal. */
  realisedHoursPerWeek: z.number(),
  interviews: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  comparison: z.array(
    z.object({
      key: z.string(),
      start: z.number().nullable(),
      end: z.number().nullable(),
      change: z.number().nullable(),
    }),
  ),
});

export default async function socialRehabilitationRoutes(app: App) {
  const db = app.db;

  async function loadPeriods(clientId: string, periodId?: string) {
    let q = db
      .selectFrom('social_rehab_period as p')
      .leftJoin('app_user as u', 'u.id', 'p.counsellor_id')
      .select([
        'p.id',
        'p.plan_id as planId',
        'u.display_name as counsellorName',
        'p.start_date as startDate',
        'p.end_date as endDate',
        sql<number>`p.hours_per_week::float8`.as('hoursPerWeek'),
        'p.activities',
        'p.status',
        'p.version',
      ])
      .where('p.client_id', '=', clientId)
      .orderBy('p.start_date', 'desc');
    if (periodId) q = q.where('p.id', '=', periodId);
    const periods = await q.execute();
    const ids = periods.map((p) => p.id);
    const contacts = ids.length
      ? await db
          .selectFrom('social_rehab_contact')
          .select(['id', 'period_id', 'kind', 'contact_date as date', 'minutes', 'notes'])
          .where('period_id', 'in', ids)
          .orderBy('contact_date')
          .execute()
      : [];
    const interviews = ids.length
      ? await db
          .selectFrom('social_rehab_interview')
          .select(['period_id', 'phase', 'interview_date', 'answers'])
          .where('period_id', 'in', ids)
          .execute()
      : [];
    const today = todayInFinland();
    return periods.map((p) => {
      const own = contacts.filter((c) => c.period_id === p.id).map(({ period_id: _p, ...c }) => c);
      const start = interviews.find((i) => i.period_id === p.id && i.phase === 'start');
      const end = interviews.find((i) => i.period_id === p.id && i.phase === 'end');
      const until = today < p.endDate ? today : p.endDate;
      const weeks = Math.max(
        1,
        Math.ceil((Date.parse(until) - Date.parse(p.startDate) + 86_400_000) / (7 * 86_400_000)),
      );
      const minutes = own.reduce((s, c) => s + c.minutes, 0);
      return {
        ...p,
        contacts: own,
        realisedHoursPerWeek: Math.round((minutes / 60 / weeks) * 10) / 10,
        interviews: { start: start?.interview_date ?? null, end: end?.interview_date ?? null },
        comparison: compareInterviews(start?.answers ?? null, end?.answers ?? null),
      };
    });
  }

  const requirePeriod = async (clientId: string, periodId: string) => {
    const p = await db
      .selectFrom('social_rehab_period')
      .selectAll()
      .where('id', '=', periodId)
      .where('client_id', '=', clientId)
      .executeTakeFirst();
    if (!p) throw errors.notFound();
    return p;
  };

  app.get(
    '/api/social-rehabilitation/clients/:clientId/periods',
    {
      config: { action: 'socialRehab.read' },
      schema: {
        tags,
        summary: 'A client’s social rehabilitation periods with contacts and the start/end comparison',
        params: clientParams,
        response: {
          200: z.object({
            periods: z.array(period),
            questions: z.array(z.object({ key: z.string(), text: localized })),
            serviceMenu: z.array(z.object({ key: z.string(), text: localized })),
          }),
        },
      },
    },
    async (request) => {
      const periods = await loadPeriods(request.params.clientId);
      await audit(db, {
        actor: request.actor(),
        action: 'socialRehab.read',
        clientId: request.params.clientId,
        subjectType: 'social_rehab_period',
        purpose: PURPOSE,
      });
      return { periods, questions: INTERVIEW_QUESTIONS, serviceMenu: SERVICE_MENU };
    },
  );

  app.post(
    '/api/social-rehabilitation/clients/:clientId/periods',
    {
      config: { action: 'socialRehab.write' },
      schema: {
        tags,
        summary: 'Start a period (default 3 months, at least 4 hours a week)',
        params: clientParams,
        body: z.object({
          startDate: isoDate,
          endDate: isoDate.optional(),
          hoursPerWeek: z.number().min(4).max(40).multipleOf(0.5).default(4),
          activities: z
            .array(z.enum(menuKeys as [string, ...string[]]))
            .max(20)
            .default([]),
          planId: z.string().uuid().nullish(),
        }),
        response: { 201: z.object({ period }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const endDate = b.endDate ?? addDays(b.startDate, 91);
      if (endDate <= b.startDate)
        throw errors.field('endDate', {
          fi: 'Jakson on päätyttävä alun jälkeen.',
          sv: 'Perioden ska sluta efter början.',
          en: 'The period must end after it starts.',
        });
      const id = await db.transaction().execute(async (trx) => {
        const open = await trx
          .selectFrom('social_rehab_period')
          .select('id')
          .where('client_id', '=', request.params.clientId)
          .where('status', '=', 'open')
          .executeTakeFirst();
        if (open)
          throw errors.field('startDate', {
            fi: 'Asiakkaalla on jo avoin jakso.',
            sv: 'Klienten har redan en öppen period.',
            en: 'The client already has an open period.',
          });
        const row = await trx
          .insertInto('social_rehab_period')
          .values({
            client_id: request.params.clientId,
            unit_id: request.access.clientUnitId!,
            plan_id: b.planId ?? null,
            counsellor_id: request.user!.id,
            start_date: b.startDate,
            end_date: endDate,
            hours_per_week: b.hoursPerWeek,
            activities: JSON.stringify(b.activities),
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'socialRehab.period.create',
          clientId: request.params.clientId,
          subjectType: 'social_rehab_period',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return row.id;
      });
      const [p] = await loadPeriods(request.params.clientId, id);
      return reply.status(201).send({ period: p });
    },
  );

  app.post(
    '/api/social-rehabilitation/clients/:clientId/periods/:periodId/contacts',
    {
      config: { action: 'socialRehab.write' },
      schema: {
        tags,
        summary: 'Record a contact: meeting, home visit, phone support, activity or accompanying',
        params: periodParams,
        body: z.object({
          kind: z.enum(CONTACT_KINDS),
          date: isoDate,
          minutes: z.number().int().min(1).max(720),
          notes: optText(4000),
        }),
        response: { 201: z.object({ id: z.string().uuid() }) },
      },
    },
    async (request, reply) => {
      const p = await requirePeriod(request.params.clientId, request.params.periodId);
      if (request.body.date < p.start_date || request.body.date > p.end_date)
        throw errors.field('date', {
          fi: 'Päivä ei ole jakson aikana.',
          sv: 'Dagen ligger utanför perioden.',
          en: 'The date is outside the period.',
        });
      const id = await db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('social_rehab_contact')
          .values({
            period_id: p.id,
            kind: request.body.kind,
            contact_date: request.body.date,
            minutes: request.body.minutes,
            notes: request.body.notes,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'socialRehab.contact.create',
          clientId: p.client_id,
          subjectType: 'social_rehab_contact',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return row.id;
      });
      return reply.status(201).send({ id });
    },
  );

  app.put(
    '/api/social-rehabilitation/clients/:clientId/periods/:periodId/interviews/:phase',
    {
      config: { action: 'socialRehab.write' },
      schema: {
        tags,
        summary: 'Start or end interview: every question answered on 1–5 (the end needs the start first)',
        params: periodParams.extend({ phase: z.enum(['start', 'end']) }),
        body: z.object({
          date: isoDate,
          answers: z.record(z.string(), z.number().int().min(1).max(5)),
          notes: optText(4000),
        }),
        response: { 200: z.object({ period }) },
      },
    },
    async (request) => {
      const { clientId, periodId, phase } = request.params;
      const p = await requirePeriod(clientId, periodId);
      const answers = request.body.answers;
      const missing = questionKeys.find((k) => answers[k] === undefined);
      if (missing)
        throw errors.field(`answers.${missing}`, {
          fi: 'Vastaa kaikkiin kysymyksiin.',
          sv: 'Besvara alla frågor.',
          en: 'Answer every question.',
        });
      const extra = Object.keys(answers).find((k) => !questionKeys.includes(k));
      if (extra)
        throw errors.field(`answers.${extra}`, {
          fi: 'Tuntematon kysymys.',
          sv: 'Okänd fråga.',
          en: 'Unknown question.',
        });
      await db.transaction().execute(async (trx) => {
        if (phase === 'end') {
          const start = await trx
            .selectFrom('social_rehab_interview')
            .select('id')
            .where('period_id', '=', p.id)
            .where('phase', '=', 'start')
            .executeTakeFirst();
          if (!start)
            throw errors.field('phase', {
              fi: 'Tee ensin alkuhaastattelu.',
              sv: 'Gör först inledande intervju.',
              en: 'Do the start interview first.',
            });
        }
        await trx
          .insertInto('social_rehab_interview')
          .values({
            period_id: p.id,
            phase,
            interview_date: request.body.date,
            answers: JSON.stringify(answers),
            notes: request.body.notes,
            created_by: request.user!.id,
          })
          .onConflict((oc) =>
            oc.columns(['period_id', 'phase']).doUpdateSet({
              interview_date: request.body.date,
              answers: JSON.stringify(answers),
              notes: request.body.notes,
            }),
          )
          .execute();
        await audit(trx, {
          actor: request.actor(),
          action: `socialRehab.interview.${phase}`,
          clientId,
          subjectType: 'social_rehab_period',
          subjectId: p.id,
          purpose: PURPOSE,
        });
      });
      const [updated] = await loadPeriods(clientId, periodId);
      return { period: updated };
    },
  );

  app.post(
    '/api/social-rehabilitation/clients/:clientId/periods/:periodId/end',
    {
      config: { action: 'socialRehab.write' },
      schema: {
        tags,
        summary: 'End the period (version check)',
        params: periodParams,
        body: z.object({ version: z.number().int() }),
        response: { 200: z.object({ period }) },
      },
    },
    async (request) => {
      const { clientId, periodId } = request.params;
      await requirePeriod(clientId, periodId);
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('social_rehab_period')
          .set({ status: 'ended', version: sql`version + 1` })
          .where('id', '=', periodId)
          .where('version', '=', request.body.version)
          .returning('id')
          .executeTakeFirst();
        if (!row) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'socialRehab.period.end',
          clientId,
          subjectType: 'social_rehab_period',
          subjectId: periodId,
          purpose: PURPOSE,
        });
      });
      const [updated] = await loadPeriods(clientId, periodId);
      return { period: updated };
    },
  );
}
