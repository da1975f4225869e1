// The participation subjects and the units that hold them. The access plugin asks these for every
// action scoped to one of the kinds, so no handler checks "is this survey in my units" itself.
// Participation data is kept apart from client files: no subject here names a client.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { SubjectKind } from '../../shared/access/rules.js';
import type { ActionName } from '../../shared/access/actions/index.js';
import { permittedActions, type AuthUser } from '../../server/access/check.js';
import type { SubjectResolution, SubjectResolvers } from '../../server/access/subjects.js';

/** Roles whose holders receive after-meeting feedback (the staff a feedback code belongs to). */
export const FEEDBACK_ROLES = ['sosiaalityontekija', 'sosiaaliohjaaja', 'etuuskasittelija', 'esihenkilo'] as const;

const inUnit = (unitId: string | undefined): SubjectResolution | null => (unitId ? { unitIds: [unitId] } : null);

/** The units where a user works in a role that receives feedback. */
export async function feedbackUnitsOf(db: Kysely<DB>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('user_role')
    .select('unit_id')
    .distinct()
    .where('user_id', '=', userId)
    .where('role', 'in', FEEDBACK_ROLES)
    .execute();
  return rows.map((r) => r.unit_id);
}

export const participationSubjects: SubjectResolvers = {
  survey: {
    param: 'surveyId',
    async resolve(db, id) {
      const row = await db.selectFrom('survey').select('owner_unit_id').where('id', '=', id).executeTakeFirst();
      return inUnit(row?.owner_unit_id);
    },
  },
  surveyFreeText: {
    param: 'freeTextId',
    async resolve(db, id) {
      const row = await db
        .selectFrom('survey_free_text as f')
        .innerJoin('survey as s', 's.id', 'f.survey_id')
        .select('s.owner_unit_id')
        .where('f.id', '=', id)
        .executeTakeFirst();
      return inUnit(row?.owner_unit_id);
    },
  },
  proposal: {
    param: 'proposalId',
    async resolve(db, id) {
      const row = await db.selectFrom('proposal').select('owner_unit_id').where('id', '=', id).executeTakeFirst();
      return inUnit(row?.owner_unit_id);
    },
  },
  groupInterview: {
    param: 'interviewId',
    async resolve(db, id) {
      const row = await db.selectFrom('group_interview').select('unit_id').where('id', '=', id).executeTakeFirst();
      return inUnit(row?.unit_id);
    },
  },
  feedbackAnswer: {
    param: 'answerId',
    async resolve(db, id) {
      const row = await db.selectFrom('feedback_answer').select('unit_id').where('id', '=', id).executeTakeFirst();
      return inUnit(row?.unit_id);
    },
  },
  /** A worker is held by the units where they work in a role that receives feedback; a manager of
   *  one of those units may read their feedback there (request.access.unitIds: those units only). */
  feedbackWorker: {
    param: 'userId',
    async resolve(db, id) {
      const unitIds = await feedbackUnitsOf(db, id);
      return unitIds.length ? { unitIds } : null;
    },
  },
};

/**
 * What the user may do with one subject of a list (a feedback answer, a survey's free text …), decided
 * by the same rules as a request for it: list items carry these so the web app shows only those buttons.
 * `unitIds` are the units holding the subject, as its resolver would answer.
 */
export function permittedOn(user: AuthUser, kind: SubjectKind, id: string, unitIds: string[]): ActionName[] {
  return permittedActions(user, { kind, id, unitIds, relations: [] });
}
