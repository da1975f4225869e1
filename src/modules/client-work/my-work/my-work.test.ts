// Meetings, My work and the unit overview: what the deadline rules make of real rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { completeContent, ids, makeClient } from '../client-plan/testing.js';
import { addDays } from '../../../domain/calendar/index.js';
import { fixedClock } from '../../../domain/clock/index.js';
import { createTask } from '../tasks/service.js';

let ctx: TestContext;
let sw: Agent;
let env: Awaited<ReturnType<typeof ids>>;
// The app's clock stands still, so the expectations do not depend on the day the suite runs.
const TODAY = '2026-06-15';

async function denied(action: string, clientId: string) {
  const r = await ctx.database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .where('client_id', '=', clientId)
    .where('outcome', '=', 'denied')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function acceptedPlan(clientId: string, acceptedOn: string, reviewDate: string, intervalWeeks = 4) {
  const content = { ...completeContent(), meetingFrequency: { intervalWeeks, description: '' } };
  const created = (await sw.post(`/api/clients/${clientId}/plans`, { reviewDate, content })).json();
  const res = await sw.post(`/api/clients/${clientId}/plans/${created.plan.id}/versions/${created.version.id}/accept`, {
    version: created.version.version,
    acceptedOn,
  });
  expect(res.statusCode).toBe(200);
}

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock(TODAY) });
  env = await ids(ctx.database.db);
  sw = await ctx.login('sosiaalityontekija');
});
afterAll(async () => ctx?.close());

