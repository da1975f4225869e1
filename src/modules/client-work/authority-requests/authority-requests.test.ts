import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { fixedClock } from '../../../domain/clock/index.js';
import { deadline } from '../../../domain/calendar/index.js';
import { authorityRequestItems } from '../clients/my-work.js';

/** The app's today: "not in the future", defaults and deadlines are counted from it. */
const TODAY = '2027-03-01';
let ctx: TestContext;
let sw: Agent;
let clientId: string;

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock(TODAY) });
  sw = await ctx.login('sosiaalityontekija');
  clientId = (await sw.post('/api/clients', { firstName: 'Pyyntö', lastName: 'Asiakas' })).json().client.id;
});
afterAll(async () => ctx?.close());

describe('requests to other authorities (SHL 41 §)', () => {
  it('goes request → answer → contribution with a due date and shows on My work while open', async () => {
    const today = TODAY;
    const created = await sw.post(`/api/clients/${clientId}/authority-requests`, {
      authority: 'Työllisyyspalvelut',
      authorityKind: 'employment',
      purpose: 'assessment',
      requestText: 'Osallistukaa arviointiin',
      sharedInformation: 'Nimi ja yhteystiedot',
      sentOn: today,
    });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json().request;
    expect(r).toMatchObject({ status: 'sent', dueDate: deadline(today, 14) });

    const db = ctx.database.db;
    const user = await db
      .selectFrom('app_user')
      .select(['id', 'username'])
      .where('username', '=', 'sosiaalityontekija')
      .executeTakeFirstOrThrow();
    const unitId = (
      await db.selectFrom('client').select('unit_id').where('id', '=', clientId).executeTakeFirstOrThrow()
    ).unit_id;
    const q = {
      db,
      user: { ...user, displayName: '', language: 'fi' as const, clientId: null, totpEnabled: false, roles: [] },
      unitIds: [unitId],
      today,
      scope: 'mine' as const,
    };
    expect((await authorityRequestItems(q)).find((i) => i.clientId === clientId)?.dueDate).toBe(r.dueDate);

    const noAnswer = await sw.patch(`/api/clients/${clientId}/authority-requests/${r.id}`, {
      version: r.version,
      status: 'answered',
    });
    expect(noAnswer.statusCode).toBe(400);
    expect(noAnswer.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['answer', 'answeredOn']);
    const skip = await sw.patch(`/api/clients/${clientId}/authority-requests/${r.id}`, {
      version: r.version,
      status: 'contributed',
      answer: 'a',
      answeredOn: today,
    });
    expect(skip.statusCode).toBe(400);

    const answered = await sw.patch(`/api/clients/${clientId}/authority-requests/${r.id}`, {
      version: r.version,
      status: 'answered',
      answer: 'Osallistumme',
      answeredOn: today,
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await authorityRequestItems(q)).some((i) => i.clientId === clientId)).toBe(false);
    const stale = await sw.patch(`/api/clients/${clientId}/authority-requests/${r.id}`, {
      version: r.version,
      contribution: 'x',
    });
    expect(stale.statusCode).toBe(409);
    const noContribution = await sw.patch(`/api/clients/${clientId}/authority-requests/${r.id}`, {
      version: answered.json().request.version,
      status: 'contributed',
    });
    expect(noContribution.json().error.fields[0].path).toBe('contribution');
    const done = await sw.patch(`/api/clients/${clientId}/authority-requests/${r.id}`, {
      version: answered.json().request.version,
      status: 'contributed',
      contribution: 'Työkykyarvio liitetty',
    });
    expect(done.json().request.status).toBe('contributed');
  });

  it('refuses a due date before the date sent', async () => {
    const res = await sw.post(`/api/clients/${clientId}/authority-requests`, {
      authority: 'Kela',
      authorityKind: 'kela',
      purpose: 'plan',
      sentOn: '2026-01-10',
      dueDate: '2026-01-09',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('dueDate');
  });

  it('denies the benefit handler and another unit', async () => {
    for (const u of ['etuuskasittelija', 'sosiaalityontekija2', 'kokemusasiantuntija', 'yllapitaja']) {
      const agent = await ctx.login(u);
      expect((await agent.get(`/api/clients/${clientId}/authority-requests`)).statusCode, u).toBe(403);
    }
  });
});
