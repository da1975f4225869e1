import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { sql } from 'kysely';
import { demoUnits, newClient, userId } from '../testing.js';
import { myWorkProviders } from '../../client-work/index.js';
import { fixedClock } from '../../../domain/clock/index.js';
import { decisionDueDate, processingDays, professionalGroupOf, withinLimit } from './processing.js';

describe('processing time on the working-day calendar', () => {
  it('counts over Christmas, New Year and Epiphany', () => {
    // Tue 22.12.2026 complete: 23.12 = 1, (24–27 not working), 28–31 = 2–5, (1.1.), 4.1 = 6, 5.1 = 7, (6.1.), 7.1 = 8
    expect(processingDays('2026-12-22', '2027-01-05')).toBe(7);
    expect(withinLimit('2026-12-22', '2027-01-05', false)).toBe(true);
    expect(processingDays('2026-12-22', '2027-01-07')).toBe(8);
    expect(withinLimit('2026-12-22', '2027-01-07', false)).toBe(false);
    expect(decisionDueDate('2026-12-22', false)).toBe('2027-01-05');
  });

  it('urgent: the same or the next working day, across Easter', () => {
    expect(withinLimit('2026-04-02', '2026-04-02', true)).toBe(true);
    // Thu 2.4.2026 → Good Friday 3.4, Easter 5.4, Easter Monday 6.4 → next working day Tue 7.4.
    expect(decisionDueDate('2026-04-02', true)).toBe('2026-04-07');
    expect(withinLimit('2026-04-02', '2026-04-07', true)).toBe(true);
    expect(withinLimit('2026-04-02', '2026-04-08', true)).toBe(false);
  });

  it('a complete date on a weekend or Midsummer Eve starts counting from the next working day', () => {
    // Midsummer Eve Fri 19.6.2026 is not a working day: Mon 22.6 is day 1.
    expect(processingDays('2026-06-19', '2026-06-22')).toBe(1);
    expect(decisionDueDate('2026-06-20', false)).toBe('2026-06-30');
  });

  it('professional group follows the role with the highest training', () => {
    expect(professionalGroupOf(['etuuskasittelija'])).toBe('benefit-handler');
    expect(professionalGroupOf(['sosiaaliohjaaja', 'etuuskasittelija'])).toBe('social-counsellor');
    expect(professionalGroupOf(['sosiaalityontekija', 'sosiaaliohjaaja'])).toBe('social-worker');
    expect(professionalGroupOf(['esihenkilo'])).toBeNull();
  });
});

