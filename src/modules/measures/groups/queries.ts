// Reading and writing groups, their leaders, sessions, members, attendance and anonymous feedback.
// Every function takes the transaction (or database) it runs in.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import type { MemberStatus } from '../../../shared/measures/vocabulary.js';
import type { FeedbackBody, NewGroupBody } from '../../../shared/contracts/measures/groups.js';

/** Does the user lead the group as an expert by experience? (The `groupLeader` relation.) */
function leadsAsExpert(userId: string) {
  return sql<boolean>`exists (select 1 from group_leader l where l.group_id = g.id and l.user_id = ${userId} and l.kind = 'expert-by-experience')`;
}

/** A group as the access check needs it: its unit, and whether the user leads it as an expert. */
export async function groupSubject(db: Kysely<DB>, groupId: string, userId: string) {
  return db
    .selectFrom('group_work as g')
    .select(['g.unit_id as unitId', leadsAsExpert(userId).as('leadsAsExpert')])
    .where('g.id', '=', groupId)
    .executeTakeFirst();
}

/** Groups of the units, newest first, with what the list shows and what its access check needs. */
export async function groupsOfUnits(db: Kysely<DB>, unitIds: string[], userId: string, today: string) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('group_work as g')
    .select([
      'g.id',
      'g.name',
      'g.target_group as targetGroup',
      'g.status',
      'g.unit_id as unitId',
      leadsAsExpert(userId).as('leadsAsExpert'),
      sql<number>`(select count(*) from group_session s where s.group_id = g.id)::int`.as('sessions'),
      sql<number>`(select count(*) from group_member m where m.group_id = g.id and m.status in ('invited', 'joined'))::int`.as(
        'members',
      ),
      sql<
        string | null
      >`(select min(s.session_date)::text from group_session s where s.group_id = g.id and s.session_date >= ${today})`.as(
        'nextSession',
      ),
    ])
    .where('g.unit_id', 'in', unitIds)
    .orderBy('g.created_at', 'desc')
    .execute();
}

const LEADER_ROLES = ['sosiaalityontekija', 'sosiaaliohjaaja', 'kokemusasiantuntija'] as const;

/** Active staff and experts by experience of the units, who can lead a group. */
export async function leaderCandidates(db: Kysely<DB>, unitIds: string[], userIds?: string[]) {
  if (unitIds.length === 0 || userIds?.length === 0) return [];
  let q = db
    .selectFrom('user_role')
    .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
    .select(['app_user.id', 'app_user.display_name as name', 'user_role.role'])
    .where('user_role.unit_id', 'in', unitIds)
    .where('user_role.role', 'in', LEADER_ROLES)
    .where('app_user.is_active', '=', true)
    .orderBy('app_user.display_name');
  if (userIds) q = q.where('user_role.user_id', 'in', userIds);
  return q.execute();
}

