// Reading and writing meetings. Every function takes the transaction (or database) it runs in.
import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { MeetingTable } from '../../../db/tables/client-plan.js';

/** The client's meetings, newest first, with the name of the worker who had them. */
export function meetingsOfClient(db: Kysely<DB>, clientId: string) {
  return withWorker(db)
    .where('meeting.client_id', '=', clientId)
    .orderBy('meeting.meeting_date', 'desc')
    .orderBy('meeting.start_time', 'desc')
    .limit(500)
    .execute();
}

/** One meeting with the worker's name. */
export function meetingById(db: Kysely<DB>, meetingId: string) {
  return withWorker(db).where('meeting.id', '=', meetingId).executeTakeFirstOrThrow();
}

export type MeetingRow = Awaited<ReturnType<typeof meetingById>>;

function withWorker(db: Kysely<DB>) {
  return db
    .selectFrom('meeting')
    .leftJoin('app_user', 'app_user.id', 'meeting.worker_id')
    .selectAll('meeting')
    .select('app_user.display_name as worker_name');
}

export async function insertMeeting(db: Kysely<DB>, meeting: Insertable<MeetingTable>): Promise<string> {
  const row = await db.insertInto('meeting').values(meeting).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The client's group and unit: the deadline rules that count the meetings depend on them. */
export function clientGroupOf(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('client')
    .select(['client_group', 'unit_id'])
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
}
