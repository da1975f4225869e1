// Group-based social work (DOMAIN 3.7, Ideakirja 2.11): a group with leaders and a programme of weekly
// sessions, members invited from the client's unit, attendance with the confidentiality rule, notes
// that reach a member's client file only with consent, anonymous feedback, and the closing session
// with decision makers. Who may do what is decided by the access plugin on the group subject.
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/types.js';
import { updateVersioned } from '../../../db/versioned.js';
import { decide, type AuthUser } from '../../../server/access/check.js';
import { audit } from '../../../server/audit/audit.js';
import { errors } from '../../../server/errors.js';
import { addDays } from '../../../domain/calendar/index.js';
import type {
  FeedbackBody,
  GroupAttendanceBody,
  InvitationBody,
  MemberPatch,
  NewGroupBody,
  SessionPatch,
} from '../../../shared/contracts/measures/groups.js';
import type { Caller } from '../common.js';
import { groupErrors as msg } from './messages.js';
import * as q from './queries.js';
import { groupRelations } from './subject.js';

const PURPOSE = 'ryhmämuotoinen sosiaalityö';

/** The groups of the user's units that the user may read (an expert by experience: those they lead). */
export async function groups(db: Kysely<DB>, user: AuthUser, unitIds: string[], today: string) {
  const rows = await q.groupsOfUnits(db, unitIds, user.id, today);
  return rows
    .filter(
      (g) =>
        decide(user, 'group.read', {
          unitIds: [g.unitId],
          relations: groupRelations(user, g.unitId, g.leadsAsExpert),
        }) === 'allow',
    )
    .map(({ unitId: _u, leadsAsExpert: _l, ...g }) => g);
}

/** Staff and experts by experience of the user's units who can lead a group. */
export async function staff(db: Kysely<DB>, unitIds: string[]) {
  const rows = await q.leaderCandidates(db, unitIds);
  const seen = new Set<string>();
  return rows
    .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
    .map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.role === 'kokemusasiantuntija' ? ('expert-by-experience' as const) : ('staff' as const),
    }));
}

/** A group with its leaders and a programme of sessions (the last one meets decision makers). */
export async function createGroup(db: Kysely<DB>, caller: Caller, unitId: string, b: NewGroupBody) {
  return db.transaction().execute(async (trx) => {
    const people = await q.leaderCandidates(trx, [unitId], b.leaderUserIds);
    const ids = new Set(people.map((p) => p.id));
    if (b.leaderUserIds.some((l) => !ids.has(l))) throw errors.field('leaderUserIds', msg.leadersOfUnit);
    if (!people.some((p) => p.role !== 'kokemusasiantuntija')) throw errors.field('leaderUserIds', msg.staffLeader);
    const groupId = await q.insertGroup(trx, unitId, b, caller.actor.id);
    // A person with both roles in the unit leads as staff.
    const leaders = new Map<string, { name: string; kind: 'staff' | 'expert-by-experience' }>();
    for (const p of people) {
      const kind = p.role === 'kokemusasiantuntija' ? 'expert-by-experience' : 'staff';
      const prev = leaders.get(p.id);
      if (!prev || prev.kind === 'expert-by-experience') leaders.set(p.id, { name: p.name, kind });
    }
    for (const [userId, l] of leaders) await q.insertLeader(trx, { groupId, userId, ...l });
    for (const name of b.partnerLeaders) await q.insertLeader(trx, { groupId, userId: null, name, kind: 'partner' });
    for (let i = 0; i < b.sessions; i++)
      await q.insertSession(trx, {
        groupId,
        no: i + 1,
        date: addDays(b.firstDate, i * b.intervalDays),
        startTime: b.startTime ?? null,
        durationMinutes: b.durationMinutes,
        isClosing: i === b.sessions - 1,
      });
    await audit(trx, {
      actor: caller.actor,
      action: 'group.create',
      subjectType: 'group_work',
      subjectId: groupId,
      purpose: PURPOSE,
    });
    return groupId;
  });
}

/**
 * The group's page. In the full view (the unit's client workers) members have their names, client ids
 * and plans, and sessions their notes; the expert-by-experience leader sees joined members' first
 * names and their attendance only.
 */
