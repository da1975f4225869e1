// My work: complete applications without a decision whose legal limit is near or passed.
import { sql } from 'kysely';
import { registerMyWorkProvider } from '../../client-work/index.js';
import { addWorkingDays } from '../../../domain/calendar/index.js';
import { decisionDueDate } from './processing.js';

registerMyWorkProvider('benefit-decisions', async ({ db, user, unitIds, today, scope }) => {
  if (unitIds.length === 0) return [];
  let q = db
    .selectFrom('benefit_application as b')
    .innerJoin('client', 'client.id', 'b.client_id')
    .select([
      'b.id',
      'b.client_id as clientId',
      'b.unit_id as unitId',
      'b.complete_date as completeDate',
      'b.urgent',
      sql<string>`client.first_name || ' ' || client.last_name`.as('clientName'),
    ])
    .where('b.unit_id', 'in', unitIds)
    .where('b.decision_date', 'is', null)
    .where('b.complete_date', 'is not', null);
  if (scope === 'mine') q = q.where('b.created_by', '=', user.id);
  const warnFrom = addWorkingDays(today, 2);
  return (await q.execute())
    .map((r) => ({ ...r, due: decisionDueDate(r.completeDate!, r.urgent) }))
    .filter((r) => r.due <= warnFrom)
    .map((r) => ({
      kind: 'benefit-decision.due',
      title: r.urgent
        ? {
            fi: 'Kiireellinen toimeentulotukihakemus: päätös viimeistään',
            sv: 'Brådskande ansökan om utkomststöd: beslut senast',
            en: 'Urgent income-support application: decide by',
          }
        : {
            fi: 'Toimeentulotukihakemus: päätös 7 arkipäivässä, viimeistään',
            sv: 'Ansökan om utkomststöd: beslut inom 7 vardagar, senast',
            en: 'Income-support application: decide within 7 working days, by',
          },
      dueDate: r.due,
      clientId: r.clientId,
      clientName: r.clientName,
      unitId: r.unitId,
      link: `/app/clients/${r.clientId}/measures`,
    }));
});
