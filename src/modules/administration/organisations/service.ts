// Creating and editing organisations: one transaction each, with its use-log event.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import type { OrganisationCreate, OrganisationUpdate } from '../../../shared/contracts/administration/organisations.js';
import { PURPOSE } from '../messages.js';
import { insertOrganisation } from './queries.js';

export function createOrganisation(db: Kysely<DB>, actor: AuditActor, input: OrganisationCreate) {
  return db.transaction().execute(async (trx) => {
    const created = await insertOrganisation(trx, input);
    await audit(trx, {
      actor,
      action: 'organisation.create',
      subjectType: 'organisation',
      subjectId: created.id,
      purpose: PURPOSE,
    });
    return created;
  });
}

export function updateOrganisation(db: Kysely<DB>, actor: AuditActor, id: string, input: OrganisationUpdate) {
  const { version, ...changes } = input;
  return db.transaction().execute(async (trx) => {
    const row = await updateVersioned(trx, 'organisation', { id, version }, changes);
    await audit(trx, {
      actor,
      action: 'organisation.update',
      subjectType: 'organisation',
      subjectId: id,
      purpose: PURPOSE,
    });
    return { id: row.id, name: row.name, kind: row.kind, population: row.population, version: row.version };
  });
}
