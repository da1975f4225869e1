// My work: interim evaluations and agreement ends that are due, for the path's counsellor.
import { sql } from 'kysely';
import { registerMyWorkProvider } from '../../client-work/index.js';
import { addDays } from '../../../domain/calendar/index.js';

registerMyWorkProvider('work-activity', async ({ db, user, unitIds, today, scope }) => {
  if (unitIds.length === 0) return [];
  const horizon = addDays(today, 14);
  let q = db
    .selectFrom('work_activity_agreement as a')
    .innerJoin('work_activity_path as wp', 'wp.id', 'a.path_id')
    .innerJoin('client', 'client.id', 'a.client_id')
    .select([
      'a.id',
      'a.client_id as clientId',
      'wp.unit_id as unitId',
      'a.interim_evaluation_date as interimDate',
      'a.end_date as endDate',
      sql<string>`client.first_name || ' ' || client.last_name`.as('clientName'),
      sql<boolean>`exists (select 1 from work_activity_step s where s.path_id = wp.id and s.kind = 'interim-evaluation')`.as(
        'interimDone',
      ),
    ])
    .where('a.status', '=', 'active')
    .where('wp.unit_id', 'in', unitIds)
    .where((eb) => eb.or([eb('a.interim_evaluation_date', '<=', horizon), eb('a.end_date', '<=', horizon)]));
  if (scope === 'mine') q = q.where('wp.counsellor_id', '=', user.id);
  const rows = await q.execute();
  return rows.flatMap((r) => {
    const link = `/app/clients/${r.clientId}/measures`;
    const items = [];
    if (r.interimDate && !r.interimDone && r.interimDate <= horizon)
      items.push({
        kind: 'work-activity.interim-evaluation',
        title: {
          fi: 'Kuntouttavan työtoiminnan väliarviointi',
          sv: 'Mellanutvärdering av arbetsverksamhet i rehabiliteringssyfte',
          en: 'Interim evaluation of rehabilitative work activity',
        },
        dueDate: r.interimDate,
        clientId: r.clientId,
        clientName: r.clientName,
        unitId: r.unitId,
        link,
      });
    if (r.endDate <= horizon)
      items.push({
        kind: 'work-activity.end',
        title: {
          fi: 'Kuntouttavan työtoiminnan sopimus päättyy: loppuarviointi ja jatkosuunnitelma',
          sv: 'Avtalet om arbetsverksamhet upphör: slututvärdering och fortsatt plan',
          en: 'Work activity agreement ends: final evaluation and follow-on plan',
        },
        dueDate: r.endDate,
        clientId: r.clientId,
        clientName: r.clientName,
        unitId: r.unitId,
        link,
      });
    return items;
  });
});
