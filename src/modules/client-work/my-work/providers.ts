// My work providers of client work part B: plan and meeting deadlines of the worker's own clients
// (the rules are in src/domain/deadlines).
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { assessmentCompleteDue, clientDueItems, type DueKind } from '../../../domain/deadlines/index.js';
import type { Localized } from '../../../shared/i18n.js';
import { deadlineConfigForUnit } from './deadlines.js';
import { registerMyWorkProvider, type MyWorkItem } from './registry.js';

export const DUE_TITLES: Record<DueKind, Localized> = {
  'plan.missing': { fi: 'Laadi asiakassuunnitelma', sv: 'Gör upp en klientplan', en: 'Make the client plan' },
  'plan.review': { fi: 'Tarkista asiakassuunnitelma', sv: 'Se över klientplanen', en: 'Review the client plan' },
  'meeting.due': {
    fi: 'Sovi tapaaminen (suunnitelman tapaamistiheys)',
    sv: 'Boka ett möte (planens mötesfrekvens)',
    en: 'Book a meeting (frequency agreed in the plan)',
  },
  'client.followup': {
    fi: 'Seurantayhteydenotto asiakkuuden päätyttyä',
    sv: 'Uppföljningskontakt efter klientrelationen',
    en: 'Follow-up contact after the relationship ended',
  },
};

export interface OwnClientRow {
  id: string;
  unit_id: string;
  name: string;
  client_group: 'adult' | 'youth';
  status: 'active' | 'ended';
  ended_on: string | null;
  plan_id: string | null;
  current_accepted_on: string | null;
  current_review_date: string | null;
  meeting_interval_weeks: number | null;
  assessment_completed_on: string | null;
  last_held: string | null;
  next_planned: string | null;
}

/** The clients whose current named worker the user is (or, for `unit`, every active client of the units). */
export async function ownClients(
  db: Kysely<DB>,
  userId: string,
  unitIds: string[],
  today: string,
  scope: 'mine' | 'unit',
): Promise<OwnClientRow[]> {
  if (unitIds.length === 0) return [];
  let q = db
    .selectFrom('client as c')
    .leftJoin('named_worker_assignment as n', (j) => j.onRef('n.client_id', '=', 'c.id').on('n.ended_on', 'is', null))
    .leftJoin('client_plan as p', 'p.client_id', 'c.id')
    .select([
      'c.id',
      'c.unit_id',
      sql<string>`c.first_name || ' ' || c.last_name`.as('name'),
      'c.client_group',
      'c.status',
      'c.ended_on',
      'p.id as plan_id',
      'p.current_accepted_on',
      'p.current_review_date',
      'p.meeting_interval_weeks',
      sql<
        string | null
      >`(select max(a.completed_on) from assessment a where a.client_id = c.id and a.status = 'completed')`.as(
        'assessment_completed_on',
      ),
      sql<string | null>`(select max(m.meeting_date) from meeting m where m.client_id = c.id and m.status = 'held')`.as(
        'last_held',
      ),
      sql<
        string | null
      >`(select min(m.meeting_date) from meeting m where m.client_id = c.id and m.status = 'planned' and m.meeting_date >= ${today})`.as(
        'next_planned',
      ),
    ])
    .where('c.unit_id', 'in', unitIds)
    .where('c.status', '=', 'active');
  if (scope === 'mine') q = q.where('n.worker_id', '=', userId).where('n.status', '=', 'assigned');
  return q
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .limit(scope === 'mine' ? 1000 : 5000)
    .execute() as Promise<OwnClientRow[]>;
}

registerMyWorkProvider('client-plan', async ({ db, user, unitIds, today, scope }) => {
  const rows = await ownClients(db, user.id, unitIds, today, scope);
  const configs = new Map<string, Awaited<ReturnType<typeof deadlineConfigForUnit>>>();
  const items: MyWorkItem[] = [];
  for (const r of rows) {
    if (!configs.has(r.unit_id)) configs.set(r.unit_id, await deadlineConfigForUnit(db, r.unit_id));
    const cfg = configs.get(r.unit_id)![r.client_group];
    const due = clientDueItems(
      {
        clientGroup: r.client_group,
        status: r.status,
        endedOn: r.ended_on,
        plan:
          r.current_review_date && r.current_accepted_on
            ? {
                reviewDate: r.current_review_date,
                acceptedOn: r.current_accepted_on,
                meetingIntervalWeeks: r.meeting_interval_weeks,
              }
            : null,
        assessmentCompletedOn: r.assessment_completed_on,
        lastHeldMeeting: r.last_held,
        nextPlannedMeeting: r.next_planned,
      },
      cfg,
      today,
    );
    for (const d of due) {
      items.push({
        kind: d.kind,
        title: DUE_TITLES[d.kind],
        dueDate: d.dueDate,
        clientId: r.id,
        clientName: r.name,
        unitId: r.unit_id,
        link: d.kind === 'meeting.due' ? `/app/clients/${r.id}/meetings` : `/app/clients/${r.id}/plan`,
      });
    }
    // Planned meetings in the coming weeks are part of the worker's day too.
    if (r.next_planned) {
      items.push({
        kind: 'meeting.planned',
        title: { fi: 'Sovittu tapaaminen', sv: 'Bokat möte', en: 'Booked meeting' },
        dueDate: r.next_planned,
        clientId: r.id,
        clientName: r.name,
        unitId: r.unit_id,
        link: `/app/clients/${r.id}/meetings`,
      });
    }
  }
  return items;
});

// Open tasks come from client work part A's provider ('client-work.tasks'), which covers the
// worker's own tasks and the unit's unassigned client tasks; a second tasks provider would list them twice.

// Youth model (DOMAIN 3.8): an assessment started is finished within a month of the contact (with at
// least four contacts, two face to face — the meetings tab shows the count).
registerMyWorkProvider('client-plan.youth-assessment', async ({ db, user, unitIds, scope }) => {
  if (unitIds.length === 0) return [];
  let q = db
    .selectFrom('assessment as a')
    .innerJoin('contact as ct', 'ct.id', 'a.contact_id')
    .innerJoin('client as c', 'c.id', 'a.client_id')
    .leftJoin('named_worker_assignment as n', (j) => j.onRef('n.client_id', '=', 'c.id').on('n.ended_on', 'is', null))
    .select(['a.client_id', 'c.unit_id', 'ct.contact_date', sql<string>`c.first_name || ' ' || c.last_name`.as('name')])
    .where('a.status', '=', 'draft')
    .where('c.client_group', '=', 'youth')
    .where('c.status', '=', 'active')
    .where('c.unit_id', 'in', unitIds);
  if (scope === 'mine') q = q.where('n.worker_id', '=', user.id);
  const rows = await q.limit(1000).execute();
  const items: MyWorkItem[] = [];
  for (const r of rows) {
    const cfg = (await deadlineConfigForUnit(db, r.unit_id)).youth;
    const due = assessmentCompleteDue(r.contact_date, cfg);
    if (!due) continue;
    items.push({
      kind: 'assessment.complete.youth',
      title: {
        fi: 'Valmistele nuoren palvelutarpeen arviointi (kuukauden sisällä yhteydenotosta)',
        sv: 'Slutför bedömningen av den ungas servicebehov (inom en månad från kontakten)',
        en: "Finish the young person's needs assessment (within a month of the contact)",
      },
      dueDate: due,
      clientId: r.client_id,
      clientName: r.name,
      unitId: r.unit_id,
      link: `/app/clients/${r.client_id}/assessment`,
    });
  }
  return items;
});
