// Creating and renaming units; a name is unique within its organisation.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import type { UnitCreate, UnitUpdate } from '../../../shared/contracts/administration/units.js';
import { adminErrors, isUniqueViolation, PURPOSE } from '../messages.js';
import { insertUnit, organisationExists, unitById } from './queries.js';

async function uniqueName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) throw errors.field('name', adminErrors.nameTaken);
    throw e;
  }
}

export async function createUnit(db: Kysely<DB>, actor: AuditActor, input: UnitCreate) {
  if (!(await organisationExists(db, input.organisationId)))
    throw errors.field('organisationId', adminErrors.organisationNotFound);
  return uniqueName(() =>
    db.transaction().execute(async (trx) => {
      const id = await insertUnit(trx, input.organisationId, input.name);
      await audit(trx, { actor, action: 'unit.create', subjectType: 'unit', subjectId: id, purpose: PURPOSE });
      return unitById(trx, id);
    }),
  );
}

export function updateUnit(db: Kysely<DB>, actor: AuditActor, id: string, input: UnitUpdate) {
  return uniqueName(() =>
    db.transaction().execute(async (trx) => {
      await updateVersioned(trx, 'unit', { id, version: input.version }, { name: input.name });
      await audit(trx, { actor, action: 'unit.update', subjectType: 'unit', subjectId: id, purpose: PURPOSE });
      return unitById(trx, id);
    }),
  );
}
