import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { fixedClock } from '../../../domain/clock/index.js';
import { canMove } from './service.js';

let ctx: TestContext;
let manager: Agent;
let worker: Agent;

beforeAll(async () => {
  // A proposal is received, and its status changes dated, on the app's today.
  ctx = await createTestApp({}, { clock: fixedClock('2027-03-01') });
  manager = await ctx.login('esihenkilo');
  worker = await ctx.login('sosiaalityontekija');
});
afterAll(async () => ctx?.close());

describe('status flow', () => {
  it('moves forward only; done and rejected are final', () => {
    expect(canMove('received', 'under_consideration')).toBe(true);
    expect(canMove('received', 'done')).toBe(true);
    expect(canMove('decided', 'under_consideration')).toBe(false);
    expect(canMove('done', 'rejected')).toBe(false);
    expect(canMove('rejected', 'received')).toBe(false);
    expect(canMove('under_consideration', 'rejected')).toBe(true);
  });

  it('walks received → under consideration → decided → done with a dated history', async () => {
    const created = await worker.post('/api/proposals', {
      source: 'client_council',
      theme: 'premises',
      title: 'Odotustilaan lisää istumapaikkoja',
      description: 'Raati ehdotti.',
    });
    expect(created.statusCode).toBe(201);
    let p = created.json().proposal;
    expect(p.status).toBe('received');
    // A change cannot be dated after today.
    const future = await worker.post(`/api/proposals/${p.id}/status`, {
      status: 'under_consideration',
      changedOn: '2027-03-02',
      version: p.version,
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields[0].path).toBe('changedOn');
    for (const status of ['under_consideration', 'decided'] as const) {
      const r = await worker.post(`/api/proposals/${p.id}/status`, { status, version: p.version });
      expect(r.statusCode).toBe(200);
      p = r.json().proposal;
    }
    const noResponse = await worker.post(`/api/proposals/${p.id}/status`, { status: 'done', version: p.version });
    expect(noResponse.statusCode).toBe(400);
    expect(noResponse.json().error.fields[0].path).toBe('publicResponse');
    const stale = await worker.post(`/api/proposals/${p.id}/status`, {
      status: 'done',
      publicResponse: 'x',
      version: p.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    const done = await worker.post(`/api/proposals/${p.id}/status`, {
      status: 'done',
      publicResponse: 'Odotustilaan tuli kuusi tuolia.',
      changedOn: '2025-03-01',
      version: p.version,
    });
    expect(done.statusCode).toBe(200);
    const back = await worker.post(`/api/proposals/${p.id}/status`, {
      status: 'decided',
      version: done.json().proposal.version,
    });
    expect(back.statusCode).toBe(400);
    const detail = (await worker.get(`/api/proposals/${p.id}`)).json();
    expect(detail.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'received',
      'under_consideration',
      'decided',
      'done',
    ]);
    expect(detail.history[0].changedOn).toBe('2027-03-01');
    expect(detail.history[1].changedOn).toBe('2027-03-01');
    expect(detail.history[3].changedOn).toBe('2025-03-01');
    expect(detail.permittedActions).toEqual(['proposal.read', 'proposal.update']);
    // Every change is in the use log under its event.
    const logged = await ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', p.id)
      .orderBy('seq')
      .execute();
    expect(logged.map((r) => r.action)).toEqual([
      'proposal.create',
      'proposal.status',
      'proposal.status',
      'proposal.status',
    ]);
    expect(detail.history[1].changedByName).toBe('Sanna Sosiaalityöntekijä');
  });

  it('rejection needs a reason, and a refused change changes nothing', async () => {
    const p = (
      await worker.post('/api/proposals', {
        source: 'workshop',
        theme: 'digital',
        title: 'Chat-palvelu yöksi',
        description: '',
      })
    ).json().proposal;
    const noReason = await worker.post(`/api/proposals/${p.id}/status`, {
      status: 'rejected',
      reason: '  ',
      version: p.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('reason');
    const unchanged = (await worker.get(`/api/proposals/${p.id}`)).json();
    expect(unchanged.proposal.status).toBe('received');
    expect(unchanged.proposal.version).toBe(p.version);
    expect(unchanged.history).toHaveLength(1);
    const rejected = await worker.post(`/api/proposals/${p.id}/status`, {
      status: 'rejected',
      reason: 'Yöpäivystys hoitaa kiireelliset asiat.',
      version: p.version,
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().proposal.rejectionReason).toBe('Yöpäivystys hoitaa kiireelliset asiat.');
  });

  it('edits go through the version check; a done proposal keeps its public response', async () => {
    let p = (await worker.post('/api/proposals', { source: 'other', theme: 'services', title: 'Vanha otsikko' })).json()
      .proposal;
    const edited = await worker.patch(`/api/proposals/${p.id}`, { title: 'Uusi otsikko', version: p.version });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().proposal).toEqual(expect.objectContaining({ title: 'Uusi otsikko', version: p.version + 1 }));
    const stale = await worker.patch(`/api/proposals/${p.id}`, { title: 'Toinen', version: p.version });
    expect(stale.statusCode).toBe(409);
    p = edited.json().proposal;
    p = (
      await worker.post(`/api/proposals/${p.id}/status`, {
        status: 'done',
        publicResponse: 'Tehty.',
        version: p.version,
      })
    ).json().proposal;
    const emptied = await worker.patch(`/api/proposals/${p.id}`, { publicResponse: '', version: p.version });
    expect(emptied.statusCode).toBe(400);
    expect(emptied.json().error.fields[0].path).toBe('publicResponse');
    const detail = (await worker.get(`/api/proposals/${p.id}`)).json().proposal;
    expect(detail).toEqual(
      expect.objectContaining({ title: 'Uusi otsikko', publicResponse: 'Tehty.', version: p.version }),
    );
  });

  it('validates input field by field', async () => {
    const bad = await worker.post('/api/proposals', { source: 'rumour', theme: 'nope', title: '' });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['source', 'theme', 'title']));
  });
});

describe('from feedback to the public page', () => {
  it('needs moderation first, copies only the moderated text, and the public page shows only public fields', async () => {
    const code = (await worker.get('/api/feedback/me/codes')).json().codes[0].code;
    const workerId = (await worker.get('/api/me')).json().id;
    const sent = await ctx.anonymous.post(`/api/public/feedback/${code}`, {
      wishes: 'Toivoisin iltavastaanottoa, olen Liisa Esimerkki',
      rating: 4,
    });
    expect(sent.statusCode).toBe(201);
    const answer = (await manager.get('/api/feedback/moderation'))
      .json()
      .answers.find((a: { wishes: string | null }) => a.wishes?.includes('iltavastaanottoa'));
    const early = await manager.post(`/api/proposals/from-feedback/${answer.id}`, {
      theme: 'premises',
      title: 'Iltavastaanotto',
    });
    expect(early.statusCode).toBe(400);
    await manager.post(`/api/feedback/answers/${answer.id}/moderation`, {
      decision: 'redact',
      opinion: null,
      wishes: 'Toivoisin iltavastaanottoa',
      version: answer.version,
    });
    const made = await manager.post(`/api/proposals/from-feedback/${answer.id}`, {
      theme: 'premises',
      title: 'Iltavastaanotto kerran viikossa',
    });
    expect(made.statusCode).toBe(201);
    const p = made.json().proposal;
    expect(p.description).toBe('Toivoisin iltavastaanottoa');
    expect(p.source).toBe('feedback');
    expect(p.sourceId).toBe(answer.id);
    expect(JSON.stringify(p)).not.toContain(workerId);
    const twice = await manager.post(`/api/proposals/from-feedback/${answer.id}`, {
      theme: 'premises',
      title: 'Toinen',
    });
    expect(twice.statusCode).toBe(400);
    // Only managers of the answer's unit may do this.
    expect(
      (await worker.post(`/api/proposals/from-feedback/${answer.id}`, { theme: 'premises', title: 'x' })).statusCode,
    ).toBe(403);

    const decided = (
      await manager.post(`/api/proposals/${p.id}/status`, { status: 'decided', version: p.version })
    ).json().proposal;
    const done = await manager.post(`/api/proposals/${p.id}/status`, {
      status: 'done',
      publicResponse: 'Keskiviikkoisin on iltavastaanotto klo 18 asti.',
      version: decided.version,
    });
    expect(done.statusCode).toBe(200);

    const pub = await ctx.anonymous.get('/api/public/proposals?status=done');
    expect(pub.statusCode).toBe(200);
    const item = pub.json().proposals.find((x: { id: string }) => x.id === p.id);
    expect(Object.keys(item).sort()).toEqual(
      [
        'id',
        'publicResponse',
        'receivedOn',
        'rejectionReason',
        'source',
        'status',
        'statusChangedOn',
        'theme',
        'title',
        'unitName',
      ].sort(),
    );
    expect(JSON.stringify(pub.json())).not.toContain('Toivoisin iltavastaanottoa');

    const pageRes = await ctx.app.inject({ method: 'GET', url: '/mita-teimme?aihe=premises&tila=done' });
    expect(pageRes.statusCode).toBe(200);
    expect(pageRes.body).toContain('Iltavastaanotto kerran viikossa');
    expect(pageRes.body).toContain('Keskiviikkoisin on iltavastaanotto klo 18 asti.');
    expect(pageRes.body).not.toContain('Toivoisin iltavastaanottoa');
    expect(pageRes.body).not.toContain('Liisa');
    expect(pageRes.body).toContain('<option value="done" selected>');
    const filtered = await ctx.app.inject({ method: 'GET', url: '/mita-teimme?tila=rejected&aihe=premises' });
    expect(filtered.body).not.toContain('Iltavastaanotto kerran viikossa');
    const sv = await ctx.app.inject({ method: 'GET', url: '/sv/vad-vi-gjorde' });
    expect(sv.body).toContain('Vad vi gjorde utifrån er respons');
    const en = await ctx.app.inject({ method: 'GET', url: '/en/what-we-did?tila=bogus' });
    expect(en.statusCode).toBe(200);
  });
});

describe('access', () => {
  it('experts by experience read proposals but cannot manage them; others see only their units', async () => {
    const expert = await ctx.login('kokemusasiantuntija');
    expect((await expert.get('/api/proposals')).statusCode).toBe(200);
    // The expert reads one proposal and is told they may not change it.
    const one = (await expert.get('/api/proposals')).json().proposals[0];
    const seen = await expert.get(`/api/proposals/${one.id}`);
    expect(seen.json().permittedActions).toEqual(['proposal.read']);
    expect((await expert.patch(`/api/proposals/${one.id}`, { title: 'x', version: one.version })).statusCode).toBe(403);
    expect((await expert.post('/api/proposals', { source: 'other', theme: 'other', title: 'x' })).statusCode).toBe(403);
    const admin = await ctx.login('yllapitaja');
    expect((await admin.get('/api/proposals')).statusCode).toBe(403);
    const other = await ctx.login('sosiaalityontekija2');
    const mine = (await worker.get('/api/proposals')).json().proposals[0];
    // Another unit's proposal: the resolver names its unit, where the other worker holds no role.
    expect((await other.get(`/api/proposals/${mine.id}`)).statusCode).toBe(403);
    expect(
      (await other.post(`/api/proposals/${mine.id}/status`, { status: 'rejected', reason: 'x', version: mine.version }))
        .statusCode,
    ).toBe(403);
    const unchanged = (await worker.get(`/api/proposals/${mine.id}`)).json().proposal;
    expect(unchanged.status).toBe(mine.status);
    expect(unchanged.version).toBe(mine.version);
    // No such proposal at all: 404.
    expect((await worker.get('/api/proposals/8f4e0c3a-5b1d-4c2e-9a7f-1d2e3f4a5b6c')).statusCode).toBe(404);
    const foreignUnit = await other.post('/api/proposals', {
      ownerUnitId: mine.ownerUnitId,
      source: 'other',
      theme: 'other',
      title: 'x',
    });
    expect(foreignUnit.statusCode).toBe(400);
    expect(foreignUnit.json().error.fields[0].path).toBe('ownerUnitId');
  });
});
