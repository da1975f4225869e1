// The providers register: a name is unique within the organisation; edits go with their version.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { audit } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import { END_REASON_LABELS, END_REASONS } from '../../../shared/measures/vocabulary.js';
import type { ProviderBody, ProviderPatch } from '../../../shared/contracts/measures/work-activity-providers.js';
import { organisationIdsOf, type Caller } from '../common.js';
import * as q from './queries.js';

const PURPOSE = 'kuntouttava työtoiminta';

const nameTaken = {
  fi: 'Samanniminen järjestäjä on jo rekisterissä.',
  sv: 'En anordnare med samma namn finns redan.',
  en: 'A provider with this name exists already.',
};

/** The register of the organisations of the user's units, with the coded end reasons. */
export async function register(db: Kysely<DB>, unitIds: string[], active?: boolean) {
  return {
    providers: await q.providersOf(db, await organisationIdsOf(db, unitIds), active),
    endReasons: END_REASONS.map((code) => ({ code, label: END_REASON_LABELS[code] })),
  };
}

/** Adds a provider to the register of the user's (first) organisation. */
export async function addProvider(db: Kysely<DB>, caller: Caller, unitIds: string[], b: ProviderBody) {
  const [orgId] = await organisationIdsOf(db, unitIds);
  if (!orgId) throw errors.forbidden();
  const id = await db.transaction().execute(async (trx) => {
    if (await q.nameTaken(trx, orgId, b.name)) throw errors.field('name', nameTaken);
    const providerId = await q.insertProvider(trx, orgId, b);
    await audit(trx, {
      actor: caller.actor,
      action: 'workActivity.provider.create',
      subjectType: 'work_activity_provider',
      subjectId: providerId,
      purpose: PURPOSE,
    });
    return providerId;
  });
  return q.provider(db, id);
}

export async function editProvider(db: Kysely<DB>, caller: Caller, providerId: string, input: ProviderPatch) {
  const { version, ...b } = input;
  await db.transaction().execute(async (trx) => {
    await updateVersioned(
      trx,
      'work_activity_provider',
      { id: providerId, version },
      {
        name: b.name,
        address: b.address,
        tasks_offered: b.tasksOffered,
        contact_person: b.contactPerson,
        contact_phone: b.contactPhone,
        public_transport: b.publicTransport,
        capacity: b.capacity,
        is_active: b.isActive,
      },
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'workActivity.provider.update',
      subjectType: 'work_activity_provider',
      subjectId: providerId,
      purpose: PURPOSE,
    });
  });
  return q.provider(db, providerId);
}
