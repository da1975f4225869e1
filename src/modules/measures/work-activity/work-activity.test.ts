import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { demoUnits, newClient, userId } from './test-helpers.js';
import { myWorkProviders } from '../../client-work/index.js';

let ctx: TestContext;
let ohjaaja: Agent;
let units: { main: string; other: string };
let providerId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  ohjaaja = await ctx.login('sosiaaliohjaaja');
  units = await demoUnits(ctx);
  const res = await ohjaaja.get('/api/work-activity/providers');
  providerId = res.json().providers.find((p: { name: string }) => p.name === 'Työpaja Verstas').id;
});
afterAll(() => ctx.close());

async function pathWithAgreement(clientId: string, start = '2026-03-02', end = '2026-05-29') {
  const p = (await ohjaaja.post(`/api/work-activity/clients/${clientId}/paths`, {})).json().path;
  await ohjaaja.post(`/api/work-activity/clients/${clientId}/paths/${p.id}/steps`, {
    kind: 'situation-assessment',
    date: '2026-02-10',
    summary: 'Kokonaisvaltainen tilannearvio tehty.',
  });
  const ap = await ohjaaja.post(`/api/work-activity/clients/${clientId}/paths/${p.id}/steps`, {
    kind: 'activation-plan',
    date: '2026-02-17',
    employmentWorker: 'TE-asiantuntija Testi',
    need: 'Arjen rytmi ja työkyvyn arviointi',
    suitablePlacement: 'Puutyöt',
  });
  expect(ap.statusCode).toBe(201);
  const ag = await ohjaaja.post(`/api/work-activity/clients/${clientId}/paths/${p.id}/agreements`, {
    providerId,
    startDate: start,
    endDate: end,
    daysPerWeek: 3,
    hoursPerDay: 5,
    goals: 'Säännöllinen päivärytmi',
    tasks: 'Puutyöt',
    interimEvaluationDate: start,
  });
  expect(ag.statusCode, ag.body).toBe(201);
  return { pathId: p.id as string, agreementId: ag.json().agreement.id as string };
}

