// Requests to other authorities (SHL 41 §): the responsible worker asks health care, employment
// services, Kela or housing to take part in the assessment or plan; they must take part. Tracked as
// request → answer → contribution, with a due date that shows on My work.
import { updateVersioned } from '../../../db/versioned.js';
import { authorityRequestDue } from '../../../domain/deadlines/index.js';
import { audit } from '../../../server/audit/audit.js';
import { errors, type FieldError } from '../../../server/errors.js';
import type {
  AuthorityRequest,
  AuthorityRequestStatus,
  NewAuthorityRequest,
  UpdateAuthorityRequest,
} from '../../../shared/contracts/client-work/authority-requests.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
import { notInFuture, PURPOSE, type WorkContext } from '../clients/common.js';
import { cw } from '../clients/messages.js';
import { clientGroupOf, insertRequest, requestById, requestsOfClient, storedRequest } from './queries.js';

/** Allowed status changes: sent → answered → contributed; sent/answered → cancelled. */
const NEXT: Record<AuthorityRequestStatus, AuthorityRequestStatus[]> = {
  sent: ['sent', 'answered', 'cancelled'],
  answered: ['answered', 'contributed', 'cancelled'],
  contributed: ['contributed'],
  cancelled: ['cancelled'],
};

export async function readRequests(ctx: WorkContext, clientId: string): Promise<AuthorityRequest[]> {
  const requests = await requestsOfClient(ctx.db, clientId);
  await audit(ctx.db, {
    actor: ctx.actor,
    action: 'authorityRequest.read',
    clientId,
    subjectType: 'authority_request',
    purpose: PURPOSE,
  });
  return requests;
}

/** `unitId`: the client's unit, whose organisation's answer time applies. */
export async function sendRequest(
  ctx: WorkContext,
  clientId: string,
  unitId: string,
  b: NewAuthorityRequest,
): Promise<AuthorityRequest> {
  notInFuture('sentOn', b.sentOn, ctx.today);
  const config = (await deadlineConfigForUnit(ctx.db, unitId))[await clientGroupOf(ctx.db, clientId)];
  const dueDate = b.dueDate ?? authorityRequestDue(b.sentOn, config);
  if (dueDate < b.sentOn) throw errors.field('dueDate', cw('dueBeforeSent'));
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertRequest(trx, { ...b, clientId, unitId, dueDate, userId: ctx.user.id });
    await audit(trx, {
      actor: ctx.actor,
      action: 'authorityRequest.create',
      clientId,
      subjectType: 'authority_request',
      subjectId: id,
      purpose: PURPOSE,
    });
    return requestById(trx, id);
  });
}

/**
 * Records the answer or the contribution, moves the due date or cancels, as an edit of the version
 * the user saw: a newer save answers 409 before the rules are checked; a refused change rolls back.
 */
export async function progressRequest(
  ctx: WorkContext,
  clientId: string,
  requestId: string,
  b: UpdateAuthorityRequest,
): Promise<AuthorityRequest> {
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await storedRequest(trx, clientId, requestId);
    const next = b.status ?? existing.status;
    const answer = b.answer !== undefined ? b.answer : existing.answer;
    const answeredOn = b.answeredOn !== undefined ? b.answeredOn : existing.answered_on;
    const contribution = b.contribution !== undefined ? b.contribution : existing.contribution;
    const dueDate = b.dueDate ?? existing.due_date;
    await updateVersioned(
      trx,
      'authority_request',
      { id: requestId, version: b.version, scope: { client_id: clientId } },
      { status: next, due_date: dueDate, answer, answered_on: answeredOn, contribution },
    );
    if (!NEXT[existing.status].includes(next))
      throw errors.validation([{ path: 'status', message: cw('requestTransition') }]);
    if (dueDate < existing.sent_on) throw errors.field('dueDate', cw('dueBeforeSent'));
    if (next === 'answered' || next === 'contributed') {
      const fields: FieldError[] = [];
      if (!answer) fields.push({ path: 'answer', message: cw('answerRequired') });
      if (!answeredOn) fields.push({ path: 'answeredOn', message: cw('required') });
      if (next === 'contributed' && !contribution)
        fields.push({ path: 'contribution', message: cw('contributionRequired') });
      if (fields.length) throw errors.validation(fields);
      notInFuture('answeredOn', answeredOn!, ctx.today);
      if (answeredOn! < existing.sent_on) throw errors.field('answeredOn', cw('endBeforeStart'));
    }
    await audit(trx, {
      actor: ctx.actor,
      action: 'authorityRequest.update',
      clientId,
      subjectType: 'authority_request',
      subjectId: requestId,
      purpose: PURPOSE,
    });
    return requestById(trx, requestId);
  });
}
