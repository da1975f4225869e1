// Suggestions from the public: stored for moderation, never shown publicly. The suggester's email
// is kept only with the pending suggestion and erased when an updater handles it.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { Lang } from '../../../shared/i18n.js';
import type { SuggestionInput } from '../../../shared/contracts/servicemap/suggestions.js';

type Status = 'pending' | 'approved' | 'rejected';

/** Stores a suggestion; a filled honeypot is accepted silently and dropped (returns null). */
export async function storeSuggestion(db: Kysely<DB>, input: SuggestionInput, lang: Lang): Promise<string | null> {
  if (input.website) return null;
  const serviceId =
    input.serviceId &&
    (await db
      .selectFrom('service')
      .select('id')
      .where('id', '=', input.serviceId)
      .where('status', '=', 'published')
      .executeTakeFirst())
      ? input.serviceId
      : null;
  const row = await db
    .insertInto('service_suggestion')
    .values({
      kind: serviceId ? 'correction' : 'new',
      service_id: serviceId,
      name: input.name,
      description: input.description,
      street_address: input.streetAddress,
      municipality: input.municipality,
      contact: input.contact,
      homepage: input.homepage,
      message: input.message,
      email: input.email || null,
      lang,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Suggestions by status (or one by id), oldest first. With `organisationIds`: suggestions of a new
 * service (no organisation yet) and corrections of those organisations' services.
 */
export async function listSuggestions(
  db: Kysely<DB>,
  by: { status: Status; organisationIds?: string[] } | { id: string },
) {
  let q = db
    .selectFrom('service_suggestion as g')
    .leftJoin('service as s', 's.id', 'g.service_id')
    .select([
      'g.id',
      'g.kind',
      'g.service_id',
      sql<string | null>`s.name->>'fi'`.as('service_name'),
      'g.name',
      'g.description',
      'g.street_address',
      'g.municipality',
      'g.contact',
      'g.homepage',
      'g.message',
      sql<boolean>`g.email is not null`.as('has_email'),
      'g.lang',
      'g.status',
      'g.handled_at',
      'g.handler_note',
      'g.result_service_id',
      'g.created_at',
    ]);
  if ('id' in by) q = q.where('g.id', '=', by.id);
  else {
    q = q.where('g.status', '=', by.status);
    const orgs = by.organisationIds;
    if (orgs) {
      q = q.where((eb) =>
        eb.or([eb('s.id', 'is', null), ...(orgs.length ? [eb('s.organisation_id', 'in', orgs)] : [])]),
      );
    }
  }
  const rows = await q.orderBy('g.created_at').limit(200).execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    serviceId: r.service_id,
    serviceName: r.service_name,
    name: r.name,
    description: r.description,
    streetAddress: r.street_address,
    municipality: r.municipality,
    contact: r.contact,
    homepage: r.homepage,
    message: r.message,
    hasEmail: r.has_email,
    lang: r.lang,
    status: r.status,
    handledAt: r.handled_at ? new Date(r.handled_at).toISOString() : null,
    handlerNote: r.handler_note,
    resultServiceId: r.result_service_id,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** The suggestion, locked for the handling transaction. */
export function lockSuggestion(trx: Kysely<DB>, id: string) {
  return trx.selectFrom('service_suggestion').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Records the decision and erases the suggester's email. */
export async function markHandled(
  trx: Kysely<DB>,
  id: string,
  decision: {
    status: 'approved' | 'rejected';
    by: string;
    at: Date;
    note: string | null;
    resultServiceId?: string | null;
  },
) {
  await trx
    .updateTable('service_suggestion')
    .set({
      status: decision.status,
      handled_by: decision.by,
      handled_at: decision.at,
      handler_note: decision.note,
      ...(decision.resultServiceId !== undefined ? { result_service_id: decision.resultServiceId } : {}),
      email: null,
    })
    .where('id', '=', id)
    .execute();
}
