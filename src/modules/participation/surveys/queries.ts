// Surveys in the database: the survey rows, answers, free text and contacts. Every function takes
// the connection or transaction it runs in.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

/** One free-text answer with the unit of its survey (for a proposal made of it). */
export async function freeTextWithUnit(db: Kysely<DB>, freeTextId: string) {
  return db
    .selectFrom('survey_free_text as f')
    .innerJoin('survey as s', 's.id', 'f.survey_id')
    .select(['f.id', 'f.text', 'f.moderation', 's.owner_unit_id as unitId'])
    .where('f.id', '=', freeTextId)
    .executeTakeFirst();
}
