// Group-based social work (ryhmämuotoinen sosiaalityö), DOMAIN 3.7 and Ideakirja 2.11.
import { sql } from 'kysely';
import { z } from 'zod';
import type { App } from '../../../server/types.js';
import { errors } from '../../../server/errors.js';
import { audit } from '../../../server/audit/audit.js';
import { addDays } from '../../../domain/calendar/index.js';
import { todayInFinland } from '../../client-work/index.js';
import { isoDate, optText, text } from '../work-activity/schemas.js';
import { requireClientInUnits } from '../work-activity/common.js';
import { groupFor, staffUnitIds } from './access.js';

const tags = ['groups'];
const PURPOSE = 'ryhmämuotoinen sosiaalityö';
const groupParams = z.object({ groupId: z.string().uuid() });
const sessionParams = groupParams.extend({ sessionId: z.string().uuid() });
const groupClosed = () =>
  errors.field('status', {
    fi: 'Ryhmä on päättynyt, sen tietoja ei voi enää muuttaa.',
    sv: 'Gruppen har avslutats, dess uppgifter kan inte längre ändras.',
    en: 'The group has ended; its records can no longer be changed.',
  });
const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

const groupSummary = z.object({
  id: z.string().uuid(),
  name: z.string(),
  targetGroup: z.string(),
  status: z.enum(['planning', 'active', 'closed']),
  sessions: z.number(),
  members: z.number(),
  nextSession: z.string().nullable(),
});
const session = z.object({
  id: z.string().uuid(),
  no: z.number(),
  date: z.string(),
  startTime: z.string().nullable(),
  durationMinutes: z.number(),
  topic: z.string().nullable(),
  isClosing: z.boolean(),
  guests: z.string().nullable(),
  /** Only in the staff view. */
  notes: z.string().nullable().optional(),
  held: z.boolean(),
  version: z.number(),
});
const member = z.object({
  id: z.string().uuid(),
  /** The expert-by-experience view has only the first name. */
  name: z.string(),
  clientId: z.string().uuid().optional(),
  planId: z.string().uuid().nullable().optional(),
  status: z.enum(['invited', 'joined', 'declined', 'left']),
  confidentialityAcceptedOn: z.string().nullable(),
  notesConsent: z.boolean().optional(),
  version: z.number().optional(),
});
const detail = z.object({
  view: z.enum(['full', 'leader']),
  group: z.object({
    id: z.string().uuid(),
    name: z.string(),
    targetGroup: z.string(),
    description: z.string().nullable(),
    status: z.enum(['planning', 'active', 'closed']),
    version: z.number(),
  }),
  leaders: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      kind: z.enum(['staff', 'expert-by-experience', 'partner']),
      userId: z.string().uuid().nullable(),
    }),
  ),
  sessions: z.array(session),
  members: z.array(member),
  attendance: z.array(z.object({ sessionId: z.string().uuid(), memberId: z.string().uuid(), present: z.boolean() })),
});

