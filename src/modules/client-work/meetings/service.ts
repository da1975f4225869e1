// Meetings and their short notes (asiakaskertomus entries): planned and held meetings with the
// client. Held meetings feed the deadline rules (the plan's meeting frequency, the youth model's
// assessment contacts). Each function opens the transaction, applies the rules, writes the use log
// in it and answers from what it read there.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { assessmentContactsMet } from '../../../domain/deadlines/index.js';
import { audit, type AuditActor } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import type { Meeting, MeetingList, meetingBody } from '../../../shared/contracts/client-work/meetings.js';
import type { z } from 'zod';
import { deadlineConfigForUnit } from '../my-work/deadlines.js';
import { meetingErrors } from './messages.js';
import * as q from './queries.js';

const PURPOSE = 'asiakastyö: tapaamiset';

/** What every meeting function needs to know of the request. */
export interface Caller {
  /** Who acts: the use log's actor, and the worker of a new meeting. */
  actor: AuditActor;
  /** Today in Finland, from the app's clock. */
  today: string;
}

type MeetingInput = z.output<typeof meetingBody>;

/** The client's meetings, newest first, and the counts the deadline rules use. */
export function listMeetings(
  db: Kysely<DB>,
  caller: Caller,
  clientId: string,
): Promise<Omit<MeetingList, 'permittedActions'>> {
  return db.transaction().execute(async (trx) => {
    const rows = await q.meetingsOfClient(trx, clientId);
    const client = await q.clientGroupOf(trx, clientId);
    const rules = (await deadlineConfigForUnit(trx, client.unit_id))[client.client_group];
    const held = rows.filter((m) => m.status === 'held');
    const contacts = assessmentContactsMet(
      held.map((m) => m.kind),
      rules,
    );
    await audit(trx, {
      actor: caller.actor,
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
        faceToFaceHeld: contacts.faceToFace,
        assessmentContactsMet: contacts.met,
      },
    };
  });
}

/** Records a planned or held meeting; the caller is its worker. */
export function createMeeting(
  db: Kysely<DB>,
  caller: Caller,
  client: { clientId: string; unitId: string },
  body: MeetingInput,
): Promise<Meeting> {
  checkDate(body, caller.today);
  return db.transaction().execute(async (trx) => {
    const id = await q.insertMeeting(trx, {
      client_id: client.clientId,
      unit_id: client.unitId,
      ...columns(body),
      worker_id: caller.actor.id,
      created_by: caller.actor.id,
    });
    await audit(trx, {
      actor: caller.actor,
      action: 'meeting.create',
      clientId: client.clientId,
      subjectType: 'meeting',
      subjectId: id,
      purpose: PURPOSE,
    });
    return toMeeting(await q.meetingById(trx, id));
  });
}

/** Edits a meeting from the version the user started from, e.g. marks a planned one held. */
export function updateMeeting(
  db: Kysely<DB>,
  caller: Caller,
  ids: { clientId: string; meetingId: string },
  body: MeetingInput & { version: number },
): Promise<Meeting> {
  checkDate(body, caller.today);
  return db.transaction().execute(async (trx) => {
    await updateVersioned(
      trx,
      'meeting',
      { id: ids.meetingId, version: body.version, scope: { client_id: ids.clientId } },
      columns(body),
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'meeting.update',
      clientId: ids.clientId,
      subjectType: 'meeting',
      subjectId: ids.meetingId,
      purpose: PURPOSE,
    });
    return toMeeting(await q.meetingById(trx, ids.meetingId));
  });
}

/** Nothing that happened is in the future: a held meeting is dated today at the latest. */
function checkDate(body: MeetingInput, today: string) {
  if (body.status === 'held' && body.date > today) throw errors.field('date', meetingErrors.heldInFuture);
}

function columns(b: MeetingInput) {
  return {
    meeting_date: b.date,
    start_time: b.time,
    kind: b.kind,
    status: b.status,
    participants: JSON.stringify(b.participants),
    location: b.location,
    note: b.note,
  };
}

export function toMeeting(m: q.MeetingRow): Meeting {
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
