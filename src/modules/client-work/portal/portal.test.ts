// Client portal: the client sees and shapes only their own plan; the viewing log names workers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { completeContent, ids, makeClient } from '../client-plan/testing.js';
import { addMonths } from '../../../domain/deadlines/index.js';
import { fixedClock } from '../../../domain/clock/index.js';
import { describeAction } from './service.js';

let ctx: TestContext;
let sw: Agent;
let client: Agent;
let env: Awaited<ReturnType<typeof ids>>;
let ownClientId: string;
let otherClientId: string;
// The app's clock stands still: upcoming meetings and review dates follow it.
const today = '2027-03-01';

async function planFor(clientId: string, goals: string[]) {
  const content = {
    ...completeContent(),
    goals: goals.map((title) => ({ id: crypto.randomUUID(), title, status: 'open' })),
  };
  const existing = (await sw.get(`/api/clients/${clientId}/plans`)).json().plans[0];
  if (existing) {
    // The demo data may already have given this client a plan: review it into a new version.
    const draftInfo = existing.versions.find((v: { status: string }) => v.status === 'draft');
    const draft = draftInfo
      ? (await sw.get(`/api/clients/${clientId}/plans/${existing.id}/versions/${draftInfo.id}`)).json().version
      : (
          await sw.post(`/api/clients/${clientId}/plans/${existing.id}/versions`, { reviewDate: addMonths(today, 6) })
        ).json().version;
    const saved = (
      await sw.put(`/api/clients/${clientId}/plans/${existing.id}/versions/${draft.id}`, {
        reviewDate: addMonths(today, 6),
        content,
        version: draft.version,
      })
    ).json().version;
    expect(
      (
        await sw.post(`/api/clients/${clientId}/plans/${existing.id}/versions/${draft.id}/accept`, {
          version: saved.version,
        })
      ).statusCode,
    ).toBe(200);
    return;
  }
  const created = (
    await sw.post(`/api/clients/${clientId}/plans`, { reviewDate: addMonths(today, 6), content })
  ).json();
  expect(
    (
      await sw.post(`/api/clients/${clientId}/plans/${created.plan.id}/versions/${created.version.id}/accept`, {
        version: created.version.version,
      })
    ).statusCode,
  ).toBe(200);
}

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock(today) });
  env = await ids(ctx.database.db);
  sw = await ctx.login('sosiaalityontekija');
  client = await ctx.login('asiakas');
  ownClientId = env.demoClientId;
  const db = ctx.database.db;
  const nw = await db
    .selectFrom('named_worker_assignment')
    .select('id')
    .where('client_id', '=', ownClientId)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
  if (!nw)
    await db
      .insertInto('named_worker_assignment')
      .values({
        client_id: ownClientId,
        worker_id: env.users.sosiaalityontekija,
        status: 'assigned',
        assigned_on: '2026-01-05',
      } as never)
      .execute();
  await db
    .updateTable('app_user')
    .set({ phone: '040 123 4567' })
    .where('id', '=', env.users.sosiaalityontekija)
    .execute();
  await planFor(ownClientId, ['Oma kolmas tavoite A', 'Oma tavoite B']);
  otherClientId = await makeClient(db, env.mainUnitId, {
    first: 'Toinen',
    last: 'Asiakas',
    workerId: env.users.sosiaalityontekija,
  });
  await planFor(otherClientId, ['Toisen asiakkaan salainen tavoite']);
});
afterAll(async () => ctx?.close());