export async function insertGroup(db: Kysely<DB>, unitId: string, b: NewGroupBody, createdBy: string) {
  const row = await db
    .insertInto('group_work')
    .values({
      unit_id: unitId,
      name: b.name,
      target_group: b.targetGroup,
      description: b.description,
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertLeader(
  db: Kysely<DB>,
  leader: { groupId: string; userId: string | null; name: string; kind: 'staff' | 'expert-by-experience' | 'partner' },
) {
  await db
    .insertInto('group_leader')
    .values({ group_id: leader.groupId, user_id: leader.userId, name: leader.name, kind: leader.kind })
    .execute();
}

export async function insertSession(
  db: Kysely<DB>,
  s: {
    groupId: string;
    no: number;
    date: string;
    startTime: string | null;
    durationMinutes: number;
    isClosing: boolean;
  },
) {
  await db
    .insertInto('group_session')
    .values({
      group_id: s.groupId,
      session_no: s.no,
      session_date: s.date,
      start_time: s.startTime,
      duration_minutes: s.durationMinutes,
      is_closing: s.isClosing,
      topic: null,
      guests: null,
      notes: null,
    })
    .execute();
}

export async function findGroup(db: Kysely<DB>, groupId: string) {
  return db.selectFrom('group_work').select(['id', 'unit_id', 'status']).where('id', '=', groupId).executeTakeFirst();
}

export async function group(db: Kysely<DB>, groupId: string) {
  return db.selectFrom('group_work').selectAll().where('id', '=', groupId).executeTakeFirstOrThrow();
}

const sessionColumns = [
  'id',
  'session_no as no',
  'session_date as date',
  'start_time as startTime',
  'duration_minutes as durationMinutes',
  'topic',
  'is_closing as isClosing',
  'guests',
  'notes',
  'held',
  'version',
] as const;

/** Everything of a group that its page shows, with the members' names and client ids. */
export async function groupDetail(db: Kysely<DB>, groupId: string) {
  const g = await db
    .selectFrom('group_work')
    .select(['id', 'name', 'target_group as targetGroup', 'description', 'status', 'version'])
    .where('id', '=', groupId)
    .executeTakeFirstOrThrow();
  const leaders = await db
    .selectFrom('group_leader')
    .select(['id', 'name', 'kind', 'user_id as userId'])
    .where('group_id', '=', groupId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
  const sessions = await db
    .selectFrom('group_session')
    .select(sessionColumns)
    .where('group_id', '=', groupId)
    .orderBy('session_no')
    .execute();
  const members = await db
    .selectFrom('group_member as m')
    .innerJoin('client', 'client.id', 'm.client_id')
    .select([
      'm.id',
      'm.client_id as clientId',
      'm.plan_id as planId',
      'm.status',
      'm.confidentiality_accepted_on as confidentialityAcceptedOn',
      'm.notes_consent as notesConsent',
      'm.version',
      sql<string>`client.first_name`.as('firstName'),
      sql<string>`client.last_name`.as('lastName'),
    ])
    .where('m.group_id', '=', groupId)
    .orderBy(sql`client.first_name`)
    .execute();
  const attendance = await db
    .selectFrom('group_attendance as a')
    .innerJoin('group_session as s', 's.id', 'a.session_id')
    .select(['a.session_id as sessionId', 'a.member_id as memberId', 'a.present'])
    .where('s.group_id', '=', groupId)
    .execute();
  return { group: g, leaders, sessions, members, attendance };
}

export async function sessionOfGroup(db: Kysely<DB>, groupId: string, sessionId: string) {
  return db
    .selectFrom('group_session')
    .select(['id', 'session_date'])
    .where('id', '=', sessionId)
    .where('group_id', '=', groupId)
    .executeTakeFirst();
}

export async function session(db: Kysely<DB>, sessionId: string) {
  return db.selectFrom('group_session').select(sessionColumns).where('id', '=', sessionId).executeTakeFirstOrThrow();
}

export async function membersOfGroup(db: Kysely<DB>, groupId: string) {
  return db.selectFrom('group_member').selectAll().where('group_id', '=', groupId).execute();
}

export async function memberOfGroup(db: Kysely<DB>, groupId: string, memberId: string) {
  return db
    .selectFrom('group_member')
    .selectAll()
    .where('id', '=', memberId)
    .where('group_id', '=', groupId)
    .executeTakeFirst();
}

/** Present at a session: the member has joined (and accepted the confidentiality rule on `on` if not yet). */
export async function markJoined(db: Kysely<DB>, memberId: string, acceptedOn: string | null) {
  await db
    .updateTable('group_member')
    .set({
      status: 'joined' as MemberStatus,
      ...(acceptedOn ? { confidentiality_accepted_on: acceptedOn } : {}),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', memberId)
    .execute();
}

export async function saveAttendance(db: Kysely<DB>, sessionId: string, memberId: string, present: boolean) {
  await db
    .insertInto('group_attendance')
    .values({ session_id: sessionId, member_id: memberId, present })
    .onConflict((oc) => oc.columns(['session_id', 'member_id']).doUpdateSet({ present }))
    .execute();
}

export async function markHeld(db: Kysely<DB>, sessionId: string) {
  await db
    .updateTable('group_session')
    .set({ held: true, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', sessionId)
    .execute();
}

/** A group in planning becomes active at its first held session. */
export async function activate(db: Kysely<DB>, groupId: string) {
  await db
    .updateTable('group_work')
    .set({ status: 'active', version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', groupId)
    .where('status', '=', 'planning')
    .execute();
}

export async function closingSession(db: Kysely<DB>, groupId: string) {
  return db
    .selectFrom('group_session')
    .select(['held', 'guests'])
    .where('group_id', '=', groupId)
    .where('is_closing', '=', true)
    .executeTakeFirst();
}

export async function insertFeedback(db: Kysely<DB>, sessionId: string, b: FeedbackBody) {
  await db
    .insertInto('group_session_feedback')
    .values({ session_id: sessionId, met_expectations: b.metExpectations, thoughts: b.thoughts, wishes: b.wishes })
    .execute();
}

export async function feedbackOfGroup(db: Kysely<DB>, groupId: string) {
  const sessions = await db
    .selectFrom('group_session')
    .select(['id', 'session_no'])
    .where('group_id', '=', groupId)
    .orderBy('session_no')
    .execute();
  const feedback = sessions.length
    ? await db
        .selectFrom('group_session_feedback')
        .selectAll()
        .where(
          'session_id',
          'in',
          sessions.map((s) => s.id),
        )
        .execute()
    : [];
  return { sessions, feedback };
}

// ---- one client's groups ----

export async function clientUnit(db: Kysely<DB>, clientId: string) {
  const row = await db.selectFrom('client').select('unit_id').where('id', '=', clientId).executeTakeFirstOrThrow();
  return row.unit_id;
}

export async function isInvited(db: Kysely<DB>, groupId: string, clientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('group_member')
    .select('id')
    .where('group_id', '=', groupId)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return !!row;
}

export async function insertMember(
  db: Kysely<DB>,
  m: { groupId: string; clientId: string; planId: string | null; invitedOn: string },
) {
  const row = await db
    .insertInto('group_member')
    .values({
      group_id: m.groupId,
      client_id: m.clientId,
      plan_id: m.planId,
      invited_on: m.invitedOn,
      confidentiality_accepted_on: null,
      notes_consent_on: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function membershipsOfClient(db: Kysely<DB>, clientId: string) {
  return db
    .selectFrom('group_member as m')
    .innerJoin('group_work as g', 'g.id', 'm.group_id')
    .select([
      'g.id as groupId',
      'g.name as groupName',
      'm.status',
      'm.notes_consent as notesConsent',
      'm.plan_id as planId',
      sql<number>`(select count(*) from group_attendance a where a.member_id = m.id and a.present)::int`.as('attended'),
    ])
    .where('m.client_id', '=', clientId)
    .execute();
}

/** Session notes of the client's groups where the client consented to them. */
export async function consentedNotesOfClient(db: Kysely<DB>, clientId: string) {
  const rows = await db
    .selectFrom('group_member as m')
    .innerJoin('group_work as g', 'g.id', 'm.group_id')
    .innerJoin('group_session as s', 's.group_id', 'g.id')
    .select(['g.name as groupName', 's.session_no as sessionNo', 's.session_date as date', 's.notes'])
    .where('m.client_id', '=', clientId)
    .where('m.notes_consent', '=', true)
    .where('s.notes', 'is not', null)
    .orderBy('s.session_date')
    .execute();
  return rows.map((n) => ({ ...n, notes: n.notes! }));
}
