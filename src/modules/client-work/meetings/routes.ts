// Meetings and short notes (asiakaskertomus entries): planned and held meetings with the client.
// Held meetings feed the deadline rules (meeting frequency of the plan, youth assessment contacts).
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { MEETING_KINDS, assessmentContactsMet } from '../../../domain/deadlines/index.js';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
import { isoDate } from '../../../shared/contracts/client-work/plan.js';
import type { MeetingTable } from '../../../db/tables/client-plan.js';
import type { Selectable } from 'kysely';

const PURPOSE = 'asiakastyö: tapaamiset';
const clientParams = z.object({ clientId: z.string().uuid() });
const meetingParams = clientParams.extend({ meetingId: z.string().uuid() });

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;

const meetingBody = z.object({
  date: isoDate,
  time: z
    .string()
    .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/)
    .nullable()
    .default(null),
  kind: z.enum(MEETING_KINDS),
  status: z.enum(MEETING_STATUSES).default('planned'),
  participants: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
  location: z.string().trim().max(300).nullable().default(null),
  note: z.string().trim().max(4000).nullable().default(null),
});

export const meetingSchema = z.object({
  id: z.string(),
  date: z.string(),
  time: z.string().nullable(),
  kind: z.enum(MEETING_KINDS),
  status: z.enum(MEETING_STATUSES),
  participants: z.array(z.string()),
  location: z.string().nullable(),
  note: z.string().nullable(),
  workerName: z.string().nullable(),
  version: z.number(),
});

export function toMeeting(m: Selectable<MeetingTable> & { worker_name?: string | null }) {
  return {
    id: m.id,
    date: m.meeting_date,
    time: m.start_time,
    kind: m.kind,
    status: m.status,
    participants: m.participants,
    location: m.location,
    note: m.note,
    workerName: m.worker_name ?? null,
    version: m.version,
  };
}

export default async function meetingRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/clients/:clientId/meetings',
    {
      config: { action: 'meeting.read' },
      schema: {
        tags: ['meetings'],
        summary: 'Meetings of a client, newest first, with the counts the deadline rules use',
        params: clientParams,
        response: {
          200: z.object({
            meetings: z.array(meetingSchema),
            counts: z.object({
              held: z.number(),
              planned: z.number(),
              faceToFaceHeld: z.number(),
              assessmentContactsMet: z.boolean(),
            }),
          }),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const rows = await db
        .selectFrom('meeting')
        .leftJoin('app_user', 'app_user.id', 'meeting.worker_id')
        .selectAll('meeting')
        .select('app_user.display_name as worker_name')
        .where('meeting.client_id', '=', clientId)
        .orderBy('meeting.meeting_date', 'desc')
        .orderBy('meeting.start_time', 'desc')
        .limit(500)
        .execute();
      const client = await db
        .selectFrom('client')
        .select(['client_group', 'unit_id'])
        .where('id', '=', clientId)
        .executeTakeFirstOrThrow();
      const cfg = (await deadlineConfigForUnit(db, client.unit_id))[client.client_group];
      const held = rows.filter((m) => m.status === 'held');
      const count = assessmentContactsMet(
        held.map((m) => m.kind),
        cfg,
      );
      await audit(db, {
        actor: request.actor(),
        action: 'meeting.read',
        clientId,
        subjectType: 'meeting',
        purpose: PURPOSE,
      });
      return {
        meetings: rows.map(toMeeting),
        counts: {
          held: held.length,
          planned: rows.filter((m) => m.status === 'planned').length,
          faceToFaceHeld: count.faceToFace,
          assessmentContactsMet: count.met,
        },
      };
    },
  );

  app.post(
    '/api/clients/:clientId/meetings',
    {
      config: { action: 'meeting.write' },
      schema: {
        tags: ['meetings'],
        summary: 'Record a planned or held meeting',
        params: clientParams,
        body: meetingBody,
        response: { 201: z.object({ meeting: meetingSchema }) },
      },
    },
    async (request, reply) => {
      const { clientId } = request.params;
      const b = request.body;
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto('meeting')
          .values({
            client_id: clientId,
            unit_id: request.access.clientUnitId!,
            meeting_date: b.date,
            start_time: b.time,
            kind: b.kind,
            status: b.status,
            participants: JSON.stringify(b.participants),
            location: b.location,
            note: b.note,
            worker_id: request.user!.id,
            created_by: request.user!.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'meeting.create',
          clientId,
          subjectType: 'meeting',
          subjectId: created.id,
          purpose: PURPOSE,
        });
        return created;
      });
      return reply.status(201).send({ meeting: toMeeting({ ...row, worker_name: request.user!.displayName }) });
    },
  );

  app.put(
    '/api/clients/:clientId/meetings/:meetingId',
    {
      config: { action: 'meeting.write' },
      schema: {
        tags: ['meetings'],
        summary: 'Edit a meeting, e.g. mark a planned one held and write the note (version check)',
        params: meetingParams,
        body: meetingBody.extend({ version: z.number().int() }),
        response: { 200: z.object({ meeting: meetingSchema }) },
      },
    },
    async (request) => {
      const { clientId, meetingId } = request.params;
      const b = request.body;
      const row = await db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('meeting')
          .set({
            meeting_date: b.date,
            start_time: b.time,
            kind: b.kind,
            status: b.status,
            participants: JSON.stringify(b.participants),
            location: b.location,
            note: b.note,
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where('id', '=', meetingId)
          .where('client_id', '=', clientId)
          .where('version', '=', b.version)
          .returningAll()
          .executeTakeFirst();
        if (!updated) {
          const exists = await trx
            .selectFrom('meeting')
            .select('id')
            .where('id', '=', meetingId)
            .where('client_id', '=', clientId)
            .executeTakeFirst();
          throw exists ? errors.conflict() : errors.notFound();
        }
        await audit(trx, {
          actor: request.actor(),
          action: 'meeting.update',
          clientId,
          subjectType: 'meeting',
          subjectId: meetingId,
          purpose: PURPOSE,
        });
        return updated;
      });
      const worker = row.worker_id
        ? await db.selectFrom('app_user').select('display_name').where('id', '=', row.worker_id).executeTakeFirst()
        : null;
      return { meeting: toMeeting({ ...row, worker_name: worker?.display_name ?? null }) };
    },
  );
}
