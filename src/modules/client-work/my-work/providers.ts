// My work providers of client work part B: plan and meeting deadlines of the worker's own clients
// (the rules are in src/domain/deadlines), and the youth model's assessment deadline.
import { sql } from 'kysely';
import { assessmentCompleteDue, clientDueItems, type DueKind } from '../../../domain/deadlines/index.js';
import type { Localized } from '../../../shared/i18n.js';
import { deadlineConfigCache } from './deadlines.js';
import { ownClients } from './queries.js';
import { registerMyWorkProvider, type MyWorkItem, type MyWorkProvider } from './registry.js';

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

/** Plan and meeting deadlines of the worker's own clients, and their booked meetings. */
const planItems: MyWorkProvider = async ({ db, user, unitIds, today, scope }) => {
  const rows = await ownClients(db, user.id, unitIds, today, scope);
  const configFor = deadlineConfigCache(db);
  const items: MyWorkItem[] = [];
  for (const r of rows) {
    const cfg = (await configFor(r.unit_id))[r.client_group];
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
};

// Open tasks come from client work part A's provider ('client-work.tasks'), which covers the
// worker's own tasks and the unit's unassigned client tasks; a second tasks provider would list them twice.

// Youth model (DOMAIN 3.8): an assessment started is finished within a month of the contact (with at
// least four contacts, two face to face — the meetings tab shows the count).
const youthAssessmentItems: MyWorkProvider = async ({ db, user, unitIds, scope }) => {
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
  const configFor = deadlineConfigCache(db);
  const items: MyWorkItem[] = [];
  for (const r of rows) {
    const cfg = (await configFor(r.unit_id)).youth;
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
};

/** Adds part B's providers to My work (called once, by the capability's index). */
export function registerPlanProviders() {
  registerMyWorkProvider('client-plan', planItems);
  registerMyWorkProvider('client-plan.youth-assessment', youthAssessmentItems);
}