export async function groupDetail(db: Kysely<DB>, caller: Caller, groupId: string, full: boolean) {
  const d = await q.groupDetail(db, groupId);
  await audit(
    db,
    d.members.map((m) => ({
      actor: caller.actor,
      action: 'group.read' as const,
      clientId: m.clientId,
      subjectType: 'group_work',
      subjectId: groupId,
      purpose: PURPOSE,
    })),
  );
  if (full)
    return {
      view: 'full' as const,
      group: d.group,
      leaders: d.leaders,
      sessions: d.sessions,
      members: d.members.map(({ firstName, lastName, ...m }) => ({ ...m, name: `${firstName} ${lastName}` })),
      attendance: d.attendance,
    };
  const joined = d.members.filter((m) => m.status === 'joined');
  return {
    view: 'leader' as const,
    group: d.group,
    leaders: d.leaders,
    sessions: d.sessions.map(({ notes: _n, ...s }) => s),
    members: joined.map((m) => ({
      id: m.id,
      name: m.firstName,
      status: m.status,
      confidentialityAcceptedOn: m.confidentialityAcceptedOn,
    })),
    attendance: d.attendance.filter((a) => joined.some((m) => m.id === a.memberId)),
  };
}

async function openGroup(db: Kysely<DB>, groupId: string) {
  const group = await q.group(db, groupId);
  if (group.status === 'closed') throw errors.field('status', msg.closed);
  return group;
}

/** Invites the client into a group of the client's unit. */
export async function invite(db: Kysely<DB>, caller: Caller, clientId: string, b: InvitationBody) {
  return db.transaction().execute(async (trx) => {
    const group = await q.findGroup(trx, b.groupId);
    // Members come from the group's unit: the client's unit decides which groups they can join.
    if (!group || group.unit_id !== (await q.clientUnit(trx, clientId)))
      throw errors.field('groupId', msg.groupOfClientsUnit);
    if (group.status === 'closed') throw errors.field('groupId', msg.closedForInvitations);
    if (await q.isInvited(trx, group.id, clientId)) throw errors.field('groupId', msg.alreadyInvited);
    const memberId = await q.insertMember(trx, {
      groupId: group.id,
      clientId,
      planId: b.planId ?? null,
      invitedOn: caller.today,
    });
    await audit(trx, {
      actor: caller.actor,
      action: 'group.member.invite',
      clientId,
      subjectType: 'group_member',
      subjectId: memberId,
      purpose: PURPOSE,
    });
    return memberId;
  });
}

/** The member answers the invitation, leaves, or gives or withdraws consent to notes in their file. */
export async function updateMember(db: Kysely<DB>, caller: Caller, groupId: string, memberId: string, b: MemberPatch) {
  return db.transaction().execute(async (trx) => {
    const member = await q.memberOfGroup(trx, groupId, memberId);
    if (!member) throw errors.notFound();
    const row = await updateVersioned(
      trx,
      'group_member',
      { id: memberId, version: b.version, scope: { group_id: groupId } },
      {
        status: b.status,
        ...(b.notesConsent !== undefined
          ? { notes_consent: b.notesConsent, notes_consent_on: b.notesConsent ? caller.today : null }
          : {}),
      },
    );
    await audit(trx, {
      actor: caller.actor,
      action: b.notesConsent !== undefined ? 'group.member.consent' : 'group.member.update',
      clientId: member.client_id,
      subjectType: 'group_member',
      subjectId: memberId,
      purpose: PURPOSE,
    });
    return { version: row.version };
  });
}

