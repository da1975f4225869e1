// The client record (asiakkuus): create with a duplicate warning, read, edit with a version check,
// search within the user's units, reveal the identity code, end the relationship (with a follow-up
// task). Every read and write of client data is in the use log, in the transaction of the change.
import { updateVersioned } from '../../../db/versioned.js';
import { followUpDue } from '../../../domain/deadlines/index.js';
import { audit } from '../../../server/audit/audit.js';
import { AppError, errors, localize } from '../../../server/errors.js';
import type {
  Client,
  ClientBasic,
  ClientSearch,
  CreateClient,
  DuplicateCandidate,
  EndClient,
  EndClientResult,
  UpdateClient,
} from '../../../shared/contracts/client-work/clients.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
import { createTask } from '../tasks/service.js';
import { currentNamedWorker } from '../named-worker/queries.js';
import { isUniqueViolation, notInFuture, PURPOSE, type WorkContext } from './common.js';
import { parseHenkilotunnus } from './henkilotunnus.js';
import { cw } from './messages.js';
import {
  clientBasic,
  clientRecord,
  clientState,
  duplicateCandidates,
  identityCodeOf,
  insertClient,
  searchClients,
  type ClientChanges,
} from './queries.js';

/**
 * Validates the identity code (check character) and its agreement with the birth date; returns the
 * columns to store. The code is never put into an error text.
 */
export function identityColumns(input: { henkilotunnus?: string | null; birthDate?: string | null }, today: string) {
  const out: { henkilotunnus?: string | null; birth_date?: string | null } = {};
  if (input.henkilotunnus !== undefined) {
    if (input.henkilotunnus === null || input.henkilotunnus === '') {
      out.henkilotunnus = null;
    } else {
      const parsed = parseHenkilotunnus(input.henkilotunnus);
      if (!parsed) throw errors.field('henkilotunnus', cw('henkilotunnusInvalid'));
      if (input.birthDate && input.birthDate !== parsed.birthDate) {
        throw errors.field('birthDate', cw('henkilotunnusBirthDate'));
      }
      out.henkilotunnus = parsed.value;
      out.birth_date = parsed.birthDate;
    }
  }
  if (input.birthDate !== undefined && out.birth_date === undefined) out.birth_date = input.birthDate ?? null;
  if (out.birth_date) notInFuture('birthDate', out.birth_date, today);
  return out;
}

export async function search(ctx: WorkContext, unitIds: string[], input: ClientSearch) {
  const clients = await searchClients(ctx.db, unitIds, input);
  await audit(
    ctx.db,
    clients.map((c) => ({
      actor: ctx.actor,
      action: 'client.search' as const,
      clientId: c.id,
      subjectType: 'client',
      subjectId: c.id,
      purpose: PURPOSE,
    })),
  );
  return { clients, total: clients.length };
}

export type CreateResult =
  { kind: 'created'; client: Client } | { kind: 'duplicates'; candidates: DuplicateCandidate[] };

/** `unitIds`: the units where the user may create a client. */
export async function createClient(ctx: WorkContext, unitIds: string[], body: CreateClient): Promise<CreateResult> {
  const { unitId: wantedUnit, confirmDuplicate, henkilotunnus, birthDate, ...rest } = body;
  const unitId = wantedUnit ?? (unitIds.length === 1 ? unitIds[0] : undefined);
  if (!unitId) throw errors.field('unitId', cw('unitRequired'));
  if (!unitIds.includes(unitId)) throw errors.field('unitId', cw('unitNotAllowed'));
  const identity = identityColumns({ henkilotunnus, birthDate }, ctx.today);

  return ctx.db.transaction().execute(async (trx): Promise<CreateResult> => {
    const candidates = await duplicateCandidates(trx, {
      henkilotunnus: identity.henkilotunnus,
      birthDate: identity.birth_date,
      firstName: rest.firstName,
      lastName: rest.lastName,
    });
    // The same identity code is never a new person; a name + birth date match may be confirmed.
    if (candidates.length > 0 && (!confirmDuplicate || candidates.some((c) => c.sameCode))) {
      await audit(
        trx,
        candidates.map((c) => ({
          actor: ctx.actor,
          action: 'client.create.duplicateCheck' as const,
          clientId: c.id,
          subjectType: 'client',
          subjectId: c.id,
          purpose: PURPOSE,
        })),
      );
      return {
        kind: 'duplicates',
        candidates: candidates.map(({ id, firstName, lastName, unitName }) => ({ id, firstName, lastName, unitName })),
      };
    }
    const id = await insertClient(trx, {
      unit_id: unitId,
      first_name: rest.firstName,
      last_name: rest.lastName,
      birth_date: identity.birth_date ?? null,
      henkilotunnus: identity.henkilotunnus ?? null,
      phone: rest.phone ?? null,
      email: rest.email ?? null,
      street_address: rest.streetAddress ?? null,
      postal_code: rest.postalCode ?? null,
      city: rest.city ?? null,
      preferred_language: rest.preferredLanguage ?? 'fi',
      other_language: rest.preferredLanguage === 'other' ? (rest.otherLanguage ?? null) : null,
      interpreter_needed: rest.interpreterNeeded ?? false,
      client_group: rest.clientGroup ?? 'adult',
      ended_on: null,
      end_reason: null,
      created_by: ctx.user.id,
    });
    await audit(trx, {
      actor: ctx.actor,
      action: 'client.create',
      clientId: id,
      subjectType: 'client',
      subjectId: id,
      purpose: PURPOSE,
    });
    return { kind: 'created', client: await clientRecord(trx, id) };
  });
}

