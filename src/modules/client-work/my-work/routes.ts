// My work (Oma työ): the worker's own clients — those whose current named worker they are — with
// everything due from every registered provider; and the manager's unit overview.
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors, localize } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import {
  classifyDue,
  DEFAULT_DEADLINE_CONFIG,
  MEETING_KINDS,
  resolveDeadlineConfig,
} from '../../../domain/deadlines/index.js';
import { unitsAllowed } from '../../../server/access/check.js';
import { deadlineConfigForUnit, loadDeadlineConfig } from './deadlines.js';
import { myWorkProviders, todayInFinland, type MyWorkItem } from './registry.js';
import { ownClients } from './providers.js';
import { unitOverview } from './overview.js';

const DUE_STATES = ['overdue', 'due-soon', 'upcoming', 'later', 'none'] as const;

const itemSchema = z.object({
  kind: z.string(),
  title: z.string(),
  dueDate: z.string().nullable(),
  state: z.enum(DUE_STATES),
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  unitId: z.string(),
  link: z.string(),
  taskId: z.string().optional(),
  source: z.string(),
});

const countsSchema = z.object({
  clients: z.number(),
  withoutCurrentPlan: z.number(),
  plansPastReview: z.number(),
  assessmentsPastDeadline: z.number(),
  meetingsOverdue: z.number(),
});

