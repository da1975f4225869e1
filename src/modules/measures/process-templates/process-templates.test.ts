import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { demoUnits, newClient, userId } from '../testing.js';
import { myWorkProviders } from '../../client-work/index.js';
import { addMonths, processStatus, stepDueDates, YOUTH_TEMPLATE } from './process.js';

describe('process rules (pure)', () => {
  it('one month and two months are calendar months, clamped to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
  });
  it('assessment: ≥4 contacts of which ≥2 face to face within a month; appointment within 7 working days', () => {
    const rules = YOUTH_TEMPLATE.rules;
    const p = { startedOn: '2026-03-02', requestedAppointmentOn: '2026-03-02', endedOn: null };
    const three = [
      { date: '2026-03-05', kind: 'face-to-face' as const },
      { date: '2026-03-10', kind: 'phone' as const },
      { date: '2026-03-20', kind: 'network' as const },
    ];
    expect(processStatus(p, three, rules)).toMatchObject({
      assessmentDue: '2026-04-02',
      contactsInWindow: 3,
      faceToFaceInWindow: 1,
      assessmentRuleMet: false,
      appointmentDue: '2026-03-11',
      appointmentMet: true,
    });
    expect(processStatus(p, [...three, { date: '2026-03-30', kind: 'face-to-face' }], rules).assessmentRuleMet).toBe(
      true,
    );
    expect(processStatus(p, [...three, { date: '2026-04-03', kind: 'face-to-face' }], rules).assessmentRuleMet).toBe(
      false,
    );
    // A requested appointment over Easter: Thu 2.4.2026 + 7 working days (3.4 and 6.4 are holidays): 7.–10.4, 13.–15.4.
    expect(processStatus({ ...p, requestedAppointmentOn: '2026-04-02' }, [], rules).appointmentDue).toBe('2026-04-15');
    expect(processStatus({ ...p, endedOn: '2026-06-15' }, [], rules).followUpDue).toBe('2026-08-17');
    expect(stepDueDates('2026-03-02', YOUTH_TEMPLATE.steps, rules).map((s) => s.dueDate)).toEqual([
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
  });
});

describe('process templates API', () => {
  let ctx: TestContext;
  let worker: Agent;
  let units: { main: string; other: string };
  beforeAll(async () => {
    ctx = await createTestApp();
    worker = await ctx.login('sosiaalityontekija');
    units = await demoUnits(ctx);
  });
  afterAll(() => ctx.close());

  it('applies the youth template: checklist with deadlines, contacts, end and follow-up, on My work', async () => {
    const templates = (await worker.get('/api/process-templates')).json().templates;
    const youth = templates.find((t: { ageMin: number }) => t.ageMin === 18);
    expect(youth.steps).toHaveLength(4);
    const clientId = await newClient(ctx, units.main, 'Nuori', 'Aikuinen');
    const base = `/api/clients/${clientId}/processes`;
    // The workers the team can assign come with the client's processes: the unit's social workers and counsellors.
    const listed = (await worker.get(base)).json();
    const workerIds = listed.workers.map((w: { id: string }) => w.id);
    expect(workerIds).toContain(await userId(ctx, 'sosiaaliohjaaja'));
    expect(workerIds).not.toContain(await userId(ctx, 'etuuskasittelija'));
    expect(workerIds).not.toContain(await userId(ctx, 'sosiaalityontekija2'));
    expect(listed.permittedActions).toContain('clientProcess.write');
    const badWorker = await worker.post(base, {
      templateId: youth.id,
      workerId: await userId(ctx, 'etuuskasittelija'),
      assignedByTeamOn: '2026-03-02',
      startedOn: '2026-03-02',
    });
    expect(badWorker.json().error.fields[0].path).toBe('workerId');
    const ohjaajaId = await userId(ctx, 'sosiaaliohjaaja');
    const created = await worker.post(base, {
      templateId: youth.id,
      workerId: ohjaajaId,
      assignedByTeamOn: '2026-03-02',
      startedOn: '2026-03-02',
      requestedAppointmentOn: '2026-03-02',
    });
    expect(created.statusCode).toBe(201);
    const p = created.json().process;
    expect(p.checklist.map((c: { dueDate: string }) => c.dueDate)).toEqual([
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    expect(p.status).toMatchObject({ assessmentRuleMet: false, appointmentDue: '2026-03-11', appointmentMet: false });

    // My work of the assigned worker lists the due items (today = the start day).
    const [, provider] = myWorkProviders().find(([name]) => name === 'process-templates')!;
    const me = {
      id: ohjaajaId,
      username: 'sosiaaliohjaaja',
      displayName: 'x',
      language: 'fi' as const,
      clientId: null,
      totpEnabled: false,
      roles: [{ unitId: units.main, role: 'sosiaaliohjaaja' as const }],
    };
    const items = await provider({
      db: ctx.app.db,
      user: me,
      unitIds: [units.main],
      today: '2026-03-02',
      scope: 'mine',
    });
    const kinds = items.filter((i) => i.clientId === clientId).map((i) => i.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['process.step.mapping', 'process.step.goals', 'process.appointment']),
    );
    const other = await provider({
      db: ctx.app.db,
      user: { ...me, id: await userId(ctx, 'sosiaalityontekija') },
      unitIds: [units.main],
      today: '2026-03-02',
      scope: 'mine',
    });
    expect(other.some((i) => i.clientId === clientId)).toBe(false);

    for (const [date, kind] of [
      ['2026-03-04', 'face-to-face'],
      ['2026-03-10', 'phone'],
      ['2026-03-17', 'network'],
      ['2026-03-24', 'face-to-face'],
    ] as const)
      await worker.post(`${base}/${p.id}/contacts`, { date, kind });
    const done = await worker.post(`${base}/${p.id}/steps/mapping/done`, { date: '2026-03-04' });
    expect(done.json().process.status).toMatchObject({
      assessmentRuleMet: true,
      contactsInWindow: 4,
      faceToFaceInWindow: 2,
      appointmentMet: true,
    });
    expect(done.json().process.checklist[0].doneOn).toBe('2026-03-04');
    expect(
      (await worker.post(`${base}/${p.id}/follow-up`, { date: '2026-09-01', version: p.version })).json().error
        .fields[0].path,
    ).toBe('date');
    const ended = await worker.post(`${base}/${p.id}/end`, { endedOn: '2026-06-15', version: p.version });
    expect(ended.json().process.status.followUpDue).toBe('2026-08-17');
    const after = await provider({
      db: ctx.app.db,
      user: me,
      unitIds: [units.main],
      today: '2026-08-10',
      scope: 'mine',
    });
    expect(after.filter((i) => i.clientId === clientId).map((i) => i.kind)).toEqual(['process.follow-up']);
    await worker.post(`${base}/${p.id}/follow-up`, { date: '2026-08-17', version: p.version + 1 });
    const closed = await provider({
      db: ctx.app.db,
      user: me,
      unitIds: [units.main],
      today: '2026-08-20',
      scope: 'mine',
    });
    expect(closed.some((i) => i.clientId === clientId)).toBe(false);
  });

  it('a template is data: another age group reuses it with its own numbers', async () => {
    const manager = await ctx.login('esihenkilo');
    const res = await manager.post('/api/process-templates', {
      name: 'Aikuisten palveluprosessi 25–29',
      ageMin: 25,
      ageMax: 29,
      rules: { ...YOUTH_TEMPLATE.rules, minContacts: 3 },
      steps: YOUTH_TEMPLATE.steps,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().template.rules.minContacts).toBe(3);
    expect(
      (
        await manager.post('/api/process-templates', {
          name: 'Aikuisten palveluprosessi 25–29',
          rules: YOUTH_TEMPLATE.rules,
          steps: YOUTH_TEMPLATE.steps,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await worker.post('/api/process-templates', {
          name: 'X',
          rules: YOUTH_TEMPLATE.rules,
          steps: [YOUTH_TEMPLATE.steps[0], YOUTH_TEMPLATE.steps[0]],
        })
      ).json().error.fields[0].path,
    ).toBe('steps');
    const ohjaaja = await ctx.login('sosiaaliohjaaja');
    expect(
      (
        await ohjaaja.post('/api/process-templates', {
          name: 'Y',
          rules: YOUTH_TEMPLATE.rules,
          steps: YOUTH_TEMPLATE.steps,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('denies client processes to other units, the benefit handler and the administrator', async () => {
    const clientId = await newClient(ctx, units.main);
    for (const u of ['sosiaalityontekija2', 'etuuskasittelija', 'yllapitaja', 'kokemusasiantuntija']) {
      const a = await ctx.login(u);
      expect((await a.get(`/api/clients/${clientId}/processes`)).statusCode, u).toBe(403);
    }
  });
});
