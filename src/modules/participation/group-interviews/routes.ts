// Group interviews (DOMAIN.md 4.1): goal, questions by theme, how many took part, who interviewed
// (an outside interviewer builds trust), a SWOT summary, and agreed actions each with an owner and a
// due date. Every action becomes a task on the owner's My work.
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import type { DB } from '../../../db/types.js';
import { errors } from '../../../server/errors.js';
import { actionNameSchema } from '../../../shared/contracts/foundation/auth.js';
import { audit } from '../../../server/audit/audit.js';
import { createTask } from '../../client-work/index.js';

const idParam = z.object({ interviewId: z.string().uuid() });
const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const swotText = z.string().trim().max(4000).default('');
const actionInput = z
  .object({ description: z.string().trim().min(1).max(1000), ownerId: z.string().uuid(), dueDate: dateString })
  .strict();
const questionsInput = z
  .array(
    z
      .object({
        theme: z.string().trim().min(1).max(200),
        questions: z.array(z.string().trim().min(1).max(500)).max(30),
      })
      .strict(),
  )
  .max(20);

const interviewSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  heldOn: z.string(),
  goal: z.string(),
  questions: questionsInput,
  participantCount: z.number(),
  interviewerKind: z.enum(['internal', 'external']),
  interviewerCount: z.number(),
  strengths: z.string(),
  weaknesses: z.string(),
  opportunities: z.string(),
  threats: z.string(),
  actions: z.array(
    z.object({
      id: z.string(),
      description: z.string(),
      ownerId: z.string(),
      ownerName: z.string(),
      dueDate: z.string(),
      taskId: z.string().nullable(),
      done: z.boolean(),
    }),
  ),
  version: z.number(),
});

const ownerError = {
  fi: 'Vastuuhenkilön on oltava saman yksikön työntekijä.',
  sv: 'Den ansvariga måste vara anställd i samma enhet.',
  en: 'The owner must be a member of staff in the same unit.',
};

async function checkOwners(db: Kysely<DB>, unitId: string, actions: { ownerId: string }[]) {
  for (const [i, a] of actions.entries()) {
    const staff = await db
      .selectFrom('user_role')
      .select('user_id')
      .where('user_id', '=', a.ownerId)
      .where('unit_id', '=', unitId)
      .executeTakeFirst();
    if (!staff) throw errors.field(`actions.${i}.ownerId`, ownerError);
  }
}

async function addActions(
  db: Kysely<DB>,
  interviewId: string,
  unitId: string,
  actions: z.infer<typeof actionInput>[],
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
    await db
      .insertInto('group_interview_action')
      .values({
        interview_id: interviewId,
        description: a.description,
        owner_id: a.ownerId,
        due_date: a.dueDate,
        task_id: taskId,
        proposal_id: null,
      })
      .execute();
  }
}

