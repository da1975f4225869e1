// Suggestions from the public: stored for moderation, never shown publicly. The suggester's email
// is kept only with the pending suggestion and erased when an updater handles it.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { Lang } from '../../shared/i18n.js';
import type { SuggestionInput } from './schemas.js';

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