/** A session's attendance; a member present for the first time accepts the confidentiality rule. */
export async function recordAttendance(
  db: Kysely<DB>,
  caller: Caller,
  groupId: string,
  sessionId: string,
  b: GroupAttendanceBody,
) {
  return db.transaction().execute(async (trx) => {
    const group = await openGroup(trx, groupId);
    const session = await q.sessionOfGroup(trx, groupId, sessionId);
    if (!session) throw errors.notFound();
    const members = await q.membersOfGroup(trx, groupId);
    const clientIds: string[] = [];
    for (const [i, e] of b.entries.entries()) {
      const m = members.find((x) => x.id === e.memberId);
      if (!m) throw errors.field(`entries.${i}.memberId`, msg.notMember);
      const firstTime = !m.confidentiality_accepted_on;
      if (e.present && firstTime && !e.confidentialityAccepted)
        throw errors.field(`entries.${i}.confidentialityAccepted`, msg.confidentiality);
      if (e.present && (firstTime || m.status === 'invited'))
        await q.markJoined(trx, m.id, firstTime ? session.session_date : null);
      await q.saveAttendance(trx, session.id, m.id, e.present);
      clientIds.push(m.client_id);
    }
    await q.markHeld(trx, session.id);
    if (group.status === 'planning') await q.activate(trx, groupId);
    await audit(
      trx,
      clientIds.map((clientId) => ({
        actor: caller.actor,
        action: 'group.attendance.write' as const,
        clientId,
        subjectType: 'group_session',
        subjectId: session.id,
        purpose: PURPOSE,
      })),
    );
    return { saved: b.entries.length };
  });
}

/** Topic, date, guests (decision makers at the closing session) and the group's notes of a session. */
export async function updateSession(
  db: Kysely<DB>,
  caller: Caller,
  groupId: string,
  sessionId: string,
  b: SessionPatch,
) {
  return db.transaction().execute(async (trx) => {
    await openGroup(trx, groupId);
    await updateVersioned(
      trx,
      'group_session',
      { id: sessionId, version: b.version, scope: { group_id: groupId } },
      { topic: b.topic, session_date: b.date, guests: b.guests, notes: b.notes },
    );
    await audit(trx, {
      actor: caller.actor,
      action: 'group.session.update',
      subjectType: 'group_session',
      subjectId: sessionId,
      purpose: PURPOSE,
    });
    return q.session(trx, sessionId);
  });
}

/** Anonymous feedback after a session, typed in from the paper slip: no member identity is stored. */
export async function addFeedback(db: Kysely<DB>, groupId: string, sessionId: string, b: FeedbackBody) {
  const session = await q.sessionOfGroup(db, groupId, sessionId);
  if (!session) throw errors.notFound();
  await q.insertFeedback(db, session.id, b);
}

export async function feedback(db: Kysely<DB>, groupId: string) {
  const { sessions, feedback: rows } = await q.feedbackOfGroup(db, groupId);
  return sessions.map((s) => {
    const own = rows.filter((f) => f.session_id === s.id);
    const texts = (pick: (f: (typeof own)[number]) => string | null) =>
      // Rows carry no identity; sorted so that the order of entry tells nothing either.
      own
        .map(pick)
        .filter((t): t is string => !!t)
        .sort();
    return {
      sessionId: s.id,
      no: s.session_no,
      yes: own.filter((f) => f.met_expectations === 'yes').length,
      partly: own.filter((f) => f.met_expectations === 'partly').length,
      no_: own.filter((f) => f.met_expectations === 'no').length,
      thoughts: texts((f) => f.thoughts),
      wishes: texts((f) => f.wishes),
    };
  });
}

/** Closes the group after the closing session with decision makers. */
export async function close(db: Kysely<DB>, caller: Caller, groupId: string, version: number) {
  await db.transaction().execute(async (trx) => {
    const closing = await q.closingSession(trx, groupId);
    if (!closing?.held) throw errors.field('status', msg.closingSessionFirst);
    if (!closing.guests) throw errors.field('guests', msg.closingGuests);
    await updateVersioned(trx, 'group_work', { id: groupId, version }, { status: 'closed' });
    await audit(trx, {
      actor: caller.actor,
      action: 'group.close',
      subjectType: 'group_work',
      subjectId: groupId,
      purpose: PURPOSE,
    });
  });
}

/** The client's memberships, and group notes from the groups where the client consented. */
export async function clientGroups(db: Kysely<DB>, caller: Caller, clientId: string) {
  const memberships = await q.membershipsOfClient(db, clientId);
  const notes = await q.consentedNotesOfClient(db, clientId);
  await audit(db, {
    actor: caller.actor,
    action: 'group.clientNotes.read',
    clientId,
    subjectType: 'group_member',
    purpose: PURPOSE,
  });
  return { memberships, notes };
}
