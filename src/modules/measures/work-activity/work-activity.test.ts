import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import type { Clock } from '../../../domain/clock/index.js';
import { demoUnits, newClient, pathWithAgreement, providerId as providerOf, userId } from '../testing.js';
import { myWorkProviders } from '../../client-work/index.js';

let ctx: TestContext;
let ohjaaja: Agent;
let units: { main: string; other: string };
let providerId: string;

// The path's phase and the TE notice depend on the date: the app runs on this clock.
let today = '2026-03-01';
const clock: Clock = { now: () => new Date(`${today}T10:00:00Z`), today: () => today };

beforeAll(async () => {
  ctx = await createTestApp({}, { clock });
  ohjaaja = await ctx.login('sosiaaliohjaaja');
  units = await demoUnits(ctx);
  providerId = await providerOf(ohjaaja);
});
afterAll(() => ctx.close());

const paths = (clientId: string) => `/api/clients/${clientId}/work-activity/paths`;

describe('the path', () => {
  it('moves through the phases and ends with a coded reason; the end closes the agreement', async () => {
    const clientId = await newClient(ctx, units.main);
    const p = (await ohjaaja.post(paths(clientId), {})).json().path;
    expect(p.phase).toBeNull();
    const base = `${paths(clientId)}/${p.id}`;
    const early = await ohjaaja.post(`${base}/agreements`, {
      providerId,
      startDate: '2026-03-02',
      endDate: '2026-05-29',
      daysPerWeek: 3,
      hoursPerDay: 5,
      goals: 'x',
    });
    expect(early.statusCode).toBe(400); // activation plan first
    expect(early.json().error.fields[0].path).toBe('providerId');
    expect(
      (
        await ohjaaja.post(`${base}/steps`, {
          kind: 'situation-assessment',
          date: '2026-02-10',
          summary: 'Tilannearvio',
        })
      ).json().path.phase,
    ).toBe('situation-assessment');
    const ap = await ohjaaja.post(`${base}/steps`, {
      kind: 'activation-plan',
      date: '2026-02-17',
      employmentWorker: 'TE Testi',
      workPlanner: 'Työsuunnittelija',
      need: 'Tarve',
      suitablePlacement: 'Paja',
    });
    expect(ap.json().path.phase).toBe('activation-plan');
    expect(ap.json().path.steps[1].participants).toContain('TE-palvelut: TE Testi');
    expect(ap.json().path.steps[1].details).toMatchObject({
      need: 'Tarve',
      suitablePlacement: 'Paja',
      workPlanner: 'Työsuunnittelija',
    });
    const bad = await ohjaaja.post(`${base}/agreements`, {
      providerId,
      startDate: '2026-03-02',
      endDate: '2026-02-01',
      daysPerWeek: 6,
      hoursPerDay: 5,
      goals: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toContain('daysPerWeek');
    const ag = await ohjaaja.post(`${base}/agreements`, {
      providerId,
      startDate: '2026-03-02',
      endDate: '2026-05-29',
      daysPerWeek: 3,
      hoursPerDay: 5,
      goals: 'Päivärytmi',
      interimEvaluationDate: '2026-04-01',
    });
    expect(ag.statusCode).toBe(201);
    const ie = await ohjaaja.post(`${base}/steps`, {
      kind: 'interim-evaluation',
      date: '2026-04-01',
      feedback: 'Sujuu hyvin',
      selfAssessment: [{ goal: 'Päivärytmi', rating: 4 }],
      decision: 'continue',
    });
    expect(ie.json().path.phase).toBe('interim-evaluation');
    const end = await ohjaaja.post(`${base}/steps`, {
      kind: 'end',
      date: '2026-05-29',
      endType: 'ended',
      reasonCode: 'education',
      finalEvaluation: 'Hyvä jakso',
      followOnPlan: 'Ammattikoulu syksyllä',
    });
    expect(end.json().path).toMatchObject({ status: 'ended', phase: 'end' });
    expect(end.json().path.agreements[0].status).toBe('ended');
    const after = await ohjaaja.post(`${base}/steps`, { kind: 'evaluation-visit', date: '2026-05-30', notes: 'x' });
    expect(after.statusCode).toBe(400);
    const badCode = await ohjaaja.post(paths(clientId), {});
    const badEnd = await ohjaaja.post(`${paths(clientId)}/${badCode.json().path.id}/steps`, {
      kind: 'end',
      date: '2026-05-29',
      endType: 'ended',
      reasonCode: 'bored',
      finalEvaluation: 'x',
      followOnPlan: 'y',
    });
    expect(badEnd.statusCode).toBe(400);
  });

  it('is in activity from the day the agreement starts, by the app’s clock', async () => {
    const clientId = await newClient(ctx, units.main);
    await pathWithAgreement(ohjaaja, clientId, providerId, '2026-03-02', '2026-05-29');
    expect((await ohjaaja.get(paths(clientId))).json().paths[0].phase).toBe('agreement');
    today = '2026-03-02';
    try {
      expect((await ohjaaja.get(paths(clientId))).json().paths[0].phase).toBe('activity');
    } finally {
      today = '2026-03-01';
    }
  });

  it('writes every read and write to the use log', async () => {
    const clientId = await newClient(ctx, units.main);
    await pathWithAgreement(ohjaaja, clientId, providerId);
    await ohjaaja.get(paths(clientId));
    const rows = await ctx.app.db.selectFrom('audit_log').select('action').where('client_id', '=', clientId).execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'workActivity.path.create',
        'workActivity.step.activationPlan',
        'workActivity.agreement.create',
        'workActivity.read',
      ]),
    );
  });

  it('tells the web app what the user may do with the client’s work activity', async () => {
    const clientId = await newClient(ctx, units.main);
    expect((await ohjaaja.get(paths(clientId))).json().permittedActions).toContain('workActivity.write');
    const esihenkilo = await ctx.login('esihenkilo');
    const managers = (await esihenkilo.get(paths(clientId))).json().permittedActions;
    expect(managers).toContain('workActivity.read');
    expect(managers).not.toContain('workActivity.write');
  });

  it('denies other units, the benefit handler and the administrator (403, logged)', async () => {
    const clientId = await newClient(ctx, units.main);
    for (const u of ['sosiaalityontekija2', 'yllapitaja', 'etuuskasittelija', 'kokemusasiantuntija', 'tyotoiminta']) {
      const a = await ctx.login(u);
      expect((await a.get(paths(clientId))).statusCode, u).toBe(403);
      expect((await a.post(paths(clientId), {})).statusCode, u).toBe(403);
    }
    const denied = await ctx.app.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('client_id', '=', clientId)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(5);
  });

  it('the manager reads but does not write', async () => {
    const clientId = await newClient(ctx, units.main);
    const esihenkilo = await ctx.login('esihenkilo');
    expect((await esihenkilo.get(paths(clientId))).statusCode).toBe(200);
    expect((await esihenkilo.post(paths(clientId), {})).statusCode).toBe(403);
  });

  it('a path id of another client is not found', async () => {
    const a = await newClient(ctx, units.main);
    const b = await newClient(ctx, units.main);
    const { pathId } = await pathWithAgreement(ohjaaja, a, providerId);
    const res = await ohjaaja.post(`${paths(b)}/${pathId}/steps`, {
      kind: 'situation-assessment',
      date: '2026-02-10',
      summary: 'x',
    });
    expect(res.statusCode).toBe(404);
  });

  it('the counsellor must be a counsellor or social worker of the client’s unit', async () => {
    const clientId = await newClient(ctx, units.main);
    const res = await ohjaaja.post(paths(clientId), { counsellorId: await userId(ctx, 'sosiaalityontekija2') });
    expect(res.json().error.fields[0].path).toBe('counsellorId');
  });
});