describe('client portal', () => {
  it('shows the client their own plan in force and nothing of another client', async () => {
    const res = await client.get('/api/portal/plan');
    expect(res.statusCode).toBe(200);
    const plan = res.json().plan;
    expect(plan.goals.map((g: { title: string }) => g.title)).toEqual(['Oma kolmas tavoite A', 'Oma tavoite B']);
    expect(res.body).not.toContain('salainen');
    // The staff routes stay closed to the client, for their own and for another client.
    expect((await client.get(`/api/clients/${otherClientId}/plans`)).statusCode).toBe(403);
    expect((await client.get(`/api/clients/${ownClientId}/plans`)).statusCode).toBe(403);
  });

  it('the client marks their own view on a goal (version check), and the worker sees it', async () => {
    const plan = (await client.get('/api/portal/plan')).json().plan;
    const goal = plan.goals[0];
    const res = await client.put(`/api/portal/plan/goals/${goal.id}`, {
      clientMark: 'some-progress',
      clientView: 'Olen maksanut kaksi laskua.',
      version: plan.version,
    });
    expect(res.statusCode).toBe(200);
    const stale = await client.put(`/api/portal/plan/goals/${goal.id}`, {
      clientMark: 'not-yet',
      clientView: 'x',
      version: plan.version,
    });
    expect(stale.statusCode).toBe(409);
    const staff = (await sw.get(`/api/clients/${ownClientId}/plans`)).json().plans[0];
    const v = (await sw.get(`/api/clients/${ownClientId}/plans/${staff.id}/versions/${staff.currentVersionId}`)).json()
      .version;
    expect(v.content.goals[0]).toMatchObject({
      clientMark: 'some-progress',
      clientView: 'Olen maksanut kaksi laskua.',
    });
  });

  it('a goal of another client cannot be marked', async () => {
    const staff = (await sw.get(`/api/clients/${otherClientId}/plans`)).json().plans[0];
    const v = (
      await sw.get(`/api/clients/${otherClientId}/plans/${staff.id}/versions/${staff.currentVersionId}`)
    ).json().version;
    const own = (await client.get('/api/portal/plan')).json().plan;
    const res = await client.put(`/api/portal/plan/goals/${v.content.goals[0].id}`, {
      clientMark: 'going-well',
      clientView: 'x',
      version: own.version,
    });
    expect(res.statusCode).toBe(404);
  });

  it('the client writes their own view into the draft before the meeting', async () => {
    expect((await client.put('/api/portal/plan/preparation', { text: 'x', version: 1 })).statusCode).toBe(409);
    const staff = (await sw.get(`/api/clients/${ownClientId}/plans`)).json().plans[0];
    const draft = (
      await sw.post(`/api/clients/${ownClientId}/plans/${staff.id}/versions`, { reviewDate: addMonths(today, 12) })
    ).json().version;
    const portal = (await client.get('/api/portal/plan')).json();
    expect(portal.draft.versionId).toBe(draft.id);
    const res = await client.put('/api/portal/plan/preparation', {
      text: 'Haluan puhua asumisesta.',
      version: portal.draft.version,
    });
    expect(res.statusCode).toBe(200);
    const seen = (await sw.get(`/api/clients/${ownClientId}/plans/${staff.id}/versions/${draft.id}`)).json().version;
    expect(seen.clientPreparation).toBe('Haluan puhua asumisesta.');
  });

  it('shows upcoming meetings and the named worker’s contact details', async () => {
    await sw.post(`/api/clients/${ownClientId}/meetings`, {
      date: addMonths(today, 1),
      time: '13:30',
      kind: 'face-to-face',
      location: 'Keskustan toimisto',
    });
    const m = (await client.get('/api/portal/meetings')).json();
    expect(
      m.upcoming.some(
        (x: { time: string; location: string }) => x.time === '13:30' && x.location === 'Keskustan toimisto',
      ),
    ).toBe(true);
    const w = (await client.get('/api/portal/worker')).json().worker;
    expect(w).toMatchObject({
      name: 'Sanna Sosiaalityöntekijä',
      phone: '040 123 4567',
      unitName: 'Aikuissosiaalityö, Keskusta',
    });
  });

  it('who has viewed my data: names and roles of workers, no internal ids, not the client themself', async () => {
    const res = await client.get('/api/portal/access-log');
    expect(res.statusCode).toBe(200);
    const entries = res.json().entries as { who: string; role: string; what: string }[];
    const sanna = entries.find((e) => e.who === 'Sanna Sosiaalityöntekijä' && e.what === 'sinun suunnitelmasi');
    expect(sanna?.role).toBe('Sosiaalityöntekijä');
    expect(entries.some((e) => e.who === 'Aino Asiakas')).toBe(false);
    expect(res.body).not.toContain(env.users.sosiaalityontekija);
  });

  it('downloads the plan as PDF and reads it and the viewing log as plain HTML without JavaScript', async () => {
    const pdf = await client.get('/api/portal/plan/pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const page = await client.get('/asiointi/suunnitelma');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Sinun suunnitelmasi</h1>');
    expect(page.body).toContain('Oma kolmas tavoite A');
    expect(page.body).toContain('040 123 4567');
    expect(page.body).not.toContain('<script');
    const log = await client.get('/asiointi/katselut?lang=en');
    expect(log.body).toContain('Who has viewed my data');
    expect(log.body).toContain('Sanna Sosiaalityöntekijä');
    // Without a session the browser is sent to log in.
    const anon = await ctx.anonymous.get('/asiointi/suunnitelma');
    expect(anon.statusCode).toBe(303);
    expect(anon.headers.location).toBe('/kirjaudu?next=%2Fasiointi%2Fsuunnitelma');
  });

  it('names what a worker touched in words the client understands, whatever the event’s name', () => {
    expect(describeAction('plan.print', 'fi', true)).toBe('tulosti suunnitelmasi');
    expect(describeAction('plan.accept', 'en', false)).toBe('client plan');
    expect(describeAction('myWork.read', 'fi', false)).toBe('työntekijän työlista');
    expect(describeAction('task.complete', 'sv', false)).toBe('den anställdas arbetslista');
    expect(describeAction('authorityRequest.read', 'en', false)).toBe('requests to other authorities');
    expect(describeAction('namedWorker.write', 'fi', true)).toBe('sinun työntekijäsi');
    expect(describeAction('client.identity.reveal', 'en', false)).toBe('basic details');
    expect(describeAction('somethingNew.read', 'en', false)).toBe('client information');
  });

  it('a stale save of the thoughts answers 409 and keeps what was saved', async () => {
    const portal = (await client.get('/api/portal/plan')).json();
    const res = await client.put('/api/portal/plan/preparation', { text: 'Vanha', version: portal.draft.version - 1 });
    expect(res.statusCode).toBe(409);
    expect((await client.get('/api/portal/plan')).json().draft.clientPreparation).toBe('Haluan puhua asumisesta.');
  });

  it('staff cannot use the portal API', async () => {
    for (const u of ['sosiaalityontekija', 'yllapitaja']) {
      expect((await (await ctx.login(u)).get('/api/portal/plan')).statusCode).toBe(403);
    }
    expect((await ctx.anonymous.get('/api/portal/plan')).statusCode).toBe(401);
  });
});