describe('benefit decisions API', () => {
  let ctx: TestContext;
  let handler: Agent;
  let units: { main: string; other: string };
  beforeAll(async () => {
    // Open applications are timed to today: the app's clock stands still.
    ctx = await createTestApp({}, { clock: fixedClock('2027-03-01') });
    handler = await ctx.login('etuuskasittelija');
    units = await demoUnits(ctx);
  });
  afterAll(() => ctx.close());

  it('registers, decides and flags a late decision; the decision maker’s group comes from the role', async () => {
    const clientId = await newClient(ctx, units.main);
    const base = `/api/clients/${clientId}/benefit-decisions/applications`;
    const created = await handler.post(base, {
      kind: 'supplementary',
      receivedDate: '2026-12-18',
      completeDate: '2026-12-22',
    });
    expect(created.statusCode).toBe(201);
    const a = created.json().application;
    expect(a).toMatchObject({ dueDate: '2027-01-05', limitDays: 7, decisionDate: null });
    const badDate = await handler.post(`${base}/${a.id}/decision`, {
      decisionDate: '2026-12-21',
      outcome: 'granted',
      version: a.version,
    });
    expect(badDate.json().error.fields[0].path).toBe('decisionDate');
    const decided = await handler.post(`${base}/${a.id}/decision`, {
      decisionDate: '2027-01-07',
      outcome: 'granted',
      version: a.version,
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json().application).toMatchObject({
      processingDays: 8,
      late: true,
      professionalGroup: 'benefit-handler',
      decisionMakerName: 'Eetu Etuuskäsittelijä',
    });
    const again = await handler.post(`${base}/${a.id}/decision`, {
      decisionDate: '2027-01-07',
      outcome: 'granted',
      version: a.version,
    });
    expect(again.statusCode).toBe(409);

    const worker = await ctx.login('sosiaalityontekija');
    const b = (
      await worker.post(base, {
        kind: 'preventive',
        receivedDate: '2027-01-04',
        completeDate: '2027-01-04',
        urgent: true,
      })
    ).json().application;
    const bd = await worker.post(`${base}/${b.id}/decision`, {
      decisionDate: '2027-01-05',
      outcome: 'partly-granted',
      version: b.version,
    });
    expect(bd.json().application).toMatchObject({ processingDays: 1, late: false, professionalGroup: 'social-worker' });
  });

  it('a broken rule changes nothing; the decision maker’s group is their role in the client’s unit', async () => {
    const clientId = await newClient(ctx, units.main);
    const base = `/api/clients/${clientId}/benefit-decisions/applications`;
    const a = (
      await handler.post(base, { kind: 'supplementary', receivedDate: '2026-05-04', completeDate: '2026-05-04' })
    ).json().application;
    const decided = await handler.post(`${base}/${a.id}/decision`, {
      decisionDate: '2026-05-05',
      outcome: 'granted',
      version: a.version,
    });
    const current = decided.json().application;
    // Deciding again from the current version: the rule answers, and the decision stays as it was.
    const again = await handler.post(`${base}/${a.id}/decision`, {
      decisionDate: '2026-05-06',
      outcome: 'rejected',
      version: current.version,
    });
    expect(again.json().error.fields[0].path).toBe('decisionDate');
    const list = (await handler.get(base)).json();
    expect(list.applications[0]).toMatchObject({
      outcome: 'granted',
      decisionDate: '2026-05-05',
      version: current.version,
    });
    expect(list.permittedActions).toContain('benefitDecision.write');

    // An application filed in another unit before the client moved: the client's unit decides it now,
    // and the decision maker's group is their role in the client's unit.
    const b = (
      await handler.post(base, { kind: 'preventive', receivedDate: '2026-05-04', completeDate: '2026-05-04' })
    ).json().application;
    await ctx.app.db.updateTable('benefit_application').set({ unit_id: units.other }).where('id', '=', b.id).execute();
    const moved = await handler.post(`${base}/${b.id}/decision`, {
      decisionDate: '2026-05-05',
      outcome: 'granted',
      version: b.version,
    });
    expect(moved.json().application).toMatchObject({
      professionalGroup: 'benefit-handler',
      decisionDate: '2026-05-05',
    });
  });

  it('needs a complete date before a decision', async () => {
    const clientId = await newClient(ctx, units.main);
    const base = `/api/clients/${clientId}/benefit-decisions/applications`;
    const a = (await handler.post(base, { kind: 'supplementary', receivedDate: '2026-05-04' })).json().application;
    expect(a.dueDate).toBeNull();
    const res = await handler.post(`${base}/${a.id}/decision`, {
      decisionDate: '2026-05-06',
      outcome: 'rejected',
      version: a.version,
    });
    expect(res.json().error.fields[0].path).toBe('completeDate');
    const patched = await handler.patch(`${base}/${a.id}`, { completeDate: '2026-05-05', version: a.version });
    // 7 working days from Tue 5.5.2026, Ascension Day 14.5 not counted.
    expect(patched.json().application.dueDate).toBe('2026-05-15');
    expect((await handler.patch(`${base}/${a.id}`, { urgent: true, version: a.version })).statusCode).toBe(409);
  });

  it('open list shows the user’s units only, earliest deadline first', async () => {
    const clientId = await newClient(ctx, units.main, 'Avoin', 'Hakemus');
    await handler.post(`/api/clients/${clientId}/benefit-decisions/applications`, {
      kind: 'supplementary',
      receivedDate: '2026-01-02',
      completeDate: '2026-01-02',
    });
    const list = (await handler.get('/api/benefit-decisions/open')).json().applications;
    const mine = list.find((r: { clientId: string }) => r.clientId === clientId);
    expect(mine).toMatchObject({ clientName: 'Hakemus Avoin', late: true });
    // An open application is timed to today by the app's clock (Mon 1.3.2027): complete on Mon 22.2.
    // → 23.–26.2. and 1.3. are five working days, within the limit.
    const recent = await newClient(ctx, units.main, 'Tuore', 'Hakemus');
    await handler.post(`/api/clients/${recent}/benefit-decisions/applications`, {
      kind: 'supplementary',
      receivedDate: '2027-02-22',
      completeDate: '2027-02-22',
    });
    const open = (await handler.get('/api/benefit-decisions/open')).json().applications;
    expect(open.find((r: { clientId: string }) => r.clientId === recent)).toMatchObject({
      processingDays: 5,
      dueDate: '2027-03-03',
      late: false,
    });
    const dues = list.map((r: { dueDate: string | null }) => r.dueDate ?? '9999');
    expect([...dues].sort()).toEqual(dues);
    const other = await ctx.login('sosiaalityontekija2');
    expect(
      (await other.get('/api/benefit-decisions/open'))
        .json()
        .applications.some((r: { clientId: string }) => r.clientId === clientId),
    ).toBe(false);
  });

  it('denies other units, the administrator and the expert by experience; the benefit handler cannot read work activity', async () => {
    const clientId = await newClient(ctx, units.main);
    for (const u of ['sosiaalityontekija2', 'yllapitaja', 'kokemusasiantuntija']) {
      const a = await ctx.login(u);
      expect((await a.get(`/api/clients/${clientId}/benefit-decisions/applications`)).statusCode, u).toBe(403);
      expect(
        (
          await a.post(`/api/clients/${clientId}/benefit-decisions/applications`, {
            kind: 'supplementary',
            receivedDate: '2026-05-04',
          })
        ).statusCode,
        u,
      ).toBe(403);
    }
    expect((await handler.get(`/api/clients/${clientId}/work-activity/paths`)).statusCode).toBe(403);
    expect(
      (await handler.get('/api/benefit-decisions/reports/processing-times?from=2026-01&to=2026-02')).statusCode,
    ).toBe(403);
    const esihenkilo = await ctx.login('esihenkilo');
    expect(
      (
        await esihenkilo.post(`/api/clients/${clientId}/benefit-decisions/applications`, {
          kind: 'supplementary',
          receivedDate: '2026-05-04',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('manager reports: distribution, share within the limit, decisions per professional group, CSV', async () => {
    const clientId = await newClient(ctx, units.main);
    const base = `/api/clients/${clientId}/benefit-decisions/applications`;
    const worker = await ctx.login('sosiaaliohjaaja');
    const decide = async (agent: Agent, complete: string, decision: string, urgent = false) => {
      const a = (
        await agent.post(base, { kind: 'supplementary', receivedDate: complete, completeDate: complete, urgent })
      ).json().application;
      const r = await agent.post(`${base}/${a.id}/decision`, {
        decisionDate: decision,
        outcome: 'granted',
        version: a.version,
      });
      expect(r.statusCode, r.body).toBe(200);
    };
    await decide(handler, '2030-03-04', '2030-03-06'); // 2 days
    await decide(handler, '2030-03-04', '2030-03-13'); // 7 days
    await decide(worker, '2030-03-04', '2030-03-14'); // 8 days: late
    await decide(worker, '2030-03-05', '2030-03-07', true); // urgent, 2 days: late
    await decide(handler, '2030-04-01', '2030-04-02');
    const esihenkilo = await ctx.login('esihenkilo');
    const pt = (await esihenkilo.get('/api/benefit-decisions/reports/processing-times?from=2030-03&to=2030-05')).json();
    expect(pt.months.map((m: { month: string }) => m.month)).toEqual(['2030-03', '2030-04', '2030-05']);
    expect(pt.months[0]).toMatchObject({ decisions: 4, withinLimit: 2, late: 2, shareWithinLimit: 50, medianDays: 2 });
    expect(pt.months[0].distribution).toMatchObject({ '2': 2, '7': 1, '8-10': 1 });
    expect(pt.months[2]).toMatchObject({ decisions: 0, shareWithinLimit: null });
    const pg = (
      await esihenkilo.get('/api/benefit-decisions/reports/professional-groups?from=2030-03&to=2030-04')
    ).json();
    const march = pg.months[0].groups;
    expect(march.find((g: { group: string }) => g.group === 'benefit-handler').decisions).toBe(2);
    expect(march.find((g: { group: string }) => g.group === 'social-counsellor').decisions).toBe(2);
    expect(march.find((g: { group: string }) => g.group === 'social-worker').decisions).toBe(0);
    const csv = await esihenkilo.get('/api/benefit-decisions/reports/processing-times.csv?from=2030-03&to=2030-03');
    expect(csv.body).toContain('2030-03;4;2;2;50;2;');
    const csv2 = await esihenkilo.get('/api/benefit-decisions/reports/professional-groups.csv?from=2030-03&to=2030-03');
    expect(csv2.body).toContain('2030-03;Etuuskäsittelijät;2;');
  });

  it('counts held client meetings per professional group from client work’s meeting table', async () => {
    const clientId = await newClient(ctx, units.main);
    const hasMeeting = (await sql<{ t: string | null }>`select to_regclass('meeting')::text as t`.execute(ctx.app.db))
      .rows[0].t;
    const esihenkilo = await ctx.login('esihenkilo');
    if (!hasMeeting) {
      expect(
        (await esihenkilo.get('/api/benefit-decisions/reports/professional-groups?from=2031-01&to=2031-01')).json()
          .meetingsCounted,
      ).toBe(false);
      return;
    }
    const so = await userId(ctx, 'sosiaaliohjaaja');
    const sw = await userId(ctx, 'sosiaalityontekija');
    for (const [worker, status] of [
      [so, 'held'],
      [so, 'held'],
      [sw, 'held'],
      [sw, 'cancelled'],
    ] as const)
      await sql`insert into meeting (client_id, unit_id, meeting_date, kind, status, worker_id) values (${clientId}, ${units.main}, '2031-01-15', 'face-to-face', ${status}, ${worker})`.execute(
        ctx.app.db,
      );
    const r = (
      await esihenkilo.get('/api/benefit-decisions/reports/professional-groups?from=2031-01&to=2031-01')
    ).json();
    expect(r.meetingsCounted).toBe(true);
    const g = Object.fromEntries(
      r.months[0].groups.map((x: { group: string; meetings: number }) => [x.group, x.meetings]),
    );
    expect(g).toEqual({ 'social-worker': 1, 'social-counsellor': 2, 'benefit-handler': 0 });
  });

  it('open complete applications near their limit appear on My work of the handler who registered them', async () => {
    const clientId = await newClient(ctx, units.main);
    await handler.post(`/api/clients/${clientId}/benefit-decisions/applications`, {
      kind: 'supplementary',
      receivedDate: '2032-03-01',
      completeDate: '2032-03-01',
    });
    await handler.post(`/api/clients/${clientId}/benefit-decisions/applications`, {
      kind: 'preventive',
      receivedDate: '2032-03-01',
    });
    const [, provider] = myWorkProviders().find(([name]) => name === 'benefit-decisions')!;
    const me = {
      id: await userId(ctx, 'etuuskasittelija'),
      username: 'etuuskasittelija',
      displayName: 'x',
      language: 'fi' as const,
      clientId: null,
      totpEnabled: false,
      roles: [{ unitId: units.main, role: 'etuuskasittelija' as const }],
    };
    // Mon 1.3.2032 complete → due Wed 10.3.2032; shown from two working days before.
    const early = await provider({
      db: ctx.app.db,
      user: me,
      unitIds: [units.main],
      today: '2032-03-02',
      scope: 'mine',
    });
    expect(early.some((i) => i.clientId === clientId)).toBe(false);
    const near = await provider({
      db: ctx.app.db,
      user: me,
      unitIds: [units.main],
      today: '2032-03-08',
      scope: 'mine',
    });
    expect(near.filter((i) => i.clientId === clientId)).toEqual([
      expect.objectContaining({ kind: 'benefit-decision.due', dueDate: '2032-03-10' }),
    ]);
  });
});