export default async function myWorkRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/my-work',
    {
      config: { action: 'myWork.read' },
      schema: {
        tags: ['my-work'],
        summary: "The worker's clients and what is due, overdue and upcoming, from every capability",
        querystring: z.object({
          sort: z.enum(['due', 'client', 'kind']).default('due'),
          order: z.enum(['asc', 'desc']).default('asc'),
          today: z.iso
            .date()
            .optional()
            .describe('For testing and demos: the date to compute against (default: today in Finland)'),
        }),
        response: {
          200: z.object({
            today: z.string(),
            clients: z.array(
              z.object({
                clientId: z.string(),
                name: z.string(),
                hasPlan: z.boolean(),
                nextDue: z.string().nullable(),
                overdue: z.number(),
                items: z.array(itemSchema),
              }),
            ),
            items: z.array(itemSchema),
            failedSources: z.array(z.string()),
          }),
        },
      },
    },
    async (request) => {
      const user = request.user!;
      const today = request.query.today ?? todayInFinland();
      const unitIds = unitsAllowed(user, 'myWork.read');
      const clients = await ownClients(db, user.id, unitIds, today, 'mine');
      const cfgByUnit = new Map<string, Awaited<ReturnType<typeof deadlineConfigForUnit>>>();
      for (const u of unitIds) cfgByUnit.set(u, await deadlineConfigForUnit(db, u));
      const failedSources: string[] = [];
      const results = await Promise.all(
        myWorkProviders().map(async ([name, provider]) => {
          try {
            const items = await provider({ db, user, unitIds, today, scope: 'mine' });
            return items.map((i) => ({ ...i, source: name }));
          } catch (e) {
            // One broken capability must not take the whole list down; the page says what is missing.
            request.log.error({ provider: name, errorName: (e as Error).name }, 'my-work provider failed');
            failedSources.push(name);
            return [];
          }
        }),
      );
      const lang = request.lang;
      // A task may come from more than one provider; list it once.
      const seenTasks = new Set<string>();
      const merged = results.flat().filter((i) => !i.taskId || (!seenTasks.has(i.taskId) && !!seenTasks.add(i.taskId)));
      const items = merged.map((i: MyWorkItem & { source: string }) => {
        const cfg = cfgByUnit.get(i.unitId)?.adult;
        return {
          kind: i.kind,
          title: localize(i.title, lang),
          dueDate: i.dueDate,
          state: i.dueDate && cfg ? classifyDue(i.dueDate, today, cfg) : ('none' as const),
          clientId: i.clientId,
          clientName: i.clientName,
          unitId: i.unitId,
          link: i.link,
          ...(i.taskId ? { taskId: i.taskId } : {}),
          source: i.source,
        };
      });
      const dir = request.query.order === 'desc' ? -1 : 1;
      const byDue = (a: { dueDate: string | null }, b: { dueDate: string | null }) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
      // Items without a client (unit tasks) come after the clients' items.
      const byClient = (a: string | null, b: string | null) =>
        a === null ? (b === null ? 0 : 1) : b === null ? -1 : a.localeCompare(b, 'fi');
      items.sort((a, b) => {
        const primary =
          request.query.sort === 'client'
            ? byClient(a.clientName, b.clientName)
            : request.query.sort === 'kind'
              ? a.title.localeCompare(b.title, lang)
              : byDue(a, b);
        if (request.query.sort === 'client' && (a.clientName === null) !== (b.clientName === null)) return primary;
        return dir * (primary || byDue(a, b));
      });
      const perClient = clients.map((c) => {
        const own = items.filter((i) => i.clientId === c.id);
        const dues = own
          .map((i) => i.dueDate)
          .filter((d): d is string => !!d)
          .sort();
        return {
          clientId: c.id,
          name: c.name,
          hasPlan: !!c.current_accepted_on,
          nextDue: dues[0] ?? null,
          overdue: own.filter((i) => i.state === 'overdue').length,
          items: own,
        };
      });
      if (request.query.sort === 'due')
        perClient.sort((a, b) => dir * (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999'));
      else if (request.query.order === 'desc') perClient.reverse();
      // Names of clients on the list are client data: one use-log row per client shown.
      const shown = new Set([
        ...clients.map((c) => c.id),
        ...items.map((i) => i.clientId).filter((x): x is string => !!x),
      ]);
      await audit(
        db,
        [...shown].map((clientId) => ({
          actor: request.actor(),
          action: 'myWork.read',
          clientId,
          subjectType: 'my_work',
          purpose: 'asiakastyö: oma työ',
        })),
      );
      return { today, clients: perClient, items, failedSources };
    },
  );

  app.post(
    '/api/my-work/tasks/:taskId/done',
    {
      config: { action: 'myWork.task.complete' },
      schema: {
        tags: ['my-work'],
        summary: 'Mark a task done (with `version`: 409 if it changed meanwhile; a task already done is a 409 too)',
        params: z.object({ taskId: z.string().uuid() }),
        body: z.object({ version: z.number().int().optional() }),
        response: { 200: z.object({ taskId: z.string(), doneAt: z.string() }) },
      },
    },
    async (request) => {
      const user = request.user!;
      const task = await db
        .selectFrom('task')
        .select(['id', 'unit_id', 'assignee_id', 'client_id', 'version', 'done_at'])
        .where('id', '=', request.params.taskId)
        .executeTakeFirst();
      if (!task || !request.access.unitIds.includes(task.unit_id)) throw errors.notFound();
      // Someone else's task can be closed by the unit's manager only.
      const isManager = user.roles.some((r) => r.unitId === task.unit_id && r.role === 'esihenkilo');
      if (task.assignee_id && task.assignee_id !== user.id && !isManager) throw errors.forbidden();
      const row = await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('task')
          .set({ done_at: sql`now()`, done_by: user.id, version: sql`version + 1` })
          .where('id', '=', task.id)
          .where('version', '=', request.body.version ?? task.version)
          .where('done_at', 'is', null)
          .returning(['id', 'done_at'])
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: 'myWork.task.complete',
          clientId: task.client_id,
          subjectType: 'task',
          subjectId: task.id,
          purpose: 'asiakastyö: oma työ',
        });
        return updated;
      });
      return { taskId: row.id, doneAt: new Date(row.done_at!).toISOString() };
    },
  );

  app.get(
    '/api/units/:unitId/overview',
    {
      config: { action: 'unit.overview.read' },
      schema: {
        tags: ['my-work'],
        summary: "Manager's unit overview: counts and per-worker breakdown (no client names)",
        params: z.object({ unitId: z.string().uuid() }),
        querystring: z.object({ today: z.iso.date().optional() }),
        response: {
          200: z.object({
            unitId: z.string(),
            unitName: z.string(),
            today: z.string(),
            totals: z.object({
              activeClients: z.number(),
              withoutNamedWorker: z.number(),
              withoutCurrentPlan: z.number(),
              plansPastReview: z.number(),
              assessmentsPastDeadline: z.number(),
              meetingsOverdue: z.number(),
            }),
            workers: z.array(countsSchema.extend({ workerId: z.string(), name: z.string() })),
            unassigned: countsSchema,
          }),
        },
      },
    },
    async (request) => {
      const { unitId } = request.params;
      const unit = await db.selectFrom('unit').select(['id', 'name']).where('id', '=', unitId).executeTakeFirst();
      if (!unit) throw errors.notFound();
      const today = request.query.today ?? todayInFinland();
      const config = await deadlineConfigForUnit(db, unitId);
      const result = await unitOverview(db, { unitId, today, config });
      await audit(db, {
        actor: request.actor(),
        action: 'unit.overview.read',
        subjectType: 'unit',
        subjectId: unitId,
        purpose: 'johtaminen: yksikön tilannekuva',
      });
      return { unitId, unitName: unit.name, today, ...result };
    },
  );
  // ---- deadline configuration per organisation and client group (administrator) ----
  const days = z.number().int().min(0).max(3650);
  const groupOverrides = z
    .object({
      assessmentStartWorkingDays: days.nullable(),
      assessmentCompleteMonths: z.number().int().min(0).max(120).nullable(),
      assessmentMinContacts: z.number().int().min(0).max(100).nullable(),
      assessmentMinFaceToFace: z.number().int().min(0).max(100).nullable(),
      faceToFaceKinds: z.array(z.enum(MEETING_KINDS)).max(5),
      planReviewMaxMonths: z.number().int().min(1).max(120),
      defaultMeetingIntervalMonths: z.number().int().min(1).max(120).nullable(),
      followUpAfterEndMonths: z.number().int().min(0).max(120).nullable(),
      authorityRequestWorkingDays: days,
      dueSoonDays: days,
      upcomingDays: days,
    })
    .partial()
    .strict();
  const overridesSchema = z.object({ adult: groupOverrides.optional(), youth: groupOverrides.optional() }).strict();
  const configResponse = z.object({
    organisationId: z.string(),
    overrides: z.record(z.string(), z.unknown()),
    effective: z.record(z.enum(['adult', 'youth']), z.record(z.string(), z.unknown())),
    defaults: z.record(z.enum(['adult', 'youth']), z.record(z.string(), z.unknown())),
    version: z.number(),
  });

  async function configOf(organisationId: string) {
    const row = await db
      .selectFrom('deadline_config')
      .select(['overrides', 'version'])
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst();
    const effective = await loadDeadlineConfig(db, organisationId);
    return {
      organisationId,
      overrides: (row?.overrides ?? {}) as Record<string, unknown>,
      effective: effective as unknown as Record<'adult' | 'youth', Record<string, unknown>>,
      defaults: DEFAULT_DEADLINE_CONFIG as unknown as Record<'adult' | 'youth', Record<string, unknown>>,
      version: row?.version ?? 0,
    };
  }

  app.get(
    '/api/admin/organisations/:organisationId/deadline-config',
    {
      config: { action: 'deadlineRules.manage' },
      schema: {
        tags: ['my-work'],
        summary: "An organisation's deadline rules: overrides, the defaults and the result",
        params: z.object({ organisationId: z.string().uuid() }),
        response: { 200: configResponse },
      },
    },
    async (request) => {
      const org = await db
        .selectFrom('organisation')
        .select('id')
        .where('id', '=', request.params.organisationId)
        .executeTakeFirst();
      if (!org) throw errors.notFound();
      return configOf(org.id);
    },
  );

  app.put(
    '/api/admin/organisations/:organisationId/deadline-config',
    {
      config: { action: 'deadlineRules.manage' },
      schema: {
        tags: ['my-work'],
        summary:
          'Set the organisation’s overrides of the deadline rules per client group (version 0 = none yet; 409 on conflict)',
        params: z.object({ organisationId: z.string().uuid() }),
        body: z.object({ overrides: overridesSchema, version: z.number().int() }),
        response: { 200: configResponse },
      },
    },
    async (request) => {
      const { organisationId } = request.params;
      const org = await db.selectFrom('organisation').select('id').where('id', '=', organisationId).executeTakeFirst();
      if (!org) throw errors.notFound();
      resolveDeadlineConfig(request.body.overrides); // same merge the rules use
      await db.transaction().execute(async (trx) => {
        const overrides = JSON.stringify(request.body.overrides);
        if (request.body.version === 0) {
          const inserted = await trx
            .insertInto('deadline_config')
            .values({ organisation_id: organisationId, overrides })
            .onConflict((oc) => oc.column('organisation_id').doNothing())
            .executeTakeFirst();
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw errors.conflict();
        } else {
          const updated = await trx
            .updateTable('deadline_config')
            .set({ overrides, version: sql`version + 1`, updated_at: sql`now()` })
            .where('organisation_id', '=', organisationId)
            .where('version', '=', request.body.version)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) === 0) throw errors.conflict();
        }
        await audit(trx, {
          actor: request.actor(),
          action: 'deadlineRules.manage',
          subjectType: 'organisation',
          subjectId: organisationId,
          purpose: 'ylläpito',
        });
      });
      return configOf(organisationId);
    },
  );
}
