// My work: the checklist steps, the assessment deadline, a requested appointment and the follow-up
// contact of client processes, for the assigned worker.
import { sql } from 'kysely';
import { registerMyWorkProvider, type MyWorkItem } from '../../client-work/index.js';
import { addDays } from '../../../domain/calendar/index.js';
import { processStatus } from '../process-templates/process.js';
import type { TemplateRules, TemplateStep } from '../../../shared/contracts/measures/process-templates.js';

registerMyWorkProvider('process-templates', async ({ db, user, unitIds, today, scope }) => {
  if (unitIds.length === 0) return [];
  const horizon = addDays(today, 14);
  let q = db
    .selectFrom('client_process as p')
    .innerJoin('process_template as t', 't.id', 'p.template_id')
    .innerJoin('client', 'client.id', 'p.client_id')
    .select([
      'p.id',
      'p.client_id as clientId',
      'p.unit_id as unitId',
      'p.started_on as startedOn',
      'p.ended_on as endedOn',
      'p.requested_appointment_on as requestedAppointmentOn',
      't.rules',
      't.steps',
      't.name',
      sql<string>`client.first_name || ' ' || client.last_name`.as('clientName'),
    ])
    .where('p.unit_id', 'in', unitIds)
    .where('p.follow_up_done_on', 'is', null);
  if (scope === 'mine') q = q.where('p.worker_id', '=', user.id);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const steps = await db
    .selectFrom('client_process_step')
    .selectAll()
    .where('process_id', 'in', ids)
    .where('done_on', 'is', null)
    .where('due_date', '<=', horizon)
    .execute();
  const contacts = await db
    .selectFrom('client_process_contact')
    .select(['process_id', 'contact_date as date', 'kind'])
    .where('process_id', 'in', ids)
    .execute();
  const items: MyWorkItem[] = [];
  for (const r of rows) {
    const link = `/app/clients/${r.clientId}/measures`;
    const base = { clientId: r.clientId, clientName: r.clientName, unitId: r.unitId, link };
    if (!r.endedOn) {
      for (const s of steps.filter((x) => x.process_id === r.id)) {
        const def = (r.steps as TemplateStep[]).find((d) => d.key === s.step_key);
        if (def) items.push({ ...base, kind: `process.step.${s.step_key}`, title: def.title, dueDate: s.due_date });
      }
    }
    const st = processStatus(
      r,
      contacts.filter((c) => c.process_id === r.id),
      r.rules as TemplateRules,
    );
    if (!r.endedOn && !st.assessmentRuleMet && st.assessmentDue <= horizon)
      items.push({
        ...base,
        kind: 'process.assessment',
        title: {
          fi: 'Palvelutarpeen arviointi: vähintään 4 yhteyttä, 2 kasvokkain',
          sv: 'Bedömning av servicebehov: minst 4 kontakter, 2 ansikte mot ansikte',
          en: 'Needs assessment: at least 4 contacts, 2 face to face',
        },
        dueDate: st.assessmentDue,
      });
    if (st.appointmentDue && st.appointmentMet === false && st.appointmentDue <= horizon)
      items.push({
        ...base,
        kind: 'process.appointment',
        title: {
          fi: 'Pyydetty tapaaminen 7 arkipäivän kuluessa',
          sv: 'Begärt möte inom 7 vardagar',
          en: 'Requested appointment within 7 working days',
        },
        dueDate: st.appointmentDue,
      });
    if (st.followUpDue && st.followUpDue <= horizon)
      items.push({
        ...base,
        kind: 'process.follow-up',
        title: {
          fi: 'Yhteydenotto kaksi kuukautta asiakkuuden päättymisen jälkeen',
          sv: 'Kontakt två månader efter att klientskapet upphört',
          en: 'Follow-up contact two months after the end',
        },
        dueDate: st.followUpDue,
      });
  }
  return items;
});
