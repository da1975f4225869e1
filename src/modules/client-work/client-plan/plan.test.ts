// Client plan API: versions, completeness on accept, version conflicts, access denials, use log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { completeContent, ids, makeClient } from './testing.js';
import { addMonths } from '../../../domain/deadlines/index.js';
import { fixedClock } from '../../../domain/clock/index.js';

let ctx: TestContext;
let sw: Agent;
let clientId: string;
let env: Awaited<ReturnType<typeof ids>>;
// The app's clock stands still: review dates, "overdue" and the acceptance day follow it.
const today = '2027-03-01';
const inMonths = (n: number) => addMonths(today, n);

beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock(today) });
  env = await ids(ctx.database.db);
  sw = await ctx.login('sosiaalityontekija');
  clientId = await makeClient(ctx.database.db, env.mainUnitId, { workerId: env.users.sosiaalityontekija });
});
afterAll(async () => ctx?.close());

async function auditCount(action: string, cid = clientId, outcome = 'ok') {
  const r = await ctx.database.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('client_id', '=', cid)
    .where('action', '=', action)
    .where('outcome', '=', outcome as 'ok')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('client plan versions', () => {
  let planId: string;
  let v1: { id: string; version: number };

  it('starts a plan as draft version 1 and names every missing element', async () => {
    const res = await sw.post(`/api/clients/${clientId}/plans`, { reviewDate: inMonths(6) });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    planId = body.plan.id;
    v1 = body.version;
    expect(body.version.number).toBe(1);
    expect(body.version.status).toBe('draft');
    expect(body.version.missing.map((m: { element: number }) => m.element)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await auditCount('plan.create')).toBe(1);
  });

  it('a second plan for the same client is refused', async () => {
    const res = await sw.post(`/api/clients/${clientId}/plans`, { reviewDate: inMonths(6) });
    expect(res.statusCode).toBe(409);
  });

  it('accepting an incomplete draft fails with one field error per missing element, in the user’s language', async () => {
    const res = await sw.post(
      `/api/clients/${clientId}/plans/${planId}/versions/${v1.id}/accept`,
      { version: v1.version },
      { 'x-lang': 'sv' },
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields as { path: string; message: string }[];
    expect(fields).toHaveLength(9);
    expect(fields[5].path).toBe('content.goals');
    expect(fields[5].message).toContain('Gemensamt uppställda mål');
    const after = await sw.get(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`);
    expect(after.json().version.status).toBe('draft');
  });

  it('saves a draft with a version check: the second of two concurrent saves gets 409 and changes nothing', async () => {
    const first = await sw.put(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`, {
      reviewDate: inMonths(6),
      content: completeContent(),
      version: v1.version,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version.missing).toEqual([]);
    const stale = await sw.put(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`, {
      reviewDate: inMonths(3),
      content: { ...completeContent(), estimatedDuration: 'Toinen' },
      version: v1.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const now = (await sw.get(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`)).json().version;
    expect(now.content.estimatedDuration).toBe('Noin vuosi.');
    expect(now.reviewDate).toBe(inMonths(6));
    v1 = now;
  });

  it('bad input names the field and changes nothing', async () => {
    const res = await sw.put(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`, {
      reviewDate: '2026-02-30',
      content: { goals: [{ id: 'x', title: '' }] },
      version: v1.version,
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain('reviewDate');
    expect(paths).toContain('content.goals.0.title');
    expect((await sw.get(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`)).json().version.version).toBe(
      v1.version,
    );
  });

  it('a review date more than a year away is refused on accept', async () => {
    const far = await sw.put(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`, {
      reviewDate: inMonths(13),
      content: completeContent(),
      version: v1.version,
    });
    const res = await sw.post(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}/accept`, {
      version: far.json().version.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('reviewDate');
    v1 = far.json().version;
  });

  it('accept makes the draft the plan in force', async () => {
    const fixed = await sw.put(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`, {
      reviewDate: inMonths(6),
      content: completeContent(),
      version: v1.version,
    });
    const res = await sw.post(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}/accept`, {
      version: fixed.json().version.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().version.status).toBe('accepted');
    expect(res.json().version.acceptedByName).toBe('Sanna Sosiaalityöntekijä');
    const plans = (await sw.get(`/api/clients/${clientId}/plans`)).json().plans;
    expect(plans[0].currentVersionId).toBe(v1.id);
    expect(plans[0].currentReviewDate).toBe(inMonths(6));
    // An accepted version cannot be edited.
    const edit = await sw.put(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`, {
      reviewDate: inMonths(6),
      content: completeContent(),
      version: res.json().version.version,
    });
    expect(edit.statusCode).toBe(409);
    v1 = res.json().version;
  });

  it('a review creates version 2 copying the content; version 1 stays readable and unchanged', async () => {
    const res = await sw.post(`/api/clients/${clientId}/plans/${planId}/versions`, { reviewDate: inMonths(12) });
    expect(res.statusCode).toBe(201);
    const v2 = res.json().version;
    expect(v2.number).toBe(2);
    expect(v2.status).toBe('draft');
    expect(v2.content.goals.map((g: { title: string }) => g.title)).toEqual([
      'Vuokrarästit maksuun',
      'Päivärytmi kuntoon',
    ]);
    // Only one draft at a time.
    expect(
      (await sw.post(`/api/clients/${clientId}/plans/${planId}/versions`, { reviewDate: inMonths(12) })).statusCode,
    ).toBe(409);
    const content = {
      ...v2.content,
      goals: [...v2.content.goals, { id: crypto.randomUUID(), title: 'Uusi tavoite', status: 'open' }],
    };
    const saved = await sw.put(`/api/clients/${clientId}/plans/${planId}/versions/${v2.id}`, {
      reviewDate: inMonths(12),
      content,
      version: v2.version,
    });
    expect(saved.statusCode).toBe(200);
    const accepted = await sw.post(`/api/clients/${clientId}/plans/${planId}/versions/${v2.id}/accept`, {
      version: saved.json().version.version,
    });
    expect(accepted.statusCode).toBe(200);
    const old = (await sw.get(`/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`)).json().version;
    expect(old.status).toBe('superseded');
    expect(old.content.goals).toHaveLength(2);
    const list = (await sw.get(`/api/clients/${clientId}/plans/${planId}/versions`)).json().versions;
    expect(list.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [2, 'accepted'],
      [1, 'superseded'],
    ]);
  });

  it('a consent to information exchange can be withdrawn on the plan in force', async () => {
    const plans = (await sw.get(`/api/clients/${clientId}/plans`)).json().plans;
    const v = (await sw.get(`/api/clients/${clientId}/plans/${planId}/versions/${plans[0].currentVersionId}`)).json()
      .version;
    const consent = v.content.consents[0];
    const early = await sw.post(
      `/api/clients/${clientId}/plans/${planId}/versions/${v.id}/consents/${consent.id}/withdraw`,
      { withdrawnOn: '2025-12-31', version: v.version },
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0]).toMatchObject({
      path: 'withdrawnOn',
      message: 'Peruutuspäivä ei voi olla ennen luvan antamista.',
    });
    const res = await sw.post(
      `/api/clients/${clientId}/plans/${planId}/versions/${v.id}/consents/${consent.id}/withdraw`,
      { withdrawnOn: today, version: v.version },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().version.content.consents[0].withdrawnOn).toBe(today);
  });

  it('prints the client’s copy as HTML and PDF in plain language, with UUIDs only in the URL', async () => {
    const plans = (await sw.get(`/api/clients/${clientId}/plans`)).json().plans;
    const base = `/api/clients/${clientId}/plans/${planId}/versions/${plans[0].currentVersionId}`;
    const page = await sw.get(`${base}/print`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Sinun suunnitelmasi');
    expect(page.body).toContain('Vuokrarästit maksuun');
    expect(page.body).toContain('Varaan ajan velkaneuvontaan');
    expect(page.body).toContain('Sanna Sosiaalityöntekijä');
    const sv = await sw.get(`${base}/print?lang=sv&plain=0`);
    expect(sv.body).toContain('Klientplan');
    const pdf = await sw.get(`${base}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await auditCount('plan.print')).toBe(3);
  });

  it('a version superseded meanwhile is not changed by an edit that started before (its version went up)', async () => {
    const url = `/api/clients/${clientId}/plans/${planId}/versions/${v1.id}`;
    const old = (await sw.get(url)).json().version;
    expect(old.status).toBe('superseded');
    // v1 as it was read while still in force: superseding it gave it a new version.
    const res = await sw.post(`${url}/consents/${old.content.consents[0].id}/withdraw`, {
      withdrawnOn: today,
      version: v1.version,
    });
    expect(res.statusCode).toBe(409);
    expect((await sw.get(url)).json().version.content.consents[0].withdrawnOn).toBeNull();
  });

  it('every read is in the use log', async () => {
    const before = await auditCount('plan.read');
    await sw.get(`/api/clients/${clientId}/plans`);
    expect(await auditCount('plan.read')).toBe(before + 1);
  });
});

describe('the rules follow the app’s clock', () => {
  it('a plan cannot be accepted on a future day, nor a consent withdrawn on one; every reason at once', async () => {
    const client = await makeClient(ctx.database.db, env.mainUnitId);
    const created = (
      await sw.post(`/api/clients/${client}/plans`, { reviewDate: inMonths(6), content: completeContent() })
    ).json();
    const base = `/api/clients/${client}/plans/${created.plan.id}/versions/${created.version.id}`;
    const future = await sw.post(`${base}/accept`, { version: created.version.version, acceptedOn: inMonths(1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['acceptedOn']);
    // A review date before the acceptance and an empty element are named together.
    const saved = (
      await sw.put(base, {
        reviewDate: addMonths(today, -1),
        content: { ...completeContent(), estimatedDuration: '' },
        version: created.version.version,
      })
    ).json().version;
    const both = await sw.post(`${base}/accept`, { version: saved.version });
    expect(both.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      'content.estimatedDuration',
      'reviewDate',
    ]);
    expect((await sw.get(base)).json().version).toMatchObject({ status: 'draft', version: saved.version });
    const fixed = (
      await sw.put(base, { reviewDate: inMonths(6), content: completeContent(), version: saved.version })
    ).json().version;
    const accepted = (await sw.post(`${base}/accept`, { version: fixed.version })).json().version;
    expect(accepted.acceptedOn).toBe(today);
    const withdraw = await sw.post(`${base}/consents/${accepted.content.consents[0].id}/withdraw`, {
      withdrawnOn: '2027-03-02',
      version: accepted.version,
    });
    expect(withdraw.statusCode).toBe(400);
    expect(withdraw.json().error.fields[0].path).toBe('withdrawnOn');
  });

  it('a plan past its review date is overdue as of today', async () => {
    const client = await makeClient(ctx.database.db, env.mainUnitId);
    const created = (
      await sw.post(`/api/clients/${client}/plans`, { reviewDate: '2027-02-28', content: completeContent() })
    ).json();
    expect(created.plan.reviewOverdue).toBe(false);
    const res = await sw.post(`/api/clients/${client}/plans/${created.plan.id}/versions/${created.version.id}/accept`, {
      version: created.version.version,
      acceptedOn: '2026-09-01',
    });
    expect(res.statusCode).toBe(200);
    const plan = (await sw.get(`/api/clients/${client}/plans`)).json().plans[0];
    expect(plan).toMatchObject({ currentReviewDate: '2027-02-28', reviewOverdue: true });
  });
});

describe('two users at once', () => {
  it('two starts of the same plan at once make one plan; the other is told it exists', async () => {
    const client = await makeClient(ctx.database.db, env.mainUnitId);
    const so = await ctx.login('sosiaaliohjaaja');
    const [a, b] = await Promise.all([
      sw.post(`/api/clients/${client}/plans`, { reviewDate: inMonths(6) }),
      so.post(`/api/clients/${client}/plans`, { reviewDate: inMonths(6) }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    expect((a.statusCode === 409 ? a : b).json().error.code).toBe('plan_exists');
    const rows = await ctx.database.db.selectFrom('client_plan').select('id').where('client_id', '=', client).execute();
    expect(rows).toHaveLength(1);
  });

  it('accepting a draft someone saved meanwhile answers 409 and leaves it a draft', async () => {
    const client = await makeClient(ctx.database.db, env.mainUnitId);
    const created = (
      await sw.post(`/api/clients/${client}/plans`, { reviewDate: inMonths(6), content: completeContent() })
    ).json();
    const base = `/api/clients/${client}/plans/${created.plan.id}/versions/${created.version.id}`;
    const saved = await sw.put(base, {
      reviewDate: inMonths(6),
      content: completeContent(),
      version: created.version.version,
    });
    expect(saved.statusCode).toBe(200);
    const stale = await sw.post(`${base}/accept`, { version: created.version.version });
    expect(stale.statusCode).toBe(409);
    expect((await sw.get(base)).json().version.status).toBe('draft');
    expect((await sw.get(`/api/clients/${client}/plans`)).json().plans[0].currentVersionId).toBeNull();
  });
});

describe('what the plan may hold', () => {
  it('text the database cannot store is refused with the field named', async () => {
    const client = await makeClient(ctx.database.db, env.mainUnitId);
    const res = await sw.post(`/api/clients/${client}/plans`, {
      reviewDate: inMonths(6),
      content: { ...completeContent(), estimatedDuration: 'vuosi\u0000' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['content.estimatedDuration']);
    expect((await sw.get(`/api/clients/${client}/plans`)).json().plans).toEqual([]);
  });
});

describe('who must not see a plan', () => {
  for (const username of ['etuuskasittelija', 'kokemusasiantuntija', 'yllapitaja', 'sosiaalityontekija2', 'asiakas']) {
    it(`${username} gets 403 on the plan, and the attempt is logged`, async () => {
      const agent = await ctx.login(username);
      const before = await auditCount('plan.read', clientId, 'denied');
      const res = await agent.get(`/api/clients/${clientId}/plans`);
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('Vuokrarästit');
      expect(await auditCount('plan.read', clientId, 'denied')).toBe(before + 1);
      const plans = await ctx.database.db
        .selectFrom('client_plan')
        .select('id')
        .where('client_id', '=', clientId)
        .executeTakeFirstOrThrow();
      const write = await agent.post(`/api/clients/${clientId}/plans/${plans.id}/versions`, {
        reviewDate: inMonths(3),
      });
      expect(write.statusCode).toBe(403);
    });
  }

  it('the manager may read but not change a plan, and the answer says so', async () => {
    const eh = await ctx.login('esihenkilo');
    const read = await eh.get(`/api/clients/${clientId}/plans`);
    expect(read.statusCode).toBe(200);
    expect(read.json().permittedActions).toContain('plan.read');
    expect(read.json().permittedActions).not.toContain('plan.update');
    expect((await sw.get(`/api/clients/${clientId}/plans`)).json().permittedActions).toContain('plan.update');
    const plan = read.json().plans[0];
    expect(
      (await eh.post(`/api/clients/${clientId}/plans/${plan.id}/versions`, { reviewDate: inMonths(3) })).statusCode,
    ).toBe(403);
  });

  it('a plan id of another client is not found under this client', async () => {
    const other = await makeClient(ctx.database.db, env.mainUnitId);
    const plan = (await sw.get(`/api/clients/${clientId}/plans`)).json().plans[0];
    expect((await sw.get(`/api/clients/${other}/plans/${plan.id}/versions`)).statusCode).toBe(404);
  });
});