export default async function groupInterviewRoutes(app: App) {
  const db = app.db;

  const load = async (id: string) => {
    const g = await db.selectFrom('group_interview').selectAll().where('id', '=', id).executeTakeFirst();
    if (!g) return undefined;
    const actions = await db
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
      .where('a.interview_id', '=', id)
      .orderBy('a.due_date')
      .execute();
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
  };

  app.get(
    '/api/group-interviews',
    {
      config: { action: 'groupInterview.list' },
      schema: {
        tags: ['group-interviews'],
        summary: "Group interviews of the user's units",
        response: { 200: z.object({ interviews: z.array(interviewSchema) }) },
      },
    },
    async (request) => {
      const rows = await db
        .selectFrom('group_interview')
        .select('id')
        .where('unit_id', 'in', request.access.unitIds)
        .orderBy('held_on', 'desc')
        .limit(200)
        .execute();
      const interviews = [];
      for (const r of rows) interviews.push((await load(r.id))!);
      return { interviews };
    },
  );

  app.get(
    '/api/group-interviews/staff',
    {
      config: { action: 'groupInterview.create' },
      schema: {
        tags: ['group-interviews'],
        summary: 'Staff who can own an agreed action',
        response: {
          200: z.object({ staff: z.array(z.object({ id: z.string(), displayName: z.string(), unitId: z.string() })) }),
        },
      },
    },
    async (request) => ({
      staff: await db
        .selectFrom('user_role')
        .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
        .select(['app_user.id', 'app_user.display_name as displayName', 'user_role.unit_id as unitId'])
        .where('user_role.unit_id', 'in', request.access.unitIds)
        .where('app_user.is_active', '=', true)
        .distinct()
        .orderBy('app_user.display_name')
        .execute(),
    }),
  );

  app.get(
    '/api/group-interviews/:interviewId',
    {
      config: { action: 'groupInterview.read' },
      schema: {
        tags: ['group-interviews'],
        summary: 'One group interview with its actions, and what the user may do with it',
        params: idParam,
        response: { 200: z.object({ interview: interviewSchema, permittedActions: z.array(actionNameSchema) }) },
      },
    },
    async (request) => {
      const g = await load(request.params.interviewId);
      if (!g) throw errors.notFound();
      return { interview: g, permittedActions: request.permittedActions() };
    },
  );

  app.post(
    '/api/group-interviews',
    {
      config: { action: 'groupInterview.create' },
      schema: {
        tags: ['group-interviews'],
        summary: 'Record a group interview; each agreed action becomes a task for its owner',
        body: z
          .object({
            unitId: z.string().uuid().optional(),
            heldOn: dateString,
            goal: z.string().trim().min(1).max(2000),
            questions: questionsInput.default([]),
            participantCount: z.number().int().min(1).max(50),
            interviewerKind: z.enum(['internal', 'external']),
            interviewerCount: z.number().int().min(1).max(10).default(1),
            strengths: swotText,
            weaknesses: swotText,
            opportunities: swotText,
            threats: swotText,
            actions: z.array(actionInput).max(30).default([]),
          })
          .strict(),
        response: { 201: z.object({ interview: interviewSchema }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const unitId = b.unitId ?? request.access.unitIds[0];
      if (!request.access.unitIds.includes(unitId))
        throw errors.field('unitId', {
          fi: 'Valitse oma yksikkösi.',
          sv: 'Välj din egen enhet.',
          en: 'Choose your own unit.',
        });
      const id = await db.transaction().execute(async (trx) => {
        await checkOwners(trx, unitId, b.actions);
        const { id } = await trx
          .insertInto('group_interview')
          .values({
            unit_id: unitId,
            held_on: b.heldOn,
            goal: b.goal,
            questions: JSON.stringify(b.questions) as never,
            participant_count: b.participantCount,
            interviewer_kind: b.interviewerKind,
            interviewer_count: b.interviewerCount,
            strengths: b.strengths,
            weaknesses: b.weaknesses,
            opportunities: b.opportunities,
            threats: b.threats,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await addActions(trx, id, unitId, b.actions, request.user!.id);
        await audit(trx, {
          actor: request.actor(),
          action: 'groupinterview.create',
          subjectType: 'group_interview',
          subjectId: id,
          purpose: 'osallisuus',
        });
        return id;
      });
      return reply.status(201).send({ interview: (await load(id))! });
    },
  );

  app.patch(
    '/api/group-interviews/:interviewId',
    {
      config: { action: 'groupInterview.update' },
      schema: {
        tags: ['group-interviews'],
        summary: 'Edit the record and SWOT, and add agreed actions (version check)',
        params: idParam,
        body: z
          .object({
            goal: z.string().trim().min(1).max(2000).optional(),
            questions: questionsInput.optional(),
            participantCount: z.number().int().min(1).max(50).optional(),
            strengths: z.string().trim().max(4000).optional(),
            weaknesses: z.string().trim().max(4000).optional(),
            opportunities: z.string().trim().max(4000).optional(),
            threats: z.string().trim().max(4000).optional(),
            addActions: z.array(actionInput).max(30).optional(),
            version: z.number().int(),
          })
          .strict(),
        response: { 200: z.object({ interview: interviewSchema }) },
      },
    },
    async (request) => {
      const current = await load(request.params.interviewId);
      if (!current) throw errors.notFound();
      const { version, addActions: newActions, questions, participantCount, ...swot } = request.body;
      await db.transaction().execute(async (trx) => {
        if (newActions) await checkOwners(trx, current.unitId, newActions);
        const updated = await trx
          .updateTable('group_interview')
          .set({
            ...swot,
            ...(questions ? { questions: JSON.stringify(questions) as never } : {}),
            ...(participantCount ? { participant_count: participantCount } : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', current.id)
          .where('version', '=', version)
          .returning('id')
          .executeTakeFirst();
        if (!updated) throw errors.conflict();
        if (newActions?.length) await addActions(trx, current.id, current.unitId, newActions, request.user!.id);
        await audit(trx, {
          actor: request.actor(),
          action: 'groupinterview.update',
          subjectType: 'group_interview',
          subjectId: current.id,
          purpose: 'osallisuus',
        });
      });
      return { interview: (await load(current.id))! };
    },
  );
}