describe('attendance', () => {
  it('records days and hours; an absence creates a task for the counsellor, closed when TE is informed', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(ohjaaja, clientId, providerId);
    const base = `/api/clients/${clientId}/work-activity/agreements/${agreementId}/attendance`;
    expect((await ohjaaja.put(`${base}/2026-03-02`, { attended: true, hours: 5 })).statusCode).toBe(200);
    const noHours = await ohjaaja.put(`${base}/2026-03-03`, { attended: true, hours: 0 });
    expect(noHours.json().error.fields[0].path).toBe('hours');
    const noReason = await ohjaaja.put(`${base}/2026-03-04`, { attended: false });
    expect(noReason.json().error.fields[0].path).toBe('absenceReason');
    const outside = await ohjaaja.put(`${base}/2026-06-01`, { attended: true, hours: 5 });
    expect(outside.json().error.fields[0].path).toBe('day');
    const absence = await ohjaaja.put(`${base}/2026-03-04`, { attended: false, absenceReason: 'sick' });
    expect(absence.statusCode).toBe(200);
    const task = await ctx.app.db
      .selectFrom('task')
      .selectAll()
      .where('id', '=', absence.json().taskId)
      .executeTakeFirstOrThrow();
    expect(task).toMatchObject({
      kind: 'work-activity.absence',
      assignee_id: await userId(ctx, 'sosiaaliohjaaja'),
      client_id: clientId,
      due_date: '2026-03-05',
      done_at: null,
    });
    const list = (await ohjaaja.get(`${base}?month=2026-03`)).json().attendance;
    expect(list.map((r: { day: string }) => r.day)).toEqual(['2026-03-02', '2026-03-04']);
    const te = await ohjaaja.post(
      `/api/clients/${clientId}/work-activity/attendance/${absence.json().id}/te-informed`,
      {},
    );
    expect(te.statusCode).toBe(200);
    // The notice is dated by the app's clock.
    expect(te.json().teInformedAt).toBe(`${today}T10:00:00Z`);
    const done = await ctx.app.db
      .selectFrom('task')
      .select('done_at')
      .where('id', '=', absence.json().taskId)
      .executeTakeFirstOrThrow();
    expect(done.done_at).toEqual(new Date(`${today}T10:00:00Z`));
  });

  it('changing a day needs the current version (409 otherwise)', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(ohjaaja, clientId, providerId);
    const url = `/api/clients/${clientId}/work-activity/agreements/${agreementId}/attendance/2026-03-10`;
    await ohjaaja.put(url, { attended: true, hours: 5 });
    expect((await ohjaaja.put(url, { attended: true, hours: 4 })).statusCode).toBe(409);
    expect((await ohjaaja.put(url, { attended: true, hours: 4, version: 1 })).statusCode).toBe(200);
    expect((await ohjaaja.put(url, { attended: true, hours: 4, version: 1 })).statusCode).toBe(409);
  });

  it('an agreement of another client is not found', async () => {
    const a = await newClient(ctx, units.main);
    const b = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(ohjaaja, a, providerId);
    const res = await ohjaaja.put(`/api/clients/${b}/work-activity/agreements/${agreementId}/attendance/2026-03-10`, {
      attended: true,
      hours: 5,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('My work', () => {
  it('lists the interim evaluation and the end of an agreement for the path’s counsellor', async () => {
    const clientId = await newClient(ctx, units.main);
    await pathWithAgreement(ohjaaja, clientId, providerId, '2033-03-01', '2033-05-31');
    const [, provider] = myWorkProviders().find(([name]) => name === 'work-activity')!;
    const me = {
      id: await userId(ctx, 'sosiaaliohjaaja'),
      username: 'sosiaaliohjaaja',
      displayName: 'x',
      language: 'fi' as const,
      clientId: null,
      totpEnabled: false,
      roles: [{ unitId: units.main, role: 'sosiaaliohjaaja' as const }],
    };
    const interim = await provider({
      db: ctx.app.db,
      user: me,
      unitIds: [units.main],
      today: '2033-02-20',
      scope: 'mine',
    });
    expect(interim.filter((i) => i.clientId === clientId).map((i) => [i.kind, i.dueDate])).toEqual([
      ['work-activity.interim-evaluation', '2033-03-01'],
    ]);
    const end = await provider({ db: ctx.app.db, user: me, unitIds: [units.main], today: '2033-05-20', scope: 'mine' });
    expect(end.filter((i) => i.clientId === clientId).map((i) => i.kind)).toEqual([
      'work-activity.interim-evaluation',
      'work-activity.end',
    ]);
    const other = await provider({
      db: ctx.app.db,
      user: { ...me, id: await userId(ctx, 'sosiaalityontekija') },
      unitIds: [units.main],
      today: '2033-05-20',
      scope: 'mine',
    });
    expect(other.some((i) => i.clientId === clientId)).toBe(false);
  });
});
