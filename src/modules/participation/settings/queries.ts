// The organisation's participation settings: one row per organisation, absent until it saves its own.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

export async function settingRow(db: Kysely<DB>, organisationId: string) {
  return db
    .selectFrom('participation_setting')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** The first settings of an organisation; false when another request saved them first. */
export async function insertSettingRow(
  db: Kysely<DB>,
  organisationId: string,
  values: { feedbackMinAnswers: number; moderationRequired: boolean },
): Promise<boolean> {
  const row = await db
    .insertInto('participation_setting')
    .values({
      organisation_id: organisationId,
      feedback_min_answers: values.feedbackMinAnswers,
      moderation_required: values.moderationRequired,
    })
    .onConflict((oc) => oc.column('organisation_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

export async function organisationOfUnit(db: Kysely<DB>, unitId: string): Promise<string> {
  const u = await db.selectFrom('unit').select('organisation_id').where('id', '=', unitId).executeTakeFirstOrThrow();
  return u.organisation_id;
}
