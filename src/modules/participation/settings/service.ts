// Participation settings of an organisation: the minimum group size for anonymous results (never
// below the floor, whatever is stored) and whether free text needs moderation. Feedback, surveys and
// proposals read them; a manager or administrator changes them with a version check.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { StaleVersionError, updateVersioned } from '../../../db/versioned.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { DEFAULT_MINIMUM, effectiveMinimum } from '../../../domain/anonymity/index.js';
import type { ParticipationSettings, SettingsBody } from '../../../shared/contracts/participation/settings.js';
import { insertSettingRow, organisationOfUnit, settingRow } from './queries.js';

export async function settingsFor(db: Kysely<DB>, organisationId: string): Promise<ParticipationSettings> {
  const row = await settingRow(db, organisationId);
  return {
    organisationId,
    feedbackMinAnswers: effectiveMinimum(row?.feedback_min_answers ?? DEFAULT_MINIMUM),
    moderationRequired: row?.moderation_required ?? true,
    version: row?.version ?? 0,
  };
}

/** The settings that apply to a unit: its organisation's. */
export async function settingsForUnit(db: Kysely<DB>, unitId: string): Promise<ParticipationSettings> {
  return settingsFor(db, await organisationOfUnit(db, unitId));
}

/**
 * Saves the settings of the organisation of `unitId`. `version` is what the user saw: 0 when the
 * organisation had none of its own yet; someone else's save in between answers 409.
 */
export async function updateSettings(
  db: Kysely<DB>,
  actor: AuditActor,
  unitId: string,
  body: SettingsBody,
): Promise<ParticipationSettings> {
  const organisationId = await organisationOfUnit(db, unitId);
  const values = {
    feedbackMinAnswers: effectiveMinimum(body.feedbackMinAnswers),
    moderationRequired: body.moderationRequired,
  };
  return db.transaction().execute(async (trx) => {
    const current = await settingRow(trx, organisationId);
    if (!current) {
      if (body.version !== 0 || !(await insertSettingRow(trx, organisationId, values)))
        throw new StaleVersionError('participation_setting');
    } else {
      await updateVersioned(
        trx,
        'participation_setting',
        { id: current.id, version: body.version, scope: { organisation_id: organisationId } },
        { feedback_min_answers: values.feedbackMinAnswers, moderation_required: values.moderationRequired },
      );
    }
    await audit(trx, {
      actor,
      action: 'feedback.settings.manage',
      subjectType: 'organisation',
      subjectId: organisationId,
      purpose: 'asetukset',
    });
    return settingsFor(trx, organisationId);
  });
}
