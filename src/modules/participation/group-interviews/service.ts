// Group interviews (DOMAIN.md 4.1): recording one with its SWOT summary, and agreed actions each with
// an owner of the same unit and a due date. Every action becomes a task on the owner's My work
// (client work's createTask), in the same transaction. "Today" comes from the caller.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { StaleVersionError, updateVersioned } from '../../../db/versioned.js';
import { errors } from '../../../server/errors.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { createTask } from '../../client-work/index.js';
import type {
  AgreedActionInput,
  GroupInterview,
  GroupInterviewUpdateBody,
  NewGroupInterviewBody,
} from '../../../shared/contracts/participation/group-interviews.js';
import { groupInterviewErrors } from './messages.js';
import {
  actionsOf,
  insertAction,
  insertInterview,
  interviewIdsOf,
  interviewRow,
  worksInUnit,
  type InterviewRow,
} from './queries.js';

const PURPOSE = 'osallisuus';

export interface Editor {
  actor: AuditActor;
  id: string;
}

async function toApi(db: Kysely<DB>, g: InterviewRow): Promise<GroupInterview> {
  const actions = await actionsOf(db, g.id);
  return {
    id: g.id,
    unitId: g.unit_id,
    heldOn: String(g.held_on).slice(0, 10),
    goal: g.goal,
    questions: typeof g.questions === 'string' ? JSON.parse(g.questions) : g.questions,
    participantCount: g.participant_count,
    interviewerKind: g.interviewer_kind,
    interviewerCount: g.interviewer_count,
    strengths: g.strengths,
    weaknesses: g.weaknesses,
    opportunities: g.opportunities,
    threats: g.threats,
    actions: actions.map((a) => ({ ...a, done: Boolean(a.done) })),
    version: g.version,
  };
}

/** One interview with its actions (the route's subject: its resolver found it). */
export async function loadInterview(db: Kysely<DB>, id: string): Promise<GroupInterview> {
  const g = await interviewRow(db, id);
  if (!g) throw errors.notFound();
  return toApi(db, g);
}

export async function listInterviews(db: Kysely<DB>, unitIds: string[]): Promise<GroupInterview[]> {
  const interviews: GroupInterview[] = [];
  for (const id of await interviewIdsOf(db, unitIds)) interviews.push(await loadInterview(db, id));
  return interviews;
}

/** Every owner must work in the interview's unit; the error names the action's field. */
async function checkOwners(db: Kysely<DB>, unitId: string, actions: { ownerId: string }[], path: string) {
  for (const [i, a] of actions.entries())
    if (!(await worksInUnit(db, a.ownerId, unitId)))
      throw errors.field(`${path}.${i}.ownerId`, groupInterviewErrors.owner);
}

async function addActions(
  db: Kysely<DB>,
  interviewId: string,
  unitId: string,
  actions: AgreedActionInput[],
  createdBy: string,
) {
  for (const a of actions) {
    const taskId = await createTask(db, {
      unitId,
      assigneeId: a.ownerId,
      kind: 'group-interview.action',
      title: a.description,
      dueDate: a.dueDate,
      sourceType: 'group_interview',
      sourceId: interviewId,
      createdBy,
    });
    await insertAction(db, { interviewId, description: a.description, ownerId: a.ownerId, dueDate: a.dueDate, taskId });
  }
}

/** Records an interview held in one of the user's units (the first one when none is chosen). */
export async function recordInterview(
  db: Kysely<DB>,
  user: Editor & { unitIds: string[] },
  today: string,
  body: NewGroupInterviewBody,
): Promise<string> {
  const unitId = body.unitId ?? user.unitIds[0];
  if (!user.unitIds.includes(unitId)) throw errors.field('unitId', groupInterviewErrors.ownUnit);
  if (body.heldOn > today) throw errors.field('heldOn', groupInterviewErrors.futureDate);
  return db.transaction().execute(async (trx) => {
    await checkOwners(trx, unitId, body.actions, 'actions');
    const id = await insertInterview(trx, { ...body, unitId, createdBy: user.id });
    await addActions(trx, id, unitId, body.actions, user.id);
    await audit(trx, {
      actor: user.actor,
      action: 'groupInterview.create',
      subjectType: 'group_interview',
      subjectId: id,
      purpose: PURPOSE,
    });
    return id;
  });
}

/** Edits the record and SWOT and adds actions: the interview's version goes up with its new actions. */
export async function updateInterview(
  db: Kysely<DB>,
  user: Editor,
  id: string,
  body: GroupInterviewUpdateBody,
): Promise<void> {
  const { version, addActions: newActions, questions, participantCount, ...swot } = body;
  await db.transaction().execute(async (trx) => {
    const current = await interviewRow(trx, id);
    if (!current) throw errors.notFound();
    if (current.version !== version) throw new StaleVersionError('group_interview');
    if (newActions) await checkOwners(trx, current.unit_id, newActions, 'addActions');
    await updateVersioned(
      trx,
      'group_interview',
      { id, version },
      {
        ...swot,
        ...(questions ? { questions: JSON.stringify(questions) as never } : {}),
        ...(participantCount ? { participant_count: participantCount } : {}),
      },
    );
    if (newActions?.length) await addActions(trx, id, current.unit_id, newActions, user.id);
    await audit(trx, {
      actor: user.actor,
      action: 'groupInterview.update',
      subjectType: 'group_interview',
      subjectId: id,
      purpose: PURPOSE,
    });
  });
}
