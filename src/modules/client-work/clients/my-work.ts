// My work items of client work (part A): assessment starts due after a contact, open requests to
// other authorities, and open tasks. Part B's My work page merges these with its own.
import { sql } from 'kysely';
import { assessmentStartDue } from '../../../domain/deadlines/index.js';
import { deadlineConfigCache } from '../my-work/deadlines.js';
import { registerMyWorkProvider, type MyWorkItem, type MyWorkQuery } from '../my-work/registry.js';

const NO_UNIT = '00000000-0000-0000-0000-000000000000';

/** Contacts that require an assessment and have none started since (SHL 36 §: by default the 7th working day). */
export async function assessmentStartItems(q: MyWorkQuery): Promise<MyWorkItem[]> {
  const units = q.unitIds.length ? q.unitIds : [NO_UNIT];
  let query = q.db
    .selectFrom('contact')
    .innerJoin('client', 'client.id', 'contact.client_id')
    .leftJoin('named_worker_assignment as nw', (j) =>
      j.onRef('nw.client_id', '=', 'client.id').on('nw.ended_on', 'is', null),
    )
    .select([
      'contact.id',
      'contact.client_id',
      'contact.contact_date',
      'contact.unit_id',
      'client.first_name',
      'client.last_name',
      'client.client_group',
    ])
    .where('contact.assessment_required', '=', true)
    .where('contact.unit_id', 'in', units)
    .where('client.status', '=', 'active')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('assessment')
            .select('assessment.id')
            .whereRef('assessment.client_id', '=', 'contact.client_id')
            .where((w) =>
              w.or([
                w('assessment.contact_id', '=', w.ref('contact.id')),
                w('assessment.started_on', '>=', w.ref('contact.contact_date')),
              ]),
            ),
        ),
      ),
    );
  if (q.scope === 'mine') {
    // Mine: clients whose named worker I am, and clients nobody is named for yet (the unit's queue).
    query = query.where((eb) => eb.or([eb('nw.worker_id', '=', q.user.id), eb('nw.worker_id', 'is', null)]));
  }
  const rows = await query.orderBy('contact.contact_date').limit(500).execute();
  const configFor = deadlineConfigCache(q.db);
  const configs = await Promise.all(rows.map((r) => configFor(r.unit_id)));
  return rows.map((r, i) => ({
    kind: 'assessment.start',
    title: {
      fi: 'Aloita palvelutarpeen arviointi',
      sv: 'Påbörja bedömningen av servicebehovet',
      en: 'Start the service needs assessment',
    },
    dueDate: assessmentStartDue(r.contact_date, configs[i][r.client_group]),
    clientId: r.client_id,
    clientName: `${r.first_name} ${r.last_name}`,
    unitId: r.unit_id,
    link: `/app/clients/${r.client_id}/assessment`,
  }));
}

/** Requests to other authorities still waiting for an answer. */
export async function authorityRequestItems(q: MyWorkQuery): Promise<MyWorkItem[]> {
  const units = q.unitIds.length ? q.unitIds : [NO_UNIT];
  let query = q.db
    .selectFrom('authority_request as ar')
    .innerJoin('client', 'client.id', 'ar.client_id')
    .leftJoin('named_worker_assignment as nw', (j) =>
      j.onRef('nw.client_id', '=', 'client.id').on('nw.ended_on', 'is', null),
    )
    .select(['ar.id', 'ar.client_id', 'ar.due_date', 'ar.unit_id', 'client.first_name', 'client.last_name'])
    .where('ar.status', '=', 'sent')
    .where('ar.unit_id', 'in', units);
  if (q.scope === 'mine') {
    query = query.where((eb) => eb.or([eb('ar.created_by', '=', q.user.id), eb('nw.worker_id', '=', q.user.id)]));
  }
  const rows = await query.orderBy('ar.due_date').limit(500).execute();
  return rows.map((r) => ({
    kind: 'authority-request.answer',
    title: {
      fi: 'Viranomaispyyntö odottaa vastausta',
      sv: 'Begäran till myndighet väntar på svar',
      en: 'Request to an authority awaits an answer',
    },
    dueDate: r.due_date,
    clientId: r.client_id,
    clientName: `${r.first_name} ${r.last_name}`,
    unitId: r.unit_id,
    link: `/app/clients/${r.client_id}/authority-requests`,
  }));
}

/** Open tasks: mine, plus client-work tasks of my units that nobody has been assigned (concerns). */
export async function taskItems(q: MyWorkQuery): Promise<MyWorkItem[]> {
  const units = q.unitIds.length ? q.unitIds : [NO_UNIT];
  let query = q.db
    .selectFrom('task')
    .leftJoin('client', 'client.id', 'task.client_id')
    .select([
      'task.id',
      'task.kind',
      'task.title',
      'task.due_date',
      'task.client_id',
      'task.unit_id',
      'client.first_name',
      'client.last_name',
    ])
    .where('task.done_at', 'is', null);
  if (q.scope === 'mine') {
    query = query.where((eb) =>
      eb.or([
        eb('task.assignee_id', '=', q.user.id),
        eb.and([
          eb('task.assignee_id', 'is', null),
          eb('task.unit_id', 'in', units),
          eb('task.kind', 'like', 'client.%'),
        ]),
      ]),
    );
  } else {
    query = query.where('task.unit_id', 'in', units);
  }
  const rows = await query
    .orderBy(sql`task.due_date nulls last`)
    .limit(500)
    .execute();
  return rows.map((r) => ({
    kind: `task.${r.kind}`,
    // Task titles are written in Finnish by the capability that creates them.
    title: { fi: r.title, sv: r.title, en: r.title },
    dueDate: r.due_date,
    clientId: r.client_id,
    clientName: r.first_name !== null ? `${r.first_name} ${r.last_name}` : null,
    unitId: r.unit_id,
    link: r.client_id ? `/app/clients/${r.client_id}` : '/app/my-work',
    taskId: r.id,
  }));
}

export function registerClientWorkProviders() {
  registerMyWorkProvider('client-work.assessment-start', assessmentStartItems);
  registerMyWorkProvider('client-work.authority-requests', authorityRequestItems);
  registerMyWorkProvider('client-work.tasks', taskItems);
}