export async function readClient(ctx: WorkContext, clientId: string): Promise<Client> {
  const client = await clientRecord(ctx.db, clientId);
  await audit(ctx.db, {
    actor: ctx.actor,
    action: 'client.read',
    clientId,
    subjectType: 'client',
    subjectId: clientId,
    purpose: PURPOSE,
  });
  return client;
}

export async function readClientBasic(ctx: WorkContext, clientId: string): Promise<ClientBasic> {
  const client = await clientBasic(ctx.db, clientId);
  await audit(ctx.db, {
    actor: ctx.actor,
    action: 'client.basic.read',
    clientId,
    subjectType: 'client',
    subjectId: clientId,
    purpose: PURPOSE,
  });
  return client;
}

export async function revealIdentityCode(ctx: WorkContext, clientId: string): Promise<string | null> {
  const code = await identityCodeOf(ctx.db, clientId);
  await audit(ctx.db, {
    actor: ctx.actor,
    action: 'client.identity.reveal',
    clientId,
    subjectType: 'client.henkilotunnus',
    subjectId: clientId,
    purpose: PURPOSE,
  });
  return code;
}

export async function updateClient(ctx: WorkContext, clientId: string, body: UpdateClient): Promise<Client> {
  const { version, henkilotunnus, birthDate, ...rest } = body;
  const identity = identityColumns({ henkilotunnus, birthDate }, ctx.today);
  const changes: ClientChanges = {
    ...identity,
    ...(rest.firstName !== undefined ? { first_name: rest.firstName } : {}),
    ...(rest.lastName !== undefined ? { last_name: rest.lastName } : {}),
    ...(rest.phone !== undefined ? { phone: rest.phone } : {}),
    ...(rest.email !== undefined ? { email: rest.email } : {}),
    ...(rest.streetAddress !== undefined ? { street_address: rest.streetAddress } : {}),
    ...(rest.postalCode !== undefined ? { postal_code: rest.postalCode } : {}),
    ...(rest.city !== undefined ? { city: rest.city } : {}),
    ...(rest.preferredLanguage !== undefined ? { preferred_language: rest.preferredLanguage } : {}),
    ...(rest.otherLanguage !== undefined ? { other_language: rest.otherLanguage } : {}),
    ...(rest.interpreterNeeded !== undefined ? { interpreter_needed: rest.interpreterNeeded } : {}),
    ...(rest.clientGroup !== undefined ? { client_group: rest.clientGroup } : {}),
  };
  return ctx.db.transaction().execute(async (trx) => {
    try {
      await updateVersioned(trx, 'client', { id: clientId, version }, changes);
    } catch (e) {
      if (isUniqueViolation(e)) throw errors.field('henkilotunnus', cw('henkilotunnusTaken'));
      throw e;
    }
    await audit(trx, {
      actor: ctx.actor,
      action: 'client.update',
      clientId,
      subjectType: 'client',
      subjectId: clientId,
      purpose: PURPOSE,
    });
    return clientRecord(trx, clientId);
  });
}

/** Ends the relationship; a follow-up task (by default for youth clients) goes to the named worker. */
export async function endClient(ctx: WorkContext, clientId: string, body: EndClient): Promise<EndClientResult> {
  const { version, endedOn, endReason, followUpDate } = body;
  notInFuture('endedOn', endedOn, ctx.today);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await clientState(trx, clientId);
    if (current.status === 'ended') throw new AppError(409, 'already_ended', cw('alreadyEnded'));
    await updateVersioned(
      trx,
      'client',
      { id: clientId, version },
      { status: 'ended', ended_on: endedOn, end_reason: endReason },
    );
    const followUp = body.followUp ?? current.client_group === 'youth';
    let followUpTaskId: string | null = null;
    if (followUp) {
      // The organisation's follow-up period for the client's group; for a group without one
      // (adults by default) the youth model's period applies when a follow-up is asked for.
      const config = await deadlineConfigForUnit(trx, current.unit_id);
      const due =
        followUpDate ?? followUpDue(endedOn, config[current.client_group]) ?? followUpDue(endedOn, config.youth);
      if (!due) throw errors.required('followUpDate');
      if (due < endedOn) throw errors.field('followUpDate', cw('endBeforeStart'));
      const nw = await currentNamedWorker(trx, clientId);
      followUpTaskId = await createTask(trx, {
        unitId: current.unit_id,
        assigneeId: nw?.status === 'assigned' ? nw.worker_id : ctx.user.id,
        clientId,
        kind: 'client.followup',
        title: localize(cw('followUpTask'), 'fi'),
        dueDate: due,
        sourceType: 'client',
        sourceId: clientId,
        createdBy: ctx.user.id,
      });
    }
    await audit(trx, {
      actor: ctx.actor,
      action: 'client.end',
      clientId,
      subjectType: 'client',
      subjectId: clientId,
      purpose: PURPOSE,
    });
    return { client: await clientRecord(trx, clientId), followUpTaskId };
  });
}
