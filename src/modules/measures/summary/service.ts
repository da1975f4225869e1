// All measures of one client in one list, for the client plan (part B lists them next to the goals):
// work activity paths, groups, social rehabilitation periods and service processes, each with the
// plan it is linked to and where it is handled.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { audit } from '../../../server/audit/audit.js';
import type { MeasureItem } from '../../../shared/contracts/measures/summary.js';
import type { Caller } from '../common.js';
import { loadPaths } from '../work-activity/queries.js';
import * as q from './queries.js';

export async function measuresOfClient(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  planId?: string,
): Promise<MeasureItem[]> {
  const link = `/app/clients/${clientId}/measures`;
  const paths = await loadPaths(db, clientId, caller.today);
  const groups = await q.groupsOfClient(db, clientId);
  const periods = await q.periodsOfClient(db, clientId);
  const processes = await q.processesOfClient(db, clientId);
  const measures: MeasureItem[] = [
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
  await audit(db, {
    actor: caller.actor,
    action: 'measures.read',
    clientId,
    subjectType: 'client',
    subjectId: clientId,
    purpose: 'asiakassuunnitelma',
  });
  return planId ? measures.filter((m) => m.planId === planId) : measures;
}
