// Contacts (yhteydenotot). Every function takes the transaction it runs in.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { assessmentStartDue } from '../../../domain/deadlines/index.js';
import type { Contact, ContactChannel, ContactedBy } from '../../../shared/contracts/client-work/clients.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';

export interface NewContactRow {
  clientId: string;
  unitId: string;
  contactDate: string;
  channel: ContactChannel;
  contactedBy: ContactedBy;
  reason: string | null;
  assessmentRequired: boolean;
  userId: string;
}

/** A new contact re-opens an ended client relationship (asian vireilletulo). */
export async function insertContact(trx: Kysely<DB>, c: NewContactRow): Promise<string> {
  const row = await trx
    .insertInto('contact')
    .values({
      client_id: c.clientId,
      unit_id: c.unitId,
      contact_date: c.contactDate,
      channel: c.channel,
      contacted_by: c.contactedBy,
      reason: c.reason,
      assessment_required: c.assessmentRequired,
      created_by: c.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const client = await trx
    .selectFrom('client')
    .select(['status', 'version'])
    .where('id', '=', c.clientId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (client.status === 'ended') {
    await updateVersioned(
      trx,
      'client',
      { id: c.clientId, version: client.version },
      { status: 'active', ended_on: null, end_reason: null },
    );
  }
  return row.id;
}

/** A client's contacts, newest first, each with its assessment start deadline and whether one started. */
export async function listContacts(db: Kysely<DB>, clientId: string): Promise<Contact[]> {
  const rows = await db
    .selectFrom('contact')
    .leftJoin('app_user', 'app_user.id', 'contact.created_by')
    .selectAll('contact')
    .select('app_user.display_name')
    .select((eb) =>
      eb
        .exists(
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
        )
        .as('started'),
    )
    .where('contact.client_id', '=', clientId)
    .orderBy('contact.contact_date', 'desc')
    .orderBy('contact.created_at', 'desc')
    .execute();
  const client = await db
    .selectFrom('client')
    .select(['unit_id', 'client_group'])
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
  const config = (await deadlineConfigForUnit(db, client.unit_id))[client.client_group];
  return rows.map((r) => ({
    id: r.id,
    contactDate: r.contact_date,
    channel: r.channel,
    contactedBy: r.contacted_by,
    reason: r.reason,
    assessmentRequired: r.assessment_required,
    assessmentStartDue: r.assessment_required ? assessmentStartDue(r.contact_date, config) : null,
    assessmentStarted: Boolean(r.started),
    createdByName: r.display_name,
  }));
}