describe('providers register', () => {
  it('lists the demo providers and adds one; a duplicate name is a field error', async () => {
    const list = await ohjaaja.get('/api/work-activity/providers');
    expect(list.json().providers.length).toBeGreaterThanOrEqual(4);
    const created = await ohjaaja.post('/api/work-activity/providers', {
      name: 'Testipaja',
      capacity: 3,
      publicTransport: 'Bussi 9',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().provider).toMatchObject({
      name: 'Testipaja',
      capacity: 3,
      isActive: true,
      activeAgreements: 0,
    });
    const dup = await ohjaaja.post('/api/work-activity/providers', { name: 'Testipaja' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields[0].path).toBe('name');
  });

  it('edits with a version check (409 on a stale version)', async () => {
    const p = (await ohjaaja.post('/api/work-activity/providers', { name: 'Versiopaja' })).json().provider;
    const ok = await ohjaaja.patch(`/api/work-activity/providers/${p.id}`, { isActive: false, version: p.version });
    expect(ok.json().provider.isActive).toBe(false);
    const stale = await ohjaaja.patch(`/api/work-activity/providers/${p.id}`, { isActive: true, version: p.version });
    expect(stale.statusCode).toBe(409);
  });

  it('is closed to the benefit handler and the expert by experience', async () => {
    for (const u of ['etuuskasittelija', 'kokemusasiantuntija']) {
      const a = await ctx.login(u);
      expect((await a.get('/api/work-activity/providers')).statusCode).toBe(403);
    }
  });
});

describe('the path', () => {
  it('moves through the phases and ends with a coded reason; the end closes the agreement', async () => {
    const clientId = await newClient(ctx, units.main);
    const p = (await ohjaaja.post(`/api/work-activity/clients/${clientId}/paths`, {})).json().path;
    expect(p.phase).toBeNull();
    const base = `/api/work-activity/clients/${clientId}/paths/${p.id}`;
    const early = await ohjaaja.post(`${base}/agreements`, {
      providerId,
      startDate: '2026-03-02',
      endDate: '2026-05-29',
      daysPerWeek: 3,
      hoursPerDay: 5,
      goals: 'x',
    });
    expect(early.statusCode).toBe(400); // activation plan first
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
    const badCode = await ohjaaja.post(`/api/work-activity/clients/${clientId}/paths`, {});
    const badEnd = await ohjaaja.post(`/api/work-activity/clients/${clientId}/paths/${badCode.json().path.id}/steps`, {
      kind: 'end',
      date: '2026-05-29',
      endType: 'ended',
      reasonCode: 'bored',
      finalEvaluation: 'x',
      followOnPlan: 'y',
    });
    expect(badEnd.statusCode).toBe(400);
  });

  it('writes every read and write to the use log', async () => {
    const clientId = await newClient(ctx, units.main);
    await pathWithAgreement(clientId);
    await ohjaaja.get(`/api/work-activity/clients/${clientId}/paths`);
    const rows = await ctx.app.db.selectFrom('audit_log').select('action').where('client_id', '=', clientId).execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'workActivity.path.create',
        'workActivity.step.activation-plan',
        'workActivity.agreement.create',
        'workActivity.read',
      ]),
    );
  });

  it('denies other units, the benefit handler and the administrator (403, logged)', async () => {
    const clientId = await newClient(ctx, units.main);
    for (const u of ['sosiaalityontekija2', 'yllapitaja', 'etuuskasittelija', 'kokemusasiantuntija', 'tyotoiminta']) {
      const a = await ctx.login(u);
      expect((await a.get(`/api/work-activity/clients/${clientId}/paths`)).statusCode, u).toBe(403);
      expect((await a.post(`/api/work-activity/clients/${clientId}/paths`, {})).statusCode, u).toBe(403);
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
    expect((await esihenkilo.get(`/api/work-activity/clients/${clientId}/paths`)).statusCode).toBe(200);
    expect((await esihenkilo.post(`/api/work-activity/clients/${clientId}/paths`, {})).statusCode).toBe(403);
  });

  it('a path id of another client is not found', async () => {
    const a = await newClient(ctx, units.main);
    const b = await newClient(ctx, units.main);
    const { pathId } = await pathWithAgreement(a);
    const res = await ohjaaja.post(`/api/work-activity/clients/${b}/paths/${pathId}/steps`, {
      kind: 'situation-assessment',
      date: '2026-02-10',
      summary: 'x',
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('attendance', () => {
  it('records days and hours; an absence creates a task for the counsellor, closed when TE is informed', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(clientId);
    const base = `/api/work-activity/clients/${clientId}/agreements/${agreementId}/attendance`;
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
      `/api/work-activity/clients/${clientId}/attendance/${absence.json().id}/te-informed`,
      {},
    );
    expect(te.statusCode).toBe(200);
    const done = await ctx.app.db
      .selectFrom('task')
      .select('done_at')
      .where('id', '=', absence.json().taskId)
      .executeTakeFirstOrThrow();
    expect(done.done_at).not.toBeNull();
  });

  it('changing a day needs the current version (409 otherwise)', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(clientId);
    const url = `/api/work-activity/clients/${clientId}/agreements/${agreementId}/attendance/2026-03-10`;
    await ohjaaja.put(url, { attended: true, hours: 5 });
    expect((await ohjaaja.put(url, { attended: true, hours: 4 })).statusCode).toBe(409);
    expect((await ohjaaja.put(url, { attended: true, hours: 4, version: 1 })).statusCode).toBe(200);
    expect((await ohjaaja.put(url, { attended: true, hours: 4, version: 1 })).statusCode).toBe(409);
  });
});

describe('provider account', () => {
  it('sees only its own provider’s agreements, with first name and initial only, and enters attendance', async () => {
    const clientId = await newClient(ctx, units.main, 'Pirkko', 'Polkunen');
    const { agreementId } = await pathWithAgreement(clientId);
    // An agreement with another provider is invisible.
    const other = await newClient(ctx, units.main, 'Matti', 'Muualla');
    const otherProvider = (await ohjaaja.get('/api/work-activity/providers'))
      .json()
      .providers.find((p: { name: string }) => p.name === 'Kunnan puistotoimi').id;
    const op = (await ohjaaja.post(`/api/work-activity/clients/${other}/paths`, {})).json().path;
    await ohjaaja.post(`/api/work-activity/clients/${other}/paths/${op.id}/steps`, {
      kind: 'activation-plan',
      date: '2026-02-17',
      employmentWorker: 'TE',
      need: 'x',
      suitablePlacement: 'y',
    });
    const otherAg = (
      await ohjaaja.post(`/api/work-activity/clients/${other}/paths/${op.id}/agreements`, {
        providerId: otherProvider,
        startDate: '2026-03-02',
        endDate: '2026-05-29',
        daysPerWeek: 2,
        hoursPerDay: 4,
        goals: 'x',
      })
    ).json().agreement;

    const provider = await ctx.login('tyotoiminta');
    const me = await provider.get('/api/work-activity/provider/me');
    expect(me.json().providers).toEqual([{ id: providerId, name: 'Työpaja Verstas' }]);
    const list = await provider.get('/api/work-activity/provider/agreements');
    expect(list.statusCode).toBe(200);
    const mine = list.json().agreements.find((a: { id: string }) => a.id === agreementId);
    expect(mine.participant).toBe('Pirkko P.');
    expect(JSON.stringify(list.json())).not.toContain('Polkunen');
    expect(JSON.stringify(list.json())).not.toContain(clientId);
    expect(JSON.stringify(list.json())).not.toContain('Päivärytmi'); // goals stay with the counsellor
    expect(list.json().agreements.some((a: { id: string }) => a.id === otherAg.id)).toBe(false);

    const put = await provider.put(`/api/work-activity/provider/agreements/${agreementId}/attendance/2026-03-05`, {
      attended: false,
      absenceReason: 'sick',
    });
    expect(put.statusCode).toBe(200);
    const task = await ctx.app.db
      .selectFrom('task')
      .select(['assignee_id', 'kind'])
      .where('source_id', '=', put.json().id)
      .executeTakeFirstOrThrow();
    expect(task).toEqual({ assignee_id: await userId(ctx, 'sosiaaliohjaaja'), kind: 'work-activity.absence' });

    expect((await provider.get(`/api/work-activity/provider/agreements/${otherAg.id}/attendance`)).statusCode).toBe(
      403,
    );
    expect(
      (
        await provider.put(`/api/work-activity/provider/agreements/${otherAg.id}/attendance/2026-03-05`, {
          attended: true,
          hours: 4,
        })
      ).statusCode,
    ).toBe(403);
    expect((await provider.get(`/api/work-activity/clients/${clientId}/paths`)).statusCode).toBe(403);
    expect((await provider.get('/api/work-activity/providers')).statusCode).toBe(403);
    expect((await provider.get('/api/work-activity/allowances?month=2026-03')).statusCode).toBe(403);
  });

  it('a staff member who is not linked to the provider gets 403 in the provider portal', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(clientId);
    const res = await ohjaaja.get(`/api/work-activity/provider/agreements/${agreementId}/attendance`);
    expect(res.statusCode).toBe(403);
    expect((await ohjaaja.get('/api/work-activity/provider/agreements')).json().agreements).toEqual([]);
    expect((await ohjaaja.get('/api/work-activity/provider/me')).json().providers).toEqual([]);
  });
});

describe('expense allowance', () => {
  it('lists attended days × rate in cents per client, follows the organisation rate, exports CSV', async () => {
    const clientId = await newClient(ctx, units.main, 'Kalle', 'Korvaus');
    const { agreementId } = await pathWithAgreement(clientId, '2026-07-01', '2026-09-30');
    const base = `/api/work-activity/clients/${clientId}/agreements/${agreementId}/attendance`;
    await ohjaaja.put(`${base}/2026-07-01`, { attended: true, hours: 5 });
    await ohjaaja.put(`${base}/2026-07-02`, { attended: true, hours: 4.5 });
    await ohjaaja.put(`${base}/2026-07-03`, { attended: false, absenceReason: 'own-matter' });
    await ohjaaja.put(`${base}/2026-08-03`, { attended: true, hours: 5 });
    const list = (await ohjaaja.get('/api/work-activity/allowances?month=2026-07')).json();
    expect(list.rateCents).toBe(900);
    const row = list.rows.find((r: { clientId: string }) => r.clientId === clientId);
    expect(row).toEqual({ clientId, clientName: 'Korvaus Kalle', attendedDays: 2, hours: 9.5, cents: 1800 });

    const esihenkilo = await ctx.login('esihenkilo');
    expect((await ohjaaja.put('/api/work-activity/settings', { allowanceCents: 1000, version: 0 })).statusCode).toBe(
      403,
    );
    const set = await esihenkilo.put('/api/work-activity/settings', { allowanceCents: 1050, version: 0 });
    expect(set.json()).toEqual({ allowanceCents: 1050, version: 1 });
    expect((await esihenkilo.put('/api/work-activity/settings', { allowanceCents: 1100, version: 0 })).statusCode).toBe(
      409,
    );
    const again = (await ohjaaja.get('/api/work-activity/allowances?month=2026-07')).json();
    expect(again.rows.find((r: { clientId: string }) => r.clientId === clientId).cents).toBe(2100);

    const csv = await ohjaaja.get('/api/work-activity/allowances.csv?month=2026-07');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Korvaus Kalle;');
    expect(csv.body).toContain(';2;9,5;10,50;21,00;2100');
    await esihenkilo.put('/api/work-activity/settings', { allowanceCents: 900, version: 1 });
  });

  it('does not list clients of units the user does not work in', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(clientId, '2026-07-01', '2026-09-30');
    await ohjaaja.put(`/api/work-activity/clients/${clientId}/agreements/${agreementId}/attendance/2026-07-06`, {
      attended: true,
      hours: 5,
    });
    const other = await ctx.login('sosiaalityontekija2');
    const res = (await other.get('/api/work-activity/allowances?month=2026-07')).json();
    expect(res.rows.some((r: { clientId: string }) => r.clientId === clientId)).toBe(false);
  });
});

describe('My work', () => {
  it('lists the interim evaluation and the end of an agreement for the path’s counsellor', async () => {
    const clientId = await newClient(ctx, units.main);
    await pathWithAgreement(clientId, '2033-03-01', '2033-05-31');
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

describe('client measures for the plan', () => {
  it('lists all measures of a client, filterable by plan, and denies other units', async () => {
    const clientId = await newClient(ctx, units.main);
    const planId = '22222222-2222-4222-8222-222222222222';
    const p = (await ohjaaja.post(`/api/work-activity/clients/${clientId}/paths`, { planId })).json().path;
    await ohjaaja.post(`/api/social-rehabilitation/clients/${clientId}/periods`, { startDate: '2026-02-02' });
    const all = (await ohjaaja.get(`/api/clients/${clientId}/measures`)).json().measures;
    expect(all.map((m: { kind: string }) => m.kind).sort()).toEqual(['social-rehabilitation', 'work-activity']);
    const linked = (await ohjaaja.get(`/api/clients/${clientId}/measures?planId=${planId}`)).json().measures;
    expect(linked).toEqual([expect.objectContaining({ kind: 'work-activity', id: p.id, planId })]);
    for (const u of ['sosiaalityontekija2', 'yllapitaja', 'etuuskasittelija', 'kokemusasiantuntija']) {
      const a = await ctx.login(u);
      expect((await a.get(`/api/clients/${clientId}/measures`)).statusCode, u).toBe(403);
    }
  });
});