describe('meetings', () => {
  it('records planned and held meetings, edits with a version check, and counts for the youth rule', async () => {
    const clientId = await makeClient(ctx.database.db, env.mainUnitId, {
      group: 'youth',
      workerId: env.users.sosiaalityontekija,
    });
    for (const kind of ['face-to-face', 'phone', 'video'] as const) {
      const r = await sw.post(`/api/clients/${clientId}/meetings`, {
        date: '2026-05-04',
        kind,
        status: 'held',
        participants: ['asiakas'],
        note: 'Lyhyt muistiinpano',
      });
      expect(r.statusCode).toBe(201);
    }
    let list = (await sw.get(`/api/clients/${clientId}/meetings`)).json();
    expect(list.counts).toEqual({ held: 3, planned: 0, faceToFaceHeld: 1, assessmentContactsMet: false });
    const planned = (
      await sw.post(`/api/clients/${clientId}/meetings`, { date: '2026-05-20', time: '10:00', kind: 'home-visit' })
    ).json().meeting;
    expect(planned.status).toBe('planned');
    const held = await sw.put(`/api/clients/${clientId}/meetings/${planned.id}`, {
      date: '2026-05-20',
      time: '10:00',
      kind: 'home-visit',
      status: 'held',
      note: 'Kotikäynti tehty',
      version: planned.version,
    });
    expect(held.statusCode).toBe(200);
    const stale = await sw.put(`/api/clients/${clientId}/meetings/${planned.id}`, {
      date: '2026-05-21',
      kind: 'home-visit',
      status: 'cancelled',
      version: planned.version,
    });
    expect(stale.statusCode).toBe(409);
    list = (await sw.get(`/api/clients/${clientId}/meetings`)).json();
    expect(list.counts).toEqual({ held: 4, planned: 0, faceToFaceHeld: 2, assessmentContactsMet: true });
  });

  it('rejects a bad time and an unknown type with field errors', async () => {
    const clientId = await makeClient(ctx.database.db, env.mainUnitId);
    const res = await sw.post(`/api/clients/${clientId}/meetings`, { date: '2026-05-04', time: '25:00', kind: 'chat' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['kind', 'time']);
  });

  it('the benefit handler and a worker of another unit cannot read meetings', async () => {
    const clientId = await makeClient(ctx.database.db, env.mainUnitId);
    for (const u of ['etuuskasittelija', 'sosiaalityontekija2', 'kokemusasiantuntija']) {
      expect((await (await ctx.login(u)).get(`/api/clients/${clientId}/meetings`)).statusCode).toBe(403);
    }
  });

  it('a held meeting is dated today at the latest (the app’s clock); a planned one may be ahead', async () => {
    const clientId = await makeClient(ctx.database.db, env.mainUnitId);
    const tomorrow = addDays(TODAY, 1);
    const held = await sw.post(`/api/clients/${clientId}/meetings`, { date: tomorrow, kind: 'phone', status: 'held' });
    expect(held.statusCode).toBe(400);
    expect(held.json().error.fields[0].path).toBe('date');
    const planned = (await sw.post(`/api/clients/${clientId}/meetings`, { date: tomorrow, kind: 'phone' })).json()
      .meeting;
    const early = await sw.put(`/api/clients/${clientId}/meetings/${planned.id}`, {
      ...planned,
      status: 'held',
    });
    expect(early.statusCode).toBe(400);
    expect(
      (await sw.post(`/api/clients/${clientId}/meetings`, { date: TODAY, kind: 'phone', status: 'held' })).statusCode,
    ).toBe(201);
  });

  it('says what the user may do: the manager reads meetings but does not record them', async () => {
    const clientId = await makeClient(ctx.database.db, env.mainUnitId);
    const eh = await ctx.login('esihenkilo');
    const list = await eh.get(`/api/clients/${clientId}/meetings`);
    expect(list.json().permittedActions).toContain('meeting.read');
    expect(list.json().permittedActions).not.toContain('meeting.write');
    expect((await eh.post(`/api/clients/${clientId}/meetings`, { date: TODAY, kind: 'phone' })).statusCode).toBe(403);
    expect((await sw.get(`/api/clients/${clientId}/meetings`)).json().permittedActions).toContain('meeting.write');
  });

  it('a meeting of another client is not found under this client, and nothing changes', async () => {
    const a = await makeClient(ctx.database.db, env.mainUnitId);
    const b = await makeClient(ctx.database.db, env.mainUnitId);
    const m = (await sw.post(`/api/clients/${a}/meetings`, { date: TODAY, kind: 'phone' })).json().meeting;
    const res = await sw.put(`/api/clients/${b}/meetings/${m.id}`, { ...m, note: 'väärä asiakas' });
    expect(res.statusCode).toBe(404);
    expect((await sw.get(`/api/clients/${a}/meetings`)).json().meetings[0]).toMatchObject({ note: null, version: 1 });
  });
});

describe('My work', () => {
  let reviewDue: string;
  let meetingDue: string;
  let someoneElses: string;

  beforeAll(async () => {
    // Plan past its review date; plan whose 4-week meeting rhythm has lapsed; another worker's client.
    reviewDue = await makeClient(ctx.database.db, env.mainUnitId, {
      first: 'Kalle',
      last: 'Katselmoitava',
      workerId: env.users.sosiaalityontekija,
    });
    await acceptedPlan(reviewDue, '2025-07-01', '2026-06-01');
    await sw.post(`/api/clients/${reviewDue}/meetings`, { date: addDays(TODAY, 3), kind: 'face-to-face' });
    meetingDue = await makeClient(ctx.database.db, env.mainUnitId, {
      first: 'Maija',
      last: 'Tapaamaton',
      workerId: env.users.sosiaalityontekija,
    });
    await acceptedPlan(meetingDue, '2026-03-01', '2026-12-01', 4);
    await sw.post(`/api/clients/${meetingDue}/meetings`, { date: '2026-04-20', kind: 'phone', status: 'held' });
    someoneElses = await makeClient(ctx.database.db, env.mainUnitId, {
      first: 'Olli',
      last: 'Ohjaajan',
      workerId: env.users.sosiaaliohjaaja,
    });
    await acceptedPlan(someoneElses, '2025-07-01', '2026-06-01');
  });

  it("lists the worker's own clients with overdue, due and upcoming items", async () => {
    const res = await sw.get(`/api/my-work`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const names = body.clients.map((c: { name: string }) => c.name);
    expect(names).toContain('Kalle Katselmoitava');
    expect(names).toContain('Maija Tapaamaton');
    expect(names).not.toContain('Olli Ohjaajan');
    const review = body.items.find(
      (i: { clientId: string; kind: string }) => i.clientId === reviewDue && i.kind === 'plan.review',
    );
    expect(review).toMatchObject({
      dueDate: '2026-06-01',
      state: 'overdue',
      title: 'Tarkista asiakassuunnitelma',
      link: `/app/clients/${reviewDue}/plan`,
    });
    // A booked meeting covers the frequency rule; the booking itself shows as upcoming.
    expect(
      body.items.some((i: { clientId: string; kind: string }) => i.clientId === reviewDue && i.kind === 'meeting.due'),
    ).toBe(false);
    expect(
      body.items.find(
        (i: { clientId: string; kind: string }) => i.clientId === reviewDue && i.kind === 'meeting.planned',
      ).state,
    ).toBe('due-soon');
    const meeting = body.items.find(
      (i: { clientId: string; kind: string }) => i.clientId === meetingDue && i.kind === 'meeting.due',
    );
    expect(meeting).toMatchObject({ dueDate: '2026-05-18', state: 'overdue' });
    // Sorted by due date by default.
    const dues = body.items.map((i: { dueDate: string | null }) => i.dueDate ?? '9999');
    expect([...dues].sort()).toEqual(dues);
  });

  it('sorts by client name on request, and in English', async () => {
    const body = (await sw.get(`/api/my-work?sort=client`, { 'x-lang': 'en' })).json();
    const names = body.items.map((i: { clientName: string | null }) => i.clientName);
    const named = names.filter((n: string | null): n is string => n !== null);
    expect([...named].sort((a, b) => a.localeCompare(b, 'fi'))).toEqual(named);
    // Items without a client come last.
    expect(names.slice(0, named.length)).toEqual(named);
    expect(body.items.find((i: { kind: string }) => i.kind === 'plan.review').title).toBe('Review the client plan');
  });

  it('shows the worker’s tasks, and a task can be marked done once (version check)', async () => {
    const taskId = await createTask(ctx.database.db, {
      unitId: env.mainUnitId,
      assigneeId: env.users.sosiaalityontekija,
      clientId: meetingDue,
      kind: 'client.followup',
      title: 'Soita kuulumiset',
      dueDate: '2026-06-20',
    });
    const items = (await sw.get(`/api/my-work`)).json().items;
    expect(items.find((i: { taskId?: string }) => i.taskId === taskId)).toMatchObject({
      title: 'Soita kuulumiset',
      state: 'due-soon',
    });
    expect(items.filter((i: { taskId?: string }) => i.taskId === taskId)).toHaveLength(1);
    // Another worker cannot close it, and the attempt at client data is in the use log.
    const so = await ctx.login('sosiaaliohjaaja');
    expect((await so.post(`/api/tasks/${taskId}/done`, { version: 1 })).statusCode).toBe(403);
    expect(await denied('task.complete', meetingDue)).toBe(1);
    const done = await sw.post(`/api/tasks/${taskId}/done`, { version: 1 });
    expect(done.statusCode).toBe(200);
    // The app's clock says when.
    expect(done.json().doneAt.slice(0, 10)).toBe(TODAY);
    const again = await sw.post(`/api/tasks/${taskId}/done`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('task_done');
    const after = (await sw.get(`/api/my-work`)).json().items;
    expect(after.some((i: { taskId?: string }) => i.taskId === taskId)).toBe(false);
  });

  it('a task is closed by whoever it is for, or by the unit’s manager; a changed one answers 409', async () => {
    const db = ctx.database.db;
    const task = (assigneeId: string | null, unitId = env.mainUnitId) =>
      createTask(db, { unitId, assigneeId, clientId: meetingDue, kind: 'client.followup', title: 'Soita' });
    const so = await ctx.login('sosiaaliohjaaja');
    const eh = await ctx.login('esihenkilo');
    // Nobody's yet: the unit's queue, for any worker of the unit — not for a worker of another unit.
    const queued = await task(null);
    expect((await (await ctx.login('sosiaalityontekija2')).post(`/api/tasks/${queued}/done`)).statusCode).toBe(403);
    expect((await so.post(`/api/tasks/${queued}/done`)).statusCode).toBe(200);
    // Someone else's: only their unit's manager.
    const sannas = await task(env.users.sosiaalityontekija);
    expect((await eh.post(`/api/tasks/${sannas}/done`, { version: 1 })).statusCode).toBe(200);
    // A task of the other unit is not the manager's to close.
    const elsewhere = await task(null, env.otherUnitId);
    expect((await eh.post(`/api/tasks/${elsewhere}/done`)).statusCode).toBe(403);
    // The version the user saw: a task changed meanwhile is not closed.
    const changed = await task(env.users.sosiaalityontekija);
    await db.updateTable('task').set({ title: 'Soita huomenna', version: 2 }).where('id', '=', changed).execute();
    expect((await sw.post(`/api/tasks/${changed}/done`, { version: 1 })).statusCode).toBe(409);
    const row = await db.selectFrom('task').select('done_at').where('id', '=', changed).executeTakeFirstOrThrow();
    expect(row.done_at).toBeNull();
    expect((await sw.post(`/api/tasks/${crypto.randomUUID()}/done`)).statusCode).toBe(404);
  });

  it('a youth assessment still in draft is due a month after the contact', async () => {
    const db = ctx.database.db;
    const youth = await makeClient(db, env.mainUnitId, {
      first: 'Nuori',
      last: 'Arvioitava',
      group: 'youth',
      workerId: env.users.sosiaalityontekija,
    });
    const contact = await db
      .insertInto('contact')
      .values({
        client_id: youth,
        unit_id: env.mainUnitId,
        contact_date: '2026-06-01',
        assessment_required: true,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('assessment')
      .values({ client_id: youth, contact_id: contact.id, started_on: '2026-06-03' } as never)
      .execute();
    const items = (await sw.get(`/api/my-work`)).json().items;
    expect(
      items.find(
        (i: { clientId: string; kind: string }) => i.clientId === youth && i.kind === 'assessment.complete.youth',
      ),
    ).toMatchObject({ dueDate: '2026-07-01', state: 'upcoming' });
  });

  it('a worker of another unit sees none of these clients; the benefit handler has no My work', async () => {
    const other = (await (await ctx.login('sosiaalityontekija2')).get(`/api/my-work`)).json();
    expect(other.clients.map((c: { clientId: string }) => c.clientId)).not.toContain(reviewDue);
    expect((await (await ctx.login('etuuskasittelija')).get('/api/my-work')).statusCode).toBe(403);
  });

  it('the unit overview counts per unit and per worker, for the manager only', async () => {
    const db = ctx.database.db;
    // A client without any named-worker decision and an overdue assessment start (contact 3 weeks ago, nothing started).
    const orphan = await makeClient(db, env.mainUnitId, { first: 'Ilman', last: 'Työntekijää' });
    await db
      .insertInto('contact')
      .values({
        client_id: orphan,
        unit_id: env.mainUnitId,
        contact_date: addDays(TODAY, -21),
        assessment_required: true,
      } as never)
      .execute();
    // A recent contact is not yet overdue.
    await db
      .insertInto('contact')
      .values({
        client_id: orphan,
        unit_id: env.mainUnitId,
        contact_date: addDays(TODAY, -2),
        assessment_required: true,
      } as never)
      .execute();
    const eh = await ctx.login('esihenkilo');
    const res = await eh.get(`/api/units/${env.mainUnitId}/overview`);
    expect(res.statusCode).toBe(200);
    const o = res.json();
    const me = o.workers.find((w: { name: string }) => w.name === 'Sanna Sosiaalityöntekijä');
    expect(me).toMatchObject({ plansPastReview: 1, meetingsOverdue: 1 });
    expect(me.clients).toBeGreaterThanOrEqual(2);
    const so = o.workers.find((w: { name: string }) => w.name === 'Olli Ohjaaja');
    expect(so.plansPastReview).toBeGreaterThanOrEqual(1);
    expect(o.unassigned.assessmentsPastDeadline).toBeGreaterThanOrEqual(1);
    expect(o.totals.withoutNamedWorker).toBeGreaterThanOrEqual(1);
    expect(o.totals.activeClients).toBe(
      o.workers.reduce((s: number, w: { clients: number }) => s + w.clients, 0) + o.unassigned.clients,
    );
    // No client names in the overview.
    expect(res.body).not.toContain('Ilman');
    // Starting the assessment takes it off the count.
    const before = o.totals.assessmentsPastDeadline;
    const contact = await db
      .selectFrom('contact')
      .select('id')
      .where('client_id', '=', orphan)
      .orderBy('contact_date')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('assessment')
      .values({ client_id: orphan, contact_id: contact.id, started_on: TODAY } as never)
      .execute();
    const again = (await eh.get(`/api/units/${env.mainUnitId}/overview`)).json();
    expect(again.totals.assessmentsPastDeadline).toBe(before - 1);
    for (const u of ['sosiaalityontekija', 'etuuskasittelija', 'yllapitaja', 'kokemusasiantuntija']) {
      expect((await (await ctx.login(u)).get(`/api/units/${env.mainUnitId}/overview`)).statusCode).toBe(403);
    }
    expect((await eh.get(`/api/units/${env.otherUnitId}/overview`)).statusCode).toBe(403);
  });
});

describe('deadline configuration per organisation and client group', () => {
  it('the administrator changes a rule for one group; the overview follows; others may not', async () => {
    const db = ctx.database.db;
    const org = await db
      .selectFrom('unit')
      .select('organisation_id')
      .where('id', '=', env.mainUnitId)
      .executeTakeFirstOrThrow();
    const url = `/api/admin/organisations/${org.organisation_id}/deadline-config`;
    const yp = await ctx.login('yllapitaja');
    const before = (await yp.get(url)).json();
    expect(before.effective.adult.assessmentStartWorkingDays).toBe(7);
    // Bad input names the field and changes nothing.
    const bad = await yp.put(url, {
      overrides: { adult: { assessmentStartWorkingDays: -1 } },
      version: before.version,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('overrides.adult.assessmentStartWorkingDays');
    // A contact 9 calendar days ago is not overdue with 7 working days, but is with 3.
    const client = await makeClient(db, env.mainUnitId, { first: 'Konfi', last: 'Testi' });
    await db
      .insertInto('contact')
      .values({
        client_id: client,
        unit_id: env.mainUnitId,
        contact_date: addDays(TODAY, -9),
        assessment_required: true,
      } as never)
      .execute();
    const eh = await ctx.login('esihenkilo');
    const o1 = (await eh.get(`/api/units/${env.mainUnitId}/overview`)).json();
    const ok = await yp.put(url, { overrides: { adult: { assessmentStartWorkingDays: 3 } }, version: before.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().effective).toMatchObject({
      adult: { assessmentStartWorkingDays: 3 },
      youth: { assessmentStartWorkingDays: 7 },
    });
    const o2 = (await eh.get(`/api/units/${env.mainUnitId}/overview`)).json();
    expect(o2.totals.assessmentsPastDeadline).toBe(o1.totals.assessmentsPastDeadline + 1);
    // Stale version → 409.
    expect((await yp.put(url, { overrides: {}, version: before.version })).statusCode).toBe(409);
    for (const u of ['sosiaalityontekija', 'esihenkilo'])
      expect((await (await ctx.login(u)).get(url)).statusCode).toBe(403);
    // Back to the defaults for the other tests.
    expect((await yp.put(url, { overrides: {}, version: ok.json().version })).statusCode).toBe(200);
  });
});
