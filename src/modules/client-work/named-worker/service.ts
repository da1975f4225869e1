// Named worker (omatyöntekijä, SHL 42 §): assign one, or record that none is needed or that another
// worker is responsible, with the reason and the day the client was told. A change ends the current
// assignment on the new one's date, so the history stays; a change made meanwhile by someone else is
// refused (the caller names the assignment it saw as current).
import { AppError, errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import type { AssignNamedWorker, NamedWorker } from '../../../shared/contracts/client-work/clients.js';
import { notInFuture, PURPOSE, type WorkContext } from '../clients/common.js';
import { cw } from '../clients/messages.js';
import {
  assignmentHistory,
  currentNamedWorker,
  endAssignment,
  insertAssignment,
  lockClient,
  markInformed,
  toNamedWorker,
  unitWorkers,
} from './queries.js';

export async function readNamedWorker(ctx: WorkContext, clientId: string, unitId: string) {
  const history = await assignmentHistory(ctx.db, clientId);
  const workers = await unitWorkers(ctx.db, unitId);
  await audit(ctx.db, {
    actor: ctx.actor,
    action: 'namedWorker.read',
    clientId,
    subjectType: 'named_worker_assignment',
    purpose: PURPOSE,
  });
  return { current: history.find((i) => i.endedOn === null) ?? null, history, workers };
}

export async function assignNamedWorker(
  ctx: WorkContext,
  clientId: string,
  unitId: string,
  b: AssignNamedWorker,
): Promise<NamedWorker> {
  notInFuture('assignedOn', b.assignedOn, ctx.today);
  if (b.clientInformedOn) notInFuture('clientInformedOn', b.clientInformedOn, ctx.today);
  if (b.status === 'assigned') {
    if (!b.workerId) throw errors.field('workerId', cw('workerRequired'));
    const workers = await unitWorkers(ctx.db, unitId);
    if (!workers.some((w) => w.id === b.workerId)) throw errors.field('workerId', cw('workerNotInUnit'));
  }
  if (b.status === 'not-needed' && !b.reason) throw errors.field('reason', cw('reasonRequired'));
  if (b.status === 'other-responsible' && !b.otherResponsible)
    throw errors.field('otherResponsible', cw('otherResponsibleRequired'));
  return ctx.db.transaction().execute(async (trx) => {
    await lockClient(trx, clientId);
    const existing = await currentNamedWorker(trx, clientId);
    if ((existing?.id ?? null) !== b.currentId) throw new AppError(409, 'conflict', cw('namedWorkerChanged'));
    if (existing) await endAssignment(trx, existing.id, b.assignedOn);
    const id = await insertAssignment(trx, {
      clientId,
      status: b.status,
      workerId: b.status === 'assigned' ? b.workerId! : null,
      reason: b.reason,
      otherResponsible: b.status === 'other-responsible' ? b.otherResponsible : null,
      assignedOn: b.assignedOn,
      clientInformedOn: b.clientInformedOn ?? null,
      createdBy: ctx.user.id,
    });
    await audit(trx, {
      actor: ctx.actor,
      action: 'namedWorker.assign',
      clientId,
      subjectType: 'named_worker_assignment',
      subjectId: id,
      purpose: PURPOSE,
    });
    return toNamedWorker((await currentNamedWorker(trx, clientId))!);
  });
}

export async function recordClientInformed(
  ctx: WorkContext,
  clientId: string,
  assignmentId: string,
  informedOn: string,
): Promise<void> {
  notInFuture('clientInformedOn', informedOn, ctx.today);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await markInformed(trx, clientId, assignmentId, informedOn))) throw errors.notFound();
    await audit(trx, {
      actor: ctx.actor,
      action: 'namedWorker.informed',
      clientId,
      subjectType: 'named_worker_assignment',
      subjectId: assignmentId,
      purpose: PURPOSE,
    });
  });
}
