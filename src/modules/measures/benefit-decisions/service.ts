// Income-support applications of one client: registering, marking complete or urgent, and the
// decision, whose maker's professional group comes from their role in the application's unit.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { StaleVersionError, updateVersioned } from '../../../db/versioned.js';
import { audit } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import type {
  ApplicationPatch,
  DecisionBody,
  NewApplicationBody,
} from '../../../shared/contracts/measures/benefit-decisions.js';
import type { Caller } from '../common.js';
import { benefitErrors as msg } from './messages.js';
import { professionalGroupOf, withTiming } from './processing.js';
import * as q from './queries.js';

const PURPOSE = 'toimeentulotuen käsittely';

export async function applications(db: Kysely<DB>, caller: Caller, clientId: string) {
  const rows = await q.applicationsOfClient(db, clientId);
  await audit(db, {
    actor: caller.actor,
    action: 'benefitDecision.read',
    clientId,
    subjectType: 'benefit_application',
    purpose: PURPOSE,
  });
  return rows.map((r) => withTiming(r, caller.today));
}

async function one(db: Kysely<DB>, caller: Caller, id: string) {
  return withTiming(await q.application(db, id), caller.today);
}

export async function register(
  db: Kysely<DB>,
  caller: Caller,
  client: { id: string; unitId: string },
  b: NewApplicationBody,
) {
  if (b.completeDate && b.completeDate < b.receivedDate) throw errors.field('completeDate', msg.completeBeforeReceived);
  const id = await db.transaction().execute(async (trx) => {
    const applicationId = await q.insertApplication(trx, {
      ...b,
      clientId: client.id,
      unitId: client.unitId,
      createdBy: caller.actor.id,
    });
    await audit(trx, {
      actor: caller.actor,
      action: 'benefitDecision.application.create',
      clientId: client.id,
      subjectType: 'benefit_application',
      subjectId: applicationId,
      purpose: PURPOSE,
    });
    return applicationId;
  });
  return one(db, caller, id);
}

/** Records the decision; the caller is the decision maker. */
export async function decide(
  db: Kysely<DB>,
  caller: Caller,
  client: { id: string; unitId: string },
  applicationId: string,
  b: DecisionBody,
) {
  const { id: clientId, unitId: clientUnitId } = client;
  await db.transaction().execute(async (trx) => {
    const cur = await q.applicationOfClient(trx, clientId, applicationId);
    if (!cur) throw errors.notFound();
    // A decision made on an old version is a conflict whatever it says: it is answered before the
    // rules (the versioned update below checks the version again in its own statement).
    if (cur.version !== b.version) throw new StaleVersionError('benefit_application');
    if (cur.decision_date) throw errors.field('decisionDate', msg.alreadyDecided);
    const complete = b.completeDate ?? cur.complete_date;
    if (!complete) throw errors.field('completeDate', msg.completeDateMissing);
    if (complete < cur.received_date) throw errors.field('completeDate', msg.completeBeforeReceived);
    if (b.decisionDate < complete) throw errors.field('decisionDate', msg.decisionBeforeComplete);
    // The decision maker's professional group: their role in the client's unit, where the access
    // plugin allowed the decision (a social worker, counsellor or benefit handler there).
    const group = professionalGroupOf(await q.rolesInUnit(trx, caller.actor.id, clientUnitId));
    await updateVersioned(
      trx,
      'benefit_application',
      { id: applicationId, version: b.version, scope: { client_id: clientId } },
      {
        complete_date: complete,
        urgent: b.urgent ?? cur.urgent,
        decision_date: b.decisionDate,
        outcome: b.outcome,
        decision_maker_id: caller.actor.id,
        professional_group: group,
      },
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'benefitDecision.decide',
      clientId,
      subjectType: 'benefit_application',
      subjectId: applicationId,
      purpose: PURPOSE,
    });
  });
  return one(db, caller, applicationId);
}

/** Marks an open application complete or urgent. */
export async function update(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
  applicationId: string,
  b: ApplicationPatch,
) {
  await db.transaction().execute(async (trx) => {
    const cur = await q.applicationOfClient(trx, clientId, applicationId);
    if (!cur) throw errors.notFound();
    if (cur.decision_date) throw errors.field('completeDate', msg.alreadyDecided);
    if (b.completeDate && b.completeDate < cur.received_date)
      throw errors.field('completeDate', msg.completeBeforeReceived);
    await updateVersioned(
      trx,
      'benefit_application',
      { id: applicationId, version: b.version, scope: { client_id: clientId } },
      { complete_date: b.completeDate, urgent: b.urgent },
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'benefitDecision.application.update',
      clientId,
      subjectType: 'benefit_application',
      subjectId: applicationId,
      purpose: PURPOSE,
    });
  });
  return one(db, caller, applicationId);
}

/** Open applications of the user's units, the most urgent deadline first; each client is in the use log. */
export async function openApplications(db: Kysely<DB>, caller: Caller, unitIds: string[]) {
  const rows = await q.openApplications(db, unitIds);
  const list = rows
    .map(({ firstName, lastName, ...r }) => ({
      ...withTiming(r, caller.today),
      clientName: `${lastName} ${firstName}`.trim(),
    }))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  await audit(
    db,
    list.map((r) => ({
      actor: caller.actor,
      action: 'benefitDecision.list' as const,
      clientId: r.clientId,
      subjectType: 'benefit_application',
      subjectId: r.id,
      purpose: PURPOSE,
    })),
  );
  return list;
}
