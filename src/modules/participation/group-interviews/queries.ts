// Group interviews in the database: the interview, its agreed actions (with their tasks' state) and
// the staff who may own an action. Every function takes the connection or transaction it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';

const NONE = ['00000000-0000-0000-0000-000000000000'];
const units = (unitIds: string[]) => (unitIds.length ? unitIds : NONE);

export async function interviewRow(db: Kysely<DB>, id: string) {
  return db.selectFrom('group_interview').selectAll().where('id', '=', id).executeTakeFirst();
}
export type InterviewRow = NonNullable<Awaited<ReturnType<typeof interviewRow>>>;

/** An interview's agreed actions with their owners, and whether each one's task is done. */
export async function actionsOf(db: Kysely<DB>, interviewId: string) {
  return db
    .selectFrom('group_interview_action as a')
    .innerJoin('app_user as u', 'u.id', 'a.owner_id')
    .leftJoin('task as t', 't.id', 'a.task_id')
    .select([
      'a.id',
      'a.description',
      'a.owner_id as ownerId',
      'u.display_name as ownerName',
      sql<string>`to_char(a.due_date, 'YYYY-MM-DD')`.as('dueDate'),
      'a.task_id as taskId',
      sql<boolean>`t.done_at is not null`.as('done'),
    ])
    .where('a.interview_id', '=', interviewId)
    .orderBy('a.due_date')
    .execute();
}

/** The units' interviews, the latest first. */
export async function interviewIdsOf(db: Kysely<DB>, unitIds: string[]) {
  const rows = await db
    .selectFrom('group_interview')
    .select('id')
    .where('unit_id', 'in', units(unitIds))
    .orderBy('held_on', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => r.id);
}

/** Active staff of the units: who may own an agreed action. */
export async function staffOf(db: Kysely<DB>, unitIds: string[]) {
  return db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select(['app_user.id', 'app_user.display_name as displayName', 'user_role.unit_id as unitId'])
    .where('user_role.unit_id', 'in', units(unitIds))
    .where('app_user.is_active', '=', true)
    .distinct()
    .orderBy('app_user.display_name')
    .execute();
}

export async function worksInUnit(db: Kysely<DB>, userId: string, unitId: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_role')
    .select('user_id')
    .where('user_id', '=', userId)
    .where('unit_id', '=', unitId)
    .executeTakeFirst();
  return !!row;
}

export interface NewInterview {
  unitId: string;
  heldOn: string;
  goal: string;
  questions: { theme: string; questions: string[] }[];
  participantCount: number;
  interviewerKind: 'internal' | 'external';
  interviewerCount: number;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  createdBy: string;
}

export async function insertInterview(db: Kysely<DB>, g: NewInterview): Promise<string> {
  const { id } = await db
    .insertInto('group_interview')
    .values({
      unit_id: g.unitId,
      held_on: g.heldOn,
      goal: g.goal,
      questions: JSON.stringify(g.questions) as never,
      participant_count: g.participantCount,
      interviewer_kind: g.interviewerKind,
      interviewer_count: g.interviewerCount,
      strengths: g.strengths,
      weaknesses: g.weaknesses,
      opportunities: g.opportunities,
      threats: g.threats,
      created_by: g.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertAction(
  db: Kysely<DB>,
  a: { interviewId: string; description: string; ownerId: string; dueDate: string; taskId: string },
): Promise<void> {
  await db
    .insertInto('group_interview_action')
    .values({
      interview_id: a.interviewId,
      description: a.description,
      owner_id: a.ownerId,
      due_date: a.dueDate,
      task_id: a.taskId,
      proposal_id: null,
    })
    .execute();
}
