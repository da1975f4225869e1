// The benefit handler's concern (huoli herää etuuskäsittelyssä): a contact that starts the
// assessment deadline, and a task for the client's named worker (without one, for the whole unit).
// Whether the client is one of the handler's unit is the client resolver's answer (access plugin).
import { localize } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { assessmentStartDue } from '../../../domain/deadlines/index.js';
import type { Concern } from '../../../shared/contracts/client-work/clients.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
import { createTask } from '../tasks/service.js';
import type { WorkContext } from '../clients/common.js';
import { cw } from '../clients/messages.js';
import { insertContact } from '../contacts/queries.js';
import { currentNamedWorker } from '../named-worker/queries.js';
import { clientForConcern, concernsRaisedBy } from './queries.js';

/** Käyttötarkoitus of the benefit handler's reads and writes. */
const PURPOSE = 'etuuskäsittely';

export async function raiseConcern(ctx: WorkContext, clientId: string, description: string): Promise<Concern> {
  const contactDate = ctx.today;
  return ctx.db.transaction().execute(async (trx) => {
    const client = await clientForConcern(trx, clientId);
    const contactId = await insertContact(trx, {
      clientId,
      unitId: client.unit_id,
      contactDate,
      channel: 'other',
      contactedBy: 'benefit-handler',
      reason: description,
      assessmentRequired: true,
      userId: ctx.user.id,
    });
    const nw = await currentNamedWorker(trx, clientId);
    const config = (await deadlineConfigForUnit(trx, client.unit_id))[client.client_group];
    await createTask(trx, {
      unitId: client.unit_id,
      assigneeId: nw?.status === 'assigned' ? nw.worker_id : null,
      clientId,
      kind: 'client.concern',
      title: localize(cw('concernTask'), 'fi'),
      dueDate: assessmentStartDue(contactDate, config),
      sourceType: 'contact',
      sourceId: contactId,
      createdBy: ctx.user.id,
    });
    await audit(trx, {
      actor: ctx.actor,
      action: 'concern.create',
      clientId,
      subjectType: 'contact',
      subjectId: contactId,
      purpose: PURPOSE,
    });
    return {
      id: contactId,
      clientId,
      clientFirstName: client.first_name,
      clientLastName: client.last_name,
      contactDate,
      reason: description,
    };
  });
}

export async function listConcerns(ctx: WorkContext, unitIds: string[]): Promise<Concern[]> {
  const rows = await concernsRaisedBy(ctx.db, ctx.user.id, unitIds);
  await audit(
    ctx.db,
    rows.map((r) => ({
      actor: ctx.actor,
      action: 'concern.list' as const,
      clientId: r.client_id,
      subjectType: 'contact',
      subjectId: r.id,
      purpose: PURPOSE,
    })),
  );
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientFirstName: r.first_name,
    clientLastName: r.last_name,
    contactDate: r.contact_date,
    reason: r.reason,
  }));
}
