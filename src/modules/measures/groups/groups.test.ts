import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { demoUnits, newClient, userId } from '../testing.js';

let ctx: TestContext;
let worker: Agent;
let units: { main: string; other: string };

beforeAll(async () => {
  ctx = await createTestApp();
  worker = await ctx.login('sosiaalityontekija');
  units = await demoUnits(ctx);
});
afterAll(() => ctx.close());

async function newGroup(withExpert = true) {
  const leaders = [await userId(ctx, 'sosiaalityontekija')];
  if (withExpert) leaders.push(await userId(ctx, 'kokemusasiantuntija'));
  const res = await worker.post('/api/groups', {
    name: 'Arjen taidot',
    targetGroup: 'Pitkään työttömänä olleet aikuiset',
    leaderUserIds: leaders,
    firstDate: '2026-09-07',
    startTime: '10:00',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

describe('group-based social work', () => {
  it('creates 6 weekly 2-hour sessions, the last one the closing session', async () => {
    const id = await newGroup();
    const d = (await worker.get(`/api/groups/${id}`)).json();
    expect(d.sessions.map((s: { date: string }) => s.date)).toEqual([
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
    ]);
    expect(d.sessions.every((s: { durationMinutes: number }) => s.durationMinutes === 120)).toBe(true);
    expect(d.sessions.map((s: { isClosing: boolean }) => s.isClosing)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(d.leaders.map((l: { kind: string }) => l.kind).sort()).toEqual(['expert-by-experience', 'staff']);
  });

  it('a group needs a staff leader; leaders must be of the unit', async () => {
    const onlyExpert = await worker.post('/api/groups', {
      name: 'X',
      targetGroup: 'Y',
      leaderUserIds: [await userId(ctx, 'kokemusasiantuntija')],
      firstDate: '2026-09-07',
    });
    expect(onlyExpert.json().error.fields[0].path).toBe('leaderUserIds');
    const otherUnit = await worker.post('/api/groups', {
      name: 'X',
      targetGroup: 'Y',
      leaderUserIds: [await userId(ctx, 'sosiaalityontekija2')],
      firstDate: '2026-09-07',
    });
    expect(otherUnit.statusCode).toBe(400);
  });

  it('invitation → confidentiality at the first session → attendance → feedback → closing session', async () => {
    const id = await newGroup();
    const c1 = await newClient(ctx, units.main, 'Ritva', 'Ryhmäläinen');
    const c2 = await newClient(ctx, units.main, 'Reijo', 'Ryhmä');
    const m1 = (
      await worker.post(`/api/clients/${c1}/groups`, { groupId: id, planId: '11111111-1111-4111-8111-111111111111' })
    ).json().id;
    const m2 = (await worker.post(`/api/clients/${c2}/groups`, { groupId: id })).json().id;
    expect((await worker.post(`/api/clients/${c1}/groups`, { groupId: id })).statusCode).toBe(400);
    const d = (await worker.get(`/api/groups/${id}`)).json();
    const [s1, s2] = d.sessions;
    // Present without accepting the confidentiality rule: refused, nothing saved.
    const refused = await worker.put(`/api/groups/${id}/sessions/${s1.id}/attendance`, {
      entries: [
        { memberId: m1, present: true, confidentialityAccepted: true },
        { memberId: m2, present: true },
      ],
    });
    expect(refused.json().error.fields[0].path).toBe('entries.1.confidentialityAccepted');
    expect((await worker.get(`/api/groups/${id}`)).json().attendance).toEqual([]);
    const ok = await worker.put(`/api/groups/${id}/sessions/${s1.id}/attendance`, {
      entries: [
        { memberId: m1, present: true, confidentialityAccepted: true },
        { memberId: m2, present: false },
      ],
    });
    expect(ok.statusCode).toBe(200);
    const after = (await worker.get(`/api/groups/${id}`)).json();
    expect(after.group.status).toBe('active');
    expect(after.members.find((m: { id: string }) => m.id === m1)).toMatchObject({
      status: 'joined',
      confidentialityAcceptedOn: '2026-09-07',
      planId: '11111111-1111-4111-8111-111111111111',
    });
    // Accepted once is enough later.
    expect(
      (
        await worker.put(`/api/groups/${id}/sessions/${s2.id}/attendance`, {
          entries: [{ memberId: m1, present: true }],
        })
      ).statusCode,
    ).toBe(200);

    for (const f of [
      { metExpectations: 'yes', thoughts: 'Hyvä porukka' },
      { metExpectations: 'partly', wishes: 'Lisää liikuntaa' },
    ])
      expect((await worker.post(`/api/groups/${id}/sessions/${s1.id}/feedback`, f)).statusCode).toBe(201);
    const fb = (await worker.get(`/api/groups/${id}/feedback`)).json().sessions[0];
    expect(fb).toMatchObject({ yes: 1, partly: 1, no_: 0, thoughts: ['Hyvä porukka'], wishes: ['Lisää liikuntaa'] });
    const cols = await ctx.app.db.selectFrom('group_session_feedback').selectAll().limit(1).executeTakeFirstOrThrow();
    expect(Object.keys(cols).sort()).toEqual([
      'id',
      'met_expectations',
      'session_id',
      'submitted_on',
      'thoughts',
      'wishes',
    ]);

    const closing = after.sessions[5];
    expect(
      (await worker.post(`/api/groups/${id}/close`, { version: after.group.version })).json().error.fields[0].path,
    ).toBe('status');
    await worker.put(`/api/groups/${id}/sessions/${closing.id}/attendance`, {
      entries: [{ memberId: m1, present: true }],
    });
    const d2 = (await worker.get(`/api/groups/${id}`)).json();
    expect(
      (await worker.post(`/api/groups/${id}/close`, { version: d2.group.version })).json().error.fields[0].path,
    ).toBe('guests');
    const closingNow = d2.sessions[5];
    await worker.patch(`/api/groups/${id}/sessions/${closingNow.id}`, {
      guests: 'Sosiaalilautakunnan puheenjohtaja, palvelujohtaja',
      version: closingNow.version,
    });
    const closed = await worker.post(`/api/groups/${id}/close`, { version: d2.group.version });
    expect(closed.json()).toEqual({ status: 'closed' });
    expect(
      (await worker.post(`/api/clients/${await newClient(ctx, units.main)}/groups`, { groupId: id })).statusCode,
    ).toBe(400);
    const lockedAttendance = await worker.put(`/api/groups/${id}/sessions/${closing.id}/attendance`, {
      entries: [{ memberId: m1, present: false }],
    });
    expect(lockedAttendance.json().error.fields[0].path).toBe('status');
    const d3 = (await worker.get(`/api/groups/${id}`)).json();
    expect(d3.attendance.find((a: { sessionId: string }) => a.sessionId === closing.id).present).toBe(true);
    expect(
      (await worker.patch(`/api/groups/${id}/sessions/${closing.id}`, { notes: 'x', version: d3.sessions[5].version }))
        .statusCode,
    ).toBe(400);
  });

  it('group notes reach a member’s client file only with consent', async () => {
    const id = await newGroup(false);
    const c = await newClient(ctx, units.main, 'Suostu', 'Muksinen');
    const m = (await worker.post(`/api/clients/${c}/groups`, { groupId: id })).json().id;
    const s = (await worker.get(`/api/groups/${id}`)).json().sessions[0];
    await worker.patch(`/api/groups/${id}/sessions/${s.id}`, {
      notes: 'Käytiin läpi viikko-ohjelma.',
      version: s.version,
    });
    const before = (await worker.get(`/api/clients/${c}/groups`)).json();
    expect(before.memberships).toHaveLength(1);
    expect(before.notes).toEqual([]);
    await worker.patch(`/api/groups/${id}/members/${m}`, { notesConsent: true, version: 1 });
    expect((await worker.patch(`/api/groups/${id}/members/${m}`, { notesConsent: false, version: 1 })).statusCode).toBe(
      409,
    );
    const afterConsent = (await worker.get(`/api/clients/${c}/groups`)).json();
    expect(afterConsent.notes).toEqual([
      { groupName: 'Arjen taidot', sessionNo: 1, date: '2026-09-07', notes: 'Käytiin läpi viikko-ohjelma.' },
    ]);
  });

  it('an expert-by-experience leader sees sessions and attendance by first name only, and only their group', async () => {
    const led = await newGroup(true);
    const notLed = await newGroup(false);
    const c = await newClient(ctx, units.main, 'Eino', 'Salainen');
    const m = (await worker.post(`/api/clients/${c}/groups`, { groupId: led })).json().id;
    const s = (await worker.get(`/api/groups/${led}`)).json().sessions[0];
    await worker.put(`/api/groups/${led}/sessions/${s.id}/attendance`, {
      entries: [{ memberId: m, present: true, confidentialityAccepted: true }],
    });
    await worker.patch(`/api/groups/${led}/sessions/${s.id}`, {
      notes: 'Luottamuksellinen muistiinpano',
      version: s.version + 1,
    });
    const expert = await ctx.login('kokemusasiantuntija');
    const list = (await expert.get('/api/groups')).json().groups.map((g: { id: string }) => g.id);
    expect(list).toContain(led);
    expect(list).not.toContain(notLed);
    const view = await expert.get(`/api/groups/${led}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().view).toBe('leader');
    expect(view.json().members).toEqual([
      { id: m, name: 'Eino', status: 'joined', confidentialityAcceptedOn: '2026-09-07' },
    ]);
    const body = view.body;
    expect(body).not.toContain('Salainen');
    expect(body).not.toContain(c);
    expect(body).not.toContain('Luottamuksellinen');
    expect(view.json().attendance).toEqual([{ sessionId: s.id, memberId: m, present: true }]);
    // The leader's page offers no staff actions: the server says what they may do.
    expect(view.json().permittedActions).toContain('group.read');
    expect(view.json().permittedActions).not.toContain('group.update');
    expect(view.json().permittedActions).not.toContain('group.member.read');
    expect((await expert.get(`/api/groups/${notLed}`)).statusCode).toBe(403);
    expect((await expert.put(`/api/groups/${led}/sessions/${s.id}/attendance`, { entries: [] })).statusCode).toBe(403);
    expect((await expert.post(`/api/clients/${c}/groups`, { groupId: led })).statusCode).toBe(403);
    expect((await expert.get(`/api/clients/${c}/groups`)).statusCode).toBe(403);
    expect((await expert.get(`/api/clients/${c}/work-activity/paths`)).statusCode).toBe(403);
  });

  it('other units, the benefit handler and the administrator are denied', async () => {
    const id = await newGroup(false);
    const c = await newClient(ctx, units.main);
    for (const u of ['sosiaalityontekija2', 'yllapitaja', 'etuuskasittelija']) {
      const a = await ctx.login(u);
      expect((await a.get(`/api/groups/${id}`)).statusCode, u).toBe(403);
      expect((await a.post(`/api/clients/${c}/groups`, { groupId: id })).statusCode, u).toBe(403);
      expect((await a.get(`/api/clients/${c}/groups`)).statusCode, u).toBe(403);
    }
    // A counsellor of another unit cannot invite a client of this unit into their own group.
    const other = await ctx.login('sosiaalityontekija2');
    const og = await other.post('/api/groups', {
      name: 'Pohjoisen ryhmä',
      targetGroup: 'Nuoret',
      leaderUserIds: [await userId(ctx, 'sosiaalityontekija2')],
      firstDate: '2026-09-07',
    });
    expect(og.statusCode).toBe(201);
    const inv = await other.post(`/api/clients/${c}/groups`, { groupId: og.json().id });
    expect(inv.statusCode).toBe(403);
    const denied = await ctx.app.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('client_id', '=', c)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBeGreaterThan(0);
  });

  it('the expert by experience leads as long as they are an expert of the group’s unit', async () => {
    const led = await newGroup(true);
    const expertId = await userId(ctx, 'kokemusasiantuntija');
    const expert = await ctx.login('kokemusasiantuntija');
    expect((await expert.get(`/api/groups/${led}`)).statusCode).toBe(200);
    await ctx.app.db
      .updateTable('user_role')
      .set({ unit_id: units.other })
      .where('user_id', '=', expertId)
      .where('role', '=', 'kokemusasiantuntija')
      .execute();
    try {
      const moved = await ctx.login('kokemusasiantuntija');
      expect((await moved.get(`/api/groups/${led}`)).statusCode).toBe(403);
      expect((await moved.get('/api/groups')).json().groups.map((g: { id: string }) => g.id)).not.toContain(led);
    } finally {
      await ctx.app.db
        .updateTable('user_role')
        .set({ unit_id: units.main })
        .where('user_id', '=', expertId)
        .where('role', '=', 'kokemusasiantuntija')
        .execute();
    }
  });

  it('the manager reads the full view but does not run the group; members come from the group’s unit', async () => {
    const id = await newGroup(false);
    const manager = await ctx.login('esihenkilo');
    const view = (await manager.get(`/api/groups/${id}`)).json();
    expect(view.view).toBe('full');
    expect(view.permittedActions).toEqual(expect.arrayContaining(['group.read', 'group.member.read']));
    expect(view.permittedActions).not.toContain('group.update');
    expect((await worker.get(`/api/groups/${id}`)).json().permittedActions).toContain('group.update');

    // A group of another unit is not offered to this unit's client.
    const other = await ctx.login('sosiaalityontekija2');
    const northern = (
      await other.post('/api/groups', {
        name: 'Pohjoisen ryhmä 2',
        targetGroup: 'Nuoret',
        leaderUserIds: [await userId(ctx, 'sosiaalityontekija2')],
        firstDate: '2026-09-07',
      })
    ).json().id;
    const c = await newClient(ctx, units.main);
    const res = await worker.post(`/api/clients/${c}/groups`, { groupId: northern });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('groupId');
    expect((await worker.get(`/api/clients/${c}/groups`)).json()).toMatchObject({ memberships: [], notes: [] });
  });
});