export default async function groupRoutes(app: App) {
  const db = app.db;

  app.get(
    '/api/groups',
    {
      config: { action: 'group.read' },
      schema: {
        tags,
        summary: 'Groups of the user’s units (an expert by experience: only groups they lead)',
        response: { 200: z.object({ groups: z.array(groupSummary) }) },
      },
    },
    async (request) => {
      const staffUnits = staffUnitIds(request);
      const today = todayInFinland();
      const rows = await db
        .selectFrom('group_work as g')
        .select([
          'g.id',
          'g.name',
          'g.target_group as targetGroup',
          'g.status',
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
        .where((eb) =>
          eb.or([
            ...(staffUnits.length ? [eb('g.unit_id', 'in', staffUnits)] : []),
            eb.exists(
              eb
                .selectFrom('group_leader as l')
                .select('l.id')
                .whereRef('l.group_id', '=', 'g.id')
                .where('l.user_id', '=', request.user!.id),
            ),
          ]),
        )
        .orderBy('g.created_at', 'desc')
        .execute();
      return { groups: rows };
    },
  );

  app.get(
    '/api/groups/staff',
    {
      config: { action: 'group.manage' },
      schema: {
        tags,
        summary: 'Staff of the user’s units who can lead a group',
        response: {
          200: z.object({
            staff: z.array(
              z.object({ id: z.string().uuid(), name: z.string(), kind: z.enum(['staff', 'expert-by-experience']) }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const rows = await db
        .selectFrom('user_role')
        .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
        .select(['app_user.id', 'app_user.display_name as name', 'user_role.role'])
        .where('user_role.unit_id', 'in', request.access.unitIds)
        .where('user_role.role', 'in', ['sosiaalityontekija', 'sosiaaliohjaaja', 'kokemusasiantuntija'])
        .where('app_user.is_active', '=', true)
        .orderBy('app_user.display_name')
        .execute();
      const seen = new Set<string>();
      return {
        staff: rows
          .filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
          .map((r) => ({
            id: r.id,
            name: r.name,
            kind: r.role === 'kokemusasiantuntija' ? ('expert-by-experience' as const) : ('staff' as const),
          })),
      };
    },
  );

  app.post(
    '/api/groups',
    {
      config: { action: 'group.manage' },
      schema: {
        tags,
        summary: 'Create a group with leaders and a programme of weekly sessions (the last one meets decision makers)',
        body: z.object({
          name: text(200),
          targetGroup: text(500),
          description: optText(),
          leaderUserIds: z.array(z.string().uuid()).min(1).max(6),
          partnerLeaders: z.array(text(200)).max(4).default([]),
          firstDate: isoDate,
          sessions: z.number().int().min(1).max(30).default(6),
          intervalDays: z.number().int().min(1).max(31).default(7),
          startTime: time.nullish(),
          durationMinutes: z.number().int().min(15).max(600).default(120),
        }),
        response: { 201: z.object({ id: z.string().uuid() }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const unitId = request.access.unitIds[0];
      const id = await db.transaction().execute(async (trx) => {
        const people = await trx
          .selectFrom('user_role')
          .innerJoin('app_user', 'app_user.id', 'user_role.user_id')
          .select(['app_user.id', 'app_user.display_name', 'user_role.role'])
          .where('user_role.unit_id', '=', unitId)
          .where('user_role.user_id', 'in', b.leaderUserIds)
          .where('user_role.role', 'in', ['sosiaalityontekija', 'sosiaaliohjaaja', 'kokemusasiantuntija'])
          .execute();
        const ids = new Set(people.map((p) => p.id));
        if (b.leaderUserIds.some((l) => !ids.has(l)))
          throw errors.field('leaderUserIds', {
            fi: 'Ohjaajiksi voi valita yksikön työntekijöitä ja kokemusasiantuntijoita.',
            sv: 'Som ledare kan väljas enhetens anställda och erfarenhetsexperter.',
            en: 'Leaders must be staff or experts by experience of the unit.',
          });
        if (!people.some((p) => p.role !== 'kokemusasiantuntija'))
          throw errors.field('leaderUserIds', {
            fi: 'Ryhmällä on oltava vähintään yksi työntekijä ohjaajana.',
            sv: 'Gruppen måste ha minst en anställd som ledare.',
            en: 'A group needs at least one staff leader.',
          });
        const g = await trx
          .insertInto('group_work')
          .values({
            unit_id: unitId,
            name: b.name,
            target_group: b.targetGroup,
            description: b.description,
            created_by: request.user!.id,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const leaders = new Map<string, { id: string; name: string; kind: 'staff' | 'expert-by-experience' }>();
        for (const p of people) {
          const prev = leaders.get(p.id);
          const kind = p.role === 'kokemusasiantuntija' ? 'expert-by-experience' : 'staff';
          if (!prev || prev.kind === 'expert-by-experience')
            leaders.set(p.id, { id: p.id, name: p.display_name, kind });
        }
        for (const l of leaders.values())
          await trx
            .insertInto('group_leader')
            .values({ group_id: g.id, user_id: l.id, name: l.name, kind: l.kind })
            .execute();
        for (const name of b.partnerLeaders)
          await trx
            .insertInto('group_leader')
            .values({ group_id: g.id, user_id: null, name, kind: 'partner' })
            .execute();
        for (let i = 0; i < b.sessions; i++) {
          await trx
            .insertInto('group_session')
            .values({
              group_id: g.id,
              session_no: i + 1,
              session_date: addDays(b.firstDate, i * b.intervalDays),
              start_time: b.startTime ?? null,
              duration_minutes: b.durationMinutes,
              is_closing: i === b.sessions - 1,
              topic: null,
              guests: null,
              notes: null,
            })
            .execute();
        }
        await audit(trx, {
          actor: request.actor(),
          action: 'group.create',
          subjectType: 'group_work',
          subjectId: g.id,
          purpose: PURPOSE,
        });
        return g.id;
      });
      return reply.status(201).send({ id });
    },
  );

  async function loadDetail(groupId: string, view: 'full' | 'leader') {
    const group = await db
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
      .select([
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
      ])
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
    return {
      view,
      group,
      leaders,
      sessions: view === 'full' ? sessions : sessions.map(({ notes: _n, ...s }) => s),
      members:
        view === 'full'
          ? members.map(({ firstName, lastName, ...m }) => ({ ...m, name: `${firstName} ${lastName}` }))
          : members
              .filter((m) => m.status === 'joined')
              .map((m) => ({
                id: m.id,
                name: m.firstName,
                status: m.status,
                confidentialityAcceptedOn: m.confidentialityAcceptedOn,
              })),
      attendance:
        view === 'full'
          ? attendance
          : attendance.filter((a) => members.some((m) => m.id === a.memberId && m.status === 'joined')),
      clientIds: members.map((m) => m.clientId),
    };
  }

  app.get(
    '/api/groups/:groupId',
    {
      config: { action: 'group.read' },
      schema: {
        tags,
        summary: 'A group: leaders, sessions, members, attendance (an expert-by-experience leader: first names only)',
        params: groupParams,
        response: { 200: detail },
      },
    },
    async (request) => {
      const { view } = await groupFor(db, request, request.params.groupId, 'read');
      const { clientIds, ...d } = await loadDetail(request.params.groupId, view);
      if (clientIds.length)
        await audit(
          db,
          clientIds.map((clientId) => ({
            actor: request.actor(),
            action: 'group.read',
            clientId,
            subjectType: 'group_work',
            subjectId: request.params.groupId,
            purpose: PURPOSE,
          })),
        );
      return d;
    },
  );

  app.post(
    '/api/groups/:groupId/members',
    {
      config: { action: 'group.manage' },
      schema: {
        tags,
        summary: 'Invite a client of the unit (optionally linked to their client plan)',
        params: groupParams,
        body: z.object({ clientId: z.string().uuid(), planId: z.string().uuid().nullish() }),
        response: { 201: z.object({ id: z.string().uuid() }) },
      },
    },
    async (request, reply) => {
      const { group } = await groupFor(db, request, request.params.groupId, 'manage');
      if (group.status === 'closed')
        throw errors.field('clientId', {
          fi: 'Ryhmä on päättynyt.',
          sv: 'Gruppen har avslutats.',
          en: 'The group has ended.',
        });
      const client = await requireClientInUnits(db, request, request.body.clientId, PURPOSE);
      if (client.unit_id !== group.unit_id) throw errors.forbidden();
      const id = await db.transaction().execute(async (trx) => {
        const dup = await trx
          .selectFrom('group_member')
          .select('id')
          .where('group_id', '=', group.id)
          .where('client_id', '=', client.id)
          .executeTakeFirst();
        if (dup)
          throw errors.field('clientId', {
            fi: 'Asiakas on jo kutsuttu ryhmään.',
            sv: 'Klienten är redan inbjuden.',
            en: 'The client has already been invited.',
          });
        const row = await trx
          .insertInto('group_member')
          .values({
            group_id: group.id,
            client_id: client.id,
            plan_id: request.body.planId ?? null,
            invited_on: todayInFinland(),
            confidentiality_accepted_on: null,
            notes_consent_on: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await audit(trx, {
          actor: request.actor(),
          action: 'group.member.invite',
          clientId: client.id,
          subjectType: 'group_member',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return row.id;
      });
      return reply.status(201).send({ id });
    },
  );

  app.patch(
    '/api/groups/:groupId/members/:memberId',
    {
      config: { action: 'group.manage' },
      schema: {
        tags,
        summary:
          'Member answers the invitation, leaves, or gives or withdraws consent to group notes in their client file',
        params: groupParams.extend({ memberId: z.string().uuid() }),
        body: z.object({
          status: z.enum(['invited', 'joined', 'declined', 'left']).optional(),
          notesConsent: z.boolean().optional(),
          version: z.number().int(),
        }),
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (request) => {
      const { group } = await groupFor(db, request, request.params.groupId, 'manage');
      const b = request.body;
      return db.transaction().execute(async (trx) => {
        const m = await trx
          .selectFrom('group_member')
          .selectAll()
          .where('id', '=', request.params.memberId)
          .where('group_id', '=', group.id)
          .executeTakeFirst();
        if (!m) throw errors.notFound();
        const row = await trx
          .updateTable('group_member')
          .set({
            ...(b.status ? { status: b.status } : {}),
            ...(b.notesConsent !== undefined
              ? { notes_consent: b.notesConsent, notes_consent_on: b.notesConsent ? todayInFinland() : null }
              : {}),
            version: sql`version + 1`,
          })
          .where('id', '=', m.id)
          .where('version', '=', b.version)
          .returning('version')
          .executeTakeFirst();
        if (!row) throw errors.conflict();
        await audit(trx, {
          actor: request.actor(),
          action: b.notesConsent !== undefined ? 'group.member.consent' : 'group.member.update',
          clientId: m.client_id,
          subjectType: 'group_member',
          subjectId: m.id,
          purpose: PURPOSE,
        });
        return { version: row.version };
      });
    },
  );

  app.put(
    '/api/groups/:groupId/sessions/:sessionId/attendance',
    {
      config: { action: 'group.manage' },
      schema: {
        tags,
        summary: 'Attendance of a session; a member present for the first time accepts the confidentiality rule',
        params: sessionParams,
        body: z.object({
          entries: z
            .array(
              z.object({
                memberId: z.string().uuid(),
                present: z.boolean(),
                confidentialityAccepted: z.boolean().optional(),
              }),
            )
            .max(100),
        }),
        response: { 200: z.object({ saved: z.number() }) },
      },
    },
    async (request) => {
      const { group } = await groupFor(db, request, request.params.groupId, 'manage');
      if (group.status === 'closed') throw groupClosed();
      return db.transaction().execute(async (trx) => {
        const s = await trx
          .selectFrom('group_session')
          .select(['id', 'session_date'])
          .where('id', '=', request.params.sessionId)
          .where('group_id', '=', group.id)
          .executeTakeFirst();
        if (!s) throw errors.notFound();
        const members = await trx.selectFrom('group_member').selectAll().where('group_id', '=', group.id).execute();
        const entries = request.body.entries;
        for (const [i, e] of entries.entries()) {
          const m = members.find((x) => x.id === e.memberId);
          if (!m)
            throw errors.field(`entries.${i}.memberId`, {
              fi: 'Ei ryhmän jäsen.',
              sv: 'Inte medlem i gruppen.',
              en: 'Not a member of the group.',
            });
          if (e.present && !m.confidentiality_accepted_on && !e.confidentialityAccepted)
            throw errors.field(`entries.${i}.confidentialityAccepted`, {
              fi: 'Jäsenen on hyväksyttävä ryhmän luottamuksellisuussääntö ensimmäisellä kerralla.',
              sv: 'Medlemmen ska godkänna gruppens sekretessregel första gången.',
              en: 'The member must accept the group’s confidentiality rule the first time.',
            });
          if (e.present && !m.confidentiality_accepted_on)
            await trx
              .updateTable('group_member')
              .set({ confidentiality_accepted_on: s.session_date, status: 'joined', version: sql`version + 1` })
              .where('id', '=', m.id)
              .execute();
          else if (e.present && m.status === 'invited')
            await trx
              .updateTable('group_member')
              .set({ status: 'joined', version: sql`version + 1` })
              .where('id', '=', m.id)
              .execute();
          await trx
            .insertInto('group_attendance')
            .values({ session_id: s.id, member_id: m.id, present: e.present })
            .onConflict((oc) => oc.columns(['session_id', 'member_id']).doUpdateSet({ present: e.present }))
            .execute();
        }
        await trx
          .updateTable('group_session')
          .set({ held: true, version: sql`version + 1` })
          .where('id', '=', s.id)
          .execute();
        if (group.status === 'planning')
          await trx
            .updateTable('group_work')
            .set({ status: 'active', version: sql`version + 1` })
            .where('id', '=', group.id)
            .execute();
        const clientIds = entries.map((e) => members.find((m) => m.id === e.memberId)!.client_id);
        if (clientIds.length)
          await audit(
            trx,
            clientIds.map((clientId) => ({
              actor: request.actor(),
              action: 'group.attendance.write',
              clientId,
              subjectType: 'group_session',
              subjectId: s.id,
              purpose: PURPOSE,
            })),
          );
        return { saved: entries.length };
      });
    },
  );

  app.patch(
    '/api/groups/:groupId/sessions/:sessionId',
    {
      config: { action: 'group.manage' },
      schema: {
        tags,
        summary: 'Edit a session: topic, date, guests (decision makers at the closing session), group notes',
        params: sessionParams,
        body: z.object({
          topic: optText(500).optional(),
          date: isoDate.optional(),
          guests: optText(1000).optional(),
          notes: optText(8000).optional(),
          version: z.number().int(),
        }),
        response: { 200: session },
      },
    },
    async (request) => {
      const { group } = await groupFor(db, request, request.params.groupId, 'manage');
      if (group.status === 'closed') throw groupClosed();
      const b = request.body;
      return db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('group_session')
          .set({
            ...(b.topic !== undefined ? { topic: b.topic } : {}),
            ...(b.date !== undefined ? { session_date: b.date } : {}),
            ...(b.guests !== undefined ? { guests: b.guests } : {}),
            ...(b.notes !== undefined ? { notes: b.notes } : {}),
            version: sql`version + 1`,
          })
          .where('id', '=', request.params.sessionId)
          .where('group_id', '=', group.id)
          .where('version', '=', b.version)
          .returning([
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
          ])
          .executeTakeFirst();
        if (!row) {
          const exists = await trx
            .selectFrom('group_session')
            .select('id')
            .where('id', '=', request.params.sessionId)
            .where('group_id', '=', group.id)
            .executeTakeFirst();
          throw exists ? errors.conflict() : errors.notFound();
        }
        await audit(trx, {
          actor: request.actor(),
          action: 'group.session.update',
          subjectType: 'group_session',
          subjectId: row.id,
          purpose: PURPOSE,
        });
        return row;
      });
    },
  );

  // The three questions of DOMAIN 4.1, stored without any member identity.
  app.post(
    '/api/groups/:groupId/sessions/:sessionId/feedback',
    {
      config: { action: 'group.manage' },
      schema: {
        tags,
        summary:
          'Anonymous feedback after a session (typed in from the paper slip): expectations met, thoughts, wishes',
        params: sessionParams,
        body: z.object({
          metExpectations: z.enum(['yes', 'partly', 'no']),
          thoughts: optText(2000),
          wishes: optText(2000),
        }),
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      const { group } = await groupFor(db, request, request.params.groupId, 'manage');
      const s = await db
        .selectFrom('group_session')
        .select('id')
        .where('id', '=', request.params.sessionId)
        .where('group_id', '=', group.id)
        .executeTakeFirst();
      if (!s) throw errors.notFound();
      await db
        .insertInto('group_session_feedback')
        .values({
          session_id: s.id,
          met_expectations: request.body.metExpectations,
          thoughts: request.body.thoughts,
          wishes: request.body.wishes,
        })
        .execute();
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.get(
    '/api/groups/:groupId/feedback',
    {
      config: { action: 'group.read' },
      schema: {
        tags,
        summary: 'Anonymous session feedback per session',
        params: groupParams,
        response: {
          200: z.object({
            sessions: z.array(
              z.object({
                sessionId: z.string().uuid(),
                no: z.number(),
                yes: z.number(),
                partly: z.number(),
                no_: z.number(),
                thoughts: z.array(z.string()),
                wishes: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      await groupFor(db, request, request.params.groupId, 'read');
      const sessions = await db
        .selectFrom('group_session')
        .select(['id', 'session_no'])
        .where('group_id', '=', request.params.groupId)
        .orderBy('session_no')
        .execute();
      const fb = sessions.length
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
      return {
        sessions: sessions.map((s) => {
          const own = fb.filter((f) => f.session_id === s.id);
          return {
            sessionId: s.id,
            no: s.session_no,
            yes: own.filter((f) => f.met_expectations === 'yes').length,
            partly: own.filter((f) => f.met_expectations === 'partly').length,
            no_: own.filter((f) => f.met_expectations === 'no').length,
            // Shuffled order is not needed: rows carry no identity; sort so entry order tells nothing.
            thoughts: own
              .map((f) => f.thoughts)
              .filter((t): t is string => !!t)
              .sort(),
            wishes: own
              .map((f) => f.wishes)
              .filter((t): t is string => !!t)
              .sort(),
          };
        }),
      };
    },
  );

  app.post(
    '/api/groups/:groupId/close',
    {
      config: { action: 'group.manage' },
      schema: {
        tags,
        summary: 'Close the group after the closing session with decision makers',
        params: groupParams,
        body: z.object({ version: z.number().int() }),
        response: { 200: z.object({ status: z.literal('closed') }) },
      },
    },
    async (request) => {
      const { group } = await groupFor(db, request, request.params.groupId, 'manage');
      const closing = await db
        .selectFrom('group_session')
        .select(['held', 'guests'])
        .where('group_id', '=', group.id)
        .where('is_closing', '=', true)
        .executeTakeFirst();
      if (!closing?.held)
        throw errors.field('status', {
          fi: 'Pidä ensin päätöstapaaminen päättäjien kanssa ja kirjaa sen läsnäolot.',
          sv: 'Håll först det avslutande mötet med beslutsfattare och registrera närvaron.',
          en: 'Hold the closing session with decision makers and record its attendance first.',
        });
      if (!closing.guests)
        throw errors.field('guests', {
          fi: 'Kirjaa päätöstapaamiseen osallistuneet päättäjät.',
          sv: 'Ange beslutsfattarna som deltog i det avslutande mötet.',
          en: 'Record the decision makers who attended the closing session.',
        });
      const row = await db
        .updateTable('group_work')
        .set({ status: 'closed', version: sql`version + 1`, updated_at: sql`now()` })
        .where('id', '=', group.id)
        .where('version', '=', request.body.version)
        .returning('status')
        .executeTakeFirst();
      if (!row) throw errors.conflict();
      await audit(db, {
        actor: request.actor(),
        action: 'group.close',
        subjectType: 'group_work',
        subjectId: group.id,
        purpose: PURPOSE,
      });
      return { status: 'closed' as const };
    },
  );

  app.get(
    '/api/groups/clients/:clientId/notes',
    {
      config: { action: 'group.clientNotes.read' },
      schema: {
        tags,
        summary: 'Group notes for a member’s client file — only from groups where the member consented',
        params: z.object({ clientId: z.string().uuid() }),
        response: {
          200: z.object({
            memberships: z.array(
              z.object({
                groupId: z.string().uuid(),
                groupName: z.string(),
                status: z.string(),
                notesConsent: z.boolean(),
                planId: z.string().uuid().nullable(),
                attended: z.number(),
              }),
            ),
            notes: z.array(
              z.object({ groupName: z.string(), sessionNo: z.number(), date: z.string(), notes: z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { clientId } = request.params;
      const memberships = await db
        .selectFrom('group_member as m')
        .innerJoin('group_work as g', 'g.id', 'm.group_id')
        .select([
          'g.id as groupId',
          'g.name as groupName',
          'm.status',
          'm.notes_consent as notesConsent',
          'm.plan_id as planId',
          sql<number>`(select count(*) from group_attendance a where a.member_id = m.id and a.present)::int`.as(
            'attended',
          ),
        ])
        .where('m.client_id', '=', clientId)
        .execute();
      const notes = await db
        .selectFrom('group_member as m')
        .innerJoin('group_work as g', 'g.id', 'm.group_id')
        .innerJoin('group_session as s', 's.group_id', 'g.id')
        .select(['g.name as groupName', 's.session_no as sessionNo', 's.session_date as date', 's.notes'])
        .where('m.client_id', '=', clientId)
        .where('m.notes_consent', '=', true)
        .where('s.notes', 'is not', null)
        .orderBy('s.session_date')
        .execute();
      await audit(db, {
        actor: request.actor(),
        action: 'group.clientNotes.read',
        clientId,
        subjectType: 'group_member',
        purpose: PURPOSE,
      });
      return { memberships, notes: notes.map((n) => ({ ...n, notes: n.notes! })) };
    },
  );
}
