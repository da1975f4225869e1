// Close-network mapping (läheisverkoston kartoitus, SHL 43 §): people close to the client, how they
// support the client, and their own support needs. Allowed only on a recorded legal basis: the
// client's consent (not withdrawn), or one of the two exceptions of the act with a written
// justification.
import { updateVersioned } from '../../../db/versioned.js';
import { audit } from '../../../server/audit/audit.js';
import { AppError, errors } from '../../../server/errors.js';
import type {
  NetworkConsent,
  NetworkData,
  NetworkPerson,
  NewConsent,
  Person,
  UpdatePerson,
} from '../../../shared/contracts/client-work/network.js';
import { notInFuture, PURPOSE, type WorkContext } from '../clients/common.js';
import { cw } from '../clients/messages.js';
import {
  activeNetworkBasis,
  consentOfClient,
  insertConsent,
  insertPerson,
  networkOfClient,
  personColumns,
  toPerson,
  withdrawConsent,
} from './queries.js';

const consentRequired = () => new AppError(400, 'network_consent_required', cw('networkConsentRequired'));

export async function readNetwork(ctx: WorkContext, clientId: string): Promise<NetworkData> {
  const data = await networkOfClient(ctx.db, clientId);
  await audit(ctx.db, { actor: ctx.actor, action: 'network.read', clientId, subjectType: 'network', purpose: PURPOSE });
  return { ...data, canMap: Boolean(await activeNetworkBasis(ctx.db, clientId)) };
}

export async function recordConsent(ctx: WorkContext, clientId: string, b: NewConsent): Promise<NetworkConsent> {
  notInFuture('givenOn', b.givenOn, ctx.today);
  if (b.basis === 'consent' && !b.givenBy) throw errors.field('givenBy', cw('givenByRequired'));
  if (b.basis !== 'consent' && !b.justification) throw errors.field('justification', cw('justificationRequired'));
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertConsent(trx, { clientId, ...b, userId: ctx.user.id });
    await audit(trx, {
      actor: ctx.actor,
      action: 'network.consent.create',
      clientId,
      subjectType: 'network_consent',
      subjectId: id,
      purpose: PURPOSE,
    });
    return (await networkOfClient(trx, clientId)).consents.find((c) => c.id === id)!;
  });
}

export async function recordWithdrawal(
  ctx: WorkContext,
  clientId: string,
  consentId: string,
  withdrawnAt: string,
): Promise<NetworkConsent> {
  notInFuture('withdrawnAt', withdrawnAt, ctx.today);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await consentOfClient(trx, clientId, consentId);
    if (!row) throw errors.notFound();
    if (row.withdrawn_at) throw new AppError(409, 'already_withdrawn', cw('consentAlreadyWithdrawn'));
    if (withdrawnAt < row.given_on) throw errors.field('withdrawnAt', cw('endBeforeStart'));
    await withdrawConsent(trx, consentId, withdrawnAt);
    await audit(trx, {
      actor: ctx.actor,
      action: 'network.consent.withdraw',
      clientId,
      subjectType: 'network_consent',
      subjectId: consentId,
      purpose: PURPOSE,
    });
    return (await networkOfClient(trx, clientId)).consents.find((c) => c.id === consentId)!;
  });
}

export async function addPerson(ctx: WorkContext, clientId: string, b: Person): Promise<NetworkPerson> {
  return ctx.db.transaction().execute(async (trx) => {
    const basis = await activeNetworkBasis(trx, clientId);
    if (!basis) throw consentRequired();
    const person = await insertPerson(trx, clientId, basis.id, personColumns(b), ctx.user.id);
    await audit(trx, {
      actor: ctx.actor,
      action: 'network.person.create',
      clientId,
      subjectType: 'network_person',
      subjectId: person.id,
      purpose: PURPOSE,
    });
    return person;
  });
}

export async function updatePerson(
  ctx: WorkContext,
  clientId: string,
  personId: string,
  b: UpdatePerson,
): Promise<NetworkPerson> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await activeNetworkBasis(trx, clientId))) throw consentRequired();
    const row = await updateVersioned(
      trx,
      'network_person',
      { id: personId, version: b.version, scope: { client_id: clientId } },
      personColumns(b),
    );
    await audit(trx, {
      actor: ctx.actor,
      action: 'network.person.update',
      clientId,
      subjectType: 'network_person',
      subjectId: personId,
      purpose: PURPOSE,
    });
    return toPerson(row);
  });
}
