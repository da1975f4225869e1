// One list of a client's measures for the client plan (part B lists them next to the goals):
// GET /api/clients/:clientId/measures — work activity paths, groups, social rehabilitation periods,
// service processes, with the plan they are linked to.
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { audit } from '../../../server/audit/audit.js';
import { todayInFinland } from '../../client-work/index.js';
import { loadPaths } from '../work-activity/service.js';

const item = z.object({
  kind: z.enum(['work-activity', 'group', 'social-rehabilitation', 'process']),
  id: z.string().uuid(),
  planId: z.string().uuid().nullable(),
  title: z.object({ fi: z.string(), sv: z.string(), en: z.string() }),
  /** open / ended, or the phase of a work activity path. */
  status: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  link: z.string(),
});

export default async function measureSummaryRoutes(app: App) {
  const db = app.db;
  app.get(
    '/api/clients/:clientId/measures',
    {
      config: { action: 'measures.read' },
      schema: {
        tags: ['work-activity'],
        summary: 'All measures of a client in one list, for the client plan (optionally only those linked to one plan)',
        params: z.object({ clientId: z.string().uuid() }),
        querystring: z.object({ planId: z.string().uuid().optional() }),
        response: { 200: z.object({ measures: z.array(item) }) },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const link = `/app/clients/${clientId}/measures`;
      const paths = await loadPaths(db, clientId, todayInFinland());
      const groups = await db
        .selectFrom('group_member as m')
        .innerJoin('group_work as g', 'g.id', 'm.group_id')
        .select([
          'g.id',
          'g.name',
          'g.status',
          'm.plan_id as planId',
          sql<string | null>`(select min(s.session_date)::text from group_session s where s.group_id = g.id)`.as(
            'first',
          ),
          sql<string | null>`(select max(s.session_date)::text from group_session s where s.group_id = g.id)`.as(
            'last',
          ),
        ])
        .where('m.client_id', '=', clientId)
        .where('m.status', 'in', ['invited', 'joined'])
        .execute();
      const periods = await db
        .selectFrom('social_rehab_period')
        .select(['id', 'plan_id as planId', 'status', 'start_date', 'end_date'])
        .where('client_id', '=', clientId)
        .execute();
      const processes = await db
        .selectFrom('client_process as p')
        .innerJoin('process_template as t', 't.id', 'p.template_id')
        .select(['p.id', 't.name', 'p.started_on', 'p.ended_on'])
        .where('p.client_id', '=', clientId)
        .execute();
      let measures: z.infer<typeof item>[] = [
        ...paths.map((p) => ({
          kind: 'work-activity' as const,
          id: p.id,
          planId: p.planId,
          title: {
            fi: 'Kuntouttava työtoiminta',
            sv: 'Arbetsverksamhet i rehabiliteringssyfte',
            en: 'Rehabilitative work activity',
          },
          status: p.phase ?? p.status,
          startDate: p.agreements[0]?.startDate ?? null,
          endDate: p.agreements.at(-1)?.endDate ?? null,
          link,
        })),
        ...groups.map((g) => ({
          kind: 'group' as const,
          id: g.id,
          planId: g.planId,
          title: { fi: `Ryhmä: ${g.name}`, sv: `Grupp: ${g.name}`, en: `Group: ${g.name}` },
          status: g.status,
          startDate: g.first,
          endDate: g.last,
          link: `/app/measures/groups/${g.id}`,
        })),
        ...periods.map((p) => ({
          kind: 'social-rehabilitation' as const,
          id: p.id,
          planId: p.planId,
          title: { fi: 'Sosiaalinen kuntoutus', sv: 'Social rehabilitering', en: 'Social rehabilitation' },
          status: p.status,
          startDate: p.start_date,
          endDate: p.end_date,
          link,
        })),
        ...processes.map((p) => ({
          kind: 'process' as const,
          id: p.id,
          planId: null,
          title: { fi: p.name, sv: p.name, en: p.name },
          status: p.ended_on ? 'ended' : 'open',
          startDate: p.started_on,
          endDate: p.ended_on,
          link,
        })),
      ];
      if (request.query.planId) measures = measures.filter((m) => m.planId === request.query.planId);
      await audit(db, {
        actor: request.actor(),
        action: 'measures.read',
        clientId,
        subjectType: 'client',
        subjectId: clientId,
        purpose: 'asiakassuunnitelma',
      });
      return { measures };
    },
  );
}
