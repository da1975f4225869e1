import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { fixedClock } from '../../../domain/clock/index.js';

let ctx: TestContext;
let worker: Agent;
let manager: Agent;
let code: string;
let workerId: string;

// Tests post many answers from one address; the limit itself is tested in ratelimit.test.ts.
const savedLimit = process.env.FEEDBACK_RATE_LIMIT_MAX;
beforeAll(async () => {
  process.env.FEEDBACK_RATE_LIMIT_MAX = '10000';
  // Answers are dated by the app's clock and results default to the twelve months up to it.
  ctx = await createTestApp({}, { clock: fixedClock('2027-03-01') });
  worker = await ctx.login('sosiaaliohjaaja');
  manager = await ctx.login('esihenkilo');
  const codes = await worker.get('/api/feedback/me/codes');
  expect(codes.statusCode).toBe(200);
  code = codes.json().codes[0].code;
  workerId = (await worker.get('/api/me')).json().id;
  // Start from no answers for this worker in this test database (demo data may hold some).
  await ctx.database.db.deleteFrom('proposal').execute();
  await ctx.database.db.deleteFrom('feedback_answer').where('worker_id', '=', workerId).execute();
});
afterAll(async () => {
  process.env.FEEDBACK_RATE_LIMIT_MAX = savedLimit;
  await ctx?.close();
});

const count = async () =>
  Number(
    (
      await ctx.database.db
        .selectFrom('feedback_answer')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('worker_id', '=', workerId)
        .executeTakeFirstOrThrow()
    ).n,
  );

const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('worker code', () => {
  it('is six letters, stable, and gives the form in three languages', async () => {
    expect(code).toMatch(/^[a-z]{6}$/);
    const again = (await worker.get('/api/feedback/me/codes')).json().codes[0];
    expect(again.code).toBe(code);
    expect(again.links).toEqual({ fi: `/palaute/${code}`, sv: `/sv/respons/${code}`, en: `/en/feedback/${code}` });
    const fi = await ctx.app.inject({ method: 'GET', url: `/palaute/${code}` });
    expect(fi.statusCode).toBe(200);
    expect(fi.body).toContain('Vastasiko tämä tapaaminen odotuksiasi?');
    expect(fi.body).toContain('lang="fi"');
    const sv = await ctx.app.inject({ method: 'GET', url: `/sv/respons/${code.toUpperCase()}` });
    expect(sv.body).toContain('Motsvarade detta möte dina förväntningar?');
    const en = await ctx.app.inject({ method: 'GET', url: `/en/feedback/${code}` });
    expect(en.body).toContain('What would you wish from client work from now on?');
    const plain = await ctx.app.inject({ method: 'GET', url: `/palaute/${code}?selko=1` });
    expect(plain.body).toContain('Saitko tapaamisesta sen, mitä toivoit?');
  });

  it('an unknown code is a 404 page', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/palaute/zzzzzz' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Palautelomaketta ei löytynyt');
    const api = await ctx.anonymous.post('/api/public/feedback/zzzzzz', { rating: 3 });
    expect(api.statusCode).toBe(404);
  });
});

describe('public form without JavaScript', () => {
  it('an empty answer changes nothing and shows the error next to the first question', async () => {
    const before = await count();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/palaute/${code}`,
      ...form({ opinion: '  ', website: '' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="met_expectations-error"');
    expect(res.body).toContain('Vastaa ainakin yhteen kysymykseen.');
    expect(await count()).toBe(before);
  });

  it('too long text or a bad option changes nothing, keeps what was typed, and says what to fix', async () => {
    const before = await count();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/en/feedback/${code}`,
      ...form({ opinion: 'x'.repeat(2001), wishes: 'Keep this', rating: '9' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="opinion-error"');
    expect(res.body).toContain('At most 2000 characters.');
    expect(res.body).toContain('id="rating-error"');
    expect(res.body).toContain('>Keep this</textarea>');
    expect(await count()).toBe(before);
  });

  it('a valid answer is saved as web feedback and leads to the thank-you page', async () => {
    const before = await count();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/palaute/${code}`,
      ...form({ met_expectations: 'partly', opinion: 'Hyvä tapaaminen', wishes: '', rating: '4', website: '' }),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/palaute/${code}/kiitos`);
    expect(await count()).toBe(before + 1);
    const row = await ctx.database.db
      .selectFrom('feedback_answer')
      .selectAll()
      .where('worker_id', '=', workerId)
      .orderBy('answered_on', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.channel).toBe('web');
    expect(row.rating).toBe(4);
    expect(row.met_expectations).toBe('partly');
    // Dated by the app's clock (the day only, so an answer cannot be matched to a meeting).
    expect(row.answered_on).toBe('2027-03-01');
    const thanks = await ctx.app.inject({ method: 'GET', url: res.headers.location as string });
    expect(thanks.body).toContain('Kiitos palautteestasi!');
  });

  it('a filled honeypot is thanked but nothing is saved (form and JSON)', async () => {
    const before = await count();
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/palaute/${code}`,
      ...form({ opinion: 'spam', website: 'http://spam.example' }),
    });
    expect(res.statusCode).toBe(303);
    const api = await ctx.anonymous.post(`/api/public/feedback/${code}`, { opinion: 'spam', website: 'x' });
    expect(api.statusCode).toBe(201);
    expect(await count()).toBe(before);
  });

  it('JSON validation errors change nothing', async () => {
    const before = await count();
    // Text PostgreSQL cannot store (a NUL byte) is a field error, not a server error.
    const nul = await ctx.anonymous.post(`/api/public/feedback/${code}`, { opinion: 'a\u0000b', rating: 3 });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0].path).toBe('opinion');
    const nulForm = await ctx.app.inject({ method: 'POST', url: `/palaute/${code}`, ...form({ wishes: 'a\u0000b' }) });
    expect(nulForm.statusCode).toBe(400);
    expect(nulForm.body).toContain('id="wishes-error"');
    const bad = await ctx.anonymous.post(`/api/public/feedback/${code}`, { rating: 6 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('rating');
    const empty = await ctx.anonymous.post(`/api/public/feedback/${code}`, {});
    expect(empty.statusCode).toBe(400);
    const extra = await ctx.anonymous.post(`/api/public/feedback/${code}`, { rating: 3, clientName: 'x' });
    expect(extra.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('per-worker results and the minimum group size', () => {
  it('shows only "too few answers" below 5, without any count, then the results at 5', async () => {
    // One answer exists from the form test above; add three more → 4.
    for (let i = 0; i < 3; i++) {
      const r = await ctx.anonymous.post(`/api/public/feedback/${code}`, {
        metExpectations: 'yes',
        rating: 5,
        opinion: `Vastaus ${i}, työntekijä Matti auttoi`,
      });
      expect(r.statusCode).toBe(201);
    }
    expect(await count()).toBe(4);
    const below = await worker.get('/api/feedback/me/results');
    // The default period is the twelve months up to the app's today.
    expect(below.json().results).toEqual({
      period: { from: '2026-03-02', to: '2027-03-01' },
      minimum: 5,
      enough: false,
    });
    // An answer outside the chosen period does not count.
    expect((await worker.get('/api/feedback/me/results?from=2027-03-02&to=2027-12-31')).json().results.enough).toBe(
      false,
    );
    expect((await worker.get('/api/feedback/me/results?from=2027-02-30')).statusCode).toBe(400);
    const managerBelow = await manager.get(`/api/feedback/workers/${workerId}/results`);
    expect(managerBelow.json().results.enough).toBe(false);
    const list = (await manager.get('/api/feedback/workers')).json();
    expect(list.workers.find((w: { userId: string }) => w.userId === workerId)).toEqual(
      expect.objectContaining({ enough: false }),
    );
    expect(JSON.stringify(list)).not.toMatch(/"count"/);
    // Each row says what the manager may do with that worker's feedback.
    expect(list.workers.find((w: { userId: string }) => w.userId === workerId).permittedActions).toEqual([
      'feedback.perWorker.read',
    ]);

    await ctx.anonymous.post(`/api/public/feedback/${code}`, { metExpectations: 'no', rating: 2 });
    const at = (await worker.get('/api/feedback/me/results')).json().results;
    expect(at.enough).toBe(true);
    expect(at.count).toBe(5);
    expect(at.metExpectations).toEqual({ yes: 3, partly: 1, no: 1, unanswered: 0 });
    expect(at.rating).toEqual({ distribution: [0, 1, 0, 1, 3], answered: 5, mean: 4.2 });
    // Moderation is required by default: the free text waits.
    expect(at.freeTexts).toEqual([]);
    expect(at.awaitingModeration).toBe(4);
  });

  it('the minimum follows the organisation setting but never goes below 3', async () => {
    const s = (await manager.get('/api/feedback/settings')).json().settings;
    expect(s.feedbackMinAnswers).toBe(5);
    const tooLow = await manager.put('/api/feedback/settings', {
      feedbackMinAnswers: 2,
      moderationRequired: true,
      version: s.version,
    });
    expect(tooLow.statusCode).toBe(400);
    expect(tooLow.json().error.fields[0].path).toBe('feedbackMinAnswers');
    const raised = await manager.put('/api/feedback/settings', {
      feedbackMinAnswers: 6,
      moderationRequired: true,
      version: s.version,
    });
    expect(raised.statusCode).toBe(200);
    expect((await worker.get('/api/feedback/me/results')).json().results.enough).toBe(false);
    const stale = await manager.put('/api/feedback/settings', {
      feedbackMinAnswers: 5,
      moderationRequired: true,
      version: s.version,
    });
    expect(stale.statusCode).toBe(409);
    const back = await manager.put('/api/feedback/settings', {
      feedbackMinAnswers: 5,
      moderationRequired: true,
      version: raised.json().settings.version,
    });
    expect(back.statusCode).toBe(200);
    // Even a row written past the API cannot lower the floor.
    const orgId = s.organisationId;
    await ctx.database.db
      .updateTable('participation_setting')
      .set({ feedback_min_answers: 5 })
      .where('organisation_id', '=', orgId)
      .execute();
    expect((await worker.get('/api/feedback/me/results')).json().results.enough).toBe(true);
  });

  it('moderation: redacted text replaces the original; approved text is shown as written', async () => {
    const pending = (await manager.get('/api/feedback/moderation'))
      .json()
      .answers.filter((a: { workerName: string }) => a.workerName === 'Olli Ohjaaja');
    expect(pending.length).toBe(4);
    const withName = pending.find((a: { opinion: string | null }) => a.opinion?.includes('Matti'));
    // Each answer says what the manager may do with it.
    expect([...withName.permittedActions].sort()).toEqual(['feedback.moderate', 'proposal.fromFeedback.create']);
    const redact = await manager.post(`/api/feedback/answers/${withName.id}/moderation`, {
      decision: 'redact',
      opinion: 'Vastaus, työntekijä [nimi poistettu] auttoi',
      wishes: null,
      version: withName.version,
    });
    expect(redact.statusCode).toBe(200);
    expect(redact.json().moderation).toBe('redacted');
    const again = await manager.post(`/api/feedback/answers/${withName.id}/moderation`, {
      decision: 'approve',
      version: withName.version,
    });
    expect(again.statusCode).toBe(409);
    const other = pending.find((a: { id: string }) => a.id !== withName.id);
    await manager.post(`/api/feedback/answers/${other.id}/moderation`, { decision: 'approve', version: other.version });

    const results = (await worker.get('/api/feedback/me/results')).json().results;
    expect(results.freeTexts.map((f: { opinion: string }) => f.opinion)).toEqual(
      expect.arrayContaining(['Vastaus, työntekijä [nimi poistettu] auttoi', other.opinion]),
    );
    expect(results.freeTexts).toHaveLength(2);
    expect(JSON.stringify(results)).not.toContain(withName.opinion);
    const stored = await ctx.database.db
      .selectFrom('feedback_answer')
      .select('opinion')
      .where('id', '=', withName.id)
      .executeTakeFirstOrThrow();
    expect(stored.opinion).not.toContain('Matti');
  });

  it('denies per-worker and moderation views to others, and hides other units', async () => {
    const expert = await ctx.login('kokemusasiantuntija');
    expect((await expert.get('/api/feedback/workers')).statusCode).toBe(403);
    expect((await expert.get(`/api/feedback/workers/${workerId}/results`)).statusCode).toBe(403);
    expect((await expert.get('/api/feedback/moderation')).statusCode).toBe(403);
    expect((await expert.get('/api/feedback/me/results')).statusCode).toBe(403);
    expect((await worker.get('/api/feedback/workers')).statusCode).toBe(403);
    expect((await worker.get('/api/feedback/moderation')).statusCode).toBe(403);
    expect((await ctx.anonymous.get('/api/feedback/me/results')).statusCode).toBe(401);
    const other = await ctx.login('sosiaalityontekija2');
    const otherId = (await other.get('/api/me')).json().id;
    // A worker of another unit: the manager holds no role where the worker works.
    expect((await manager.get(`/api/feedback/workers/${otherId}/results`)).statusCode).toBe(403);
    expect((await manager.get(`/api/feedback/workers/${otherId}/cards`)).statusCode).toBe(403);
  });
});

describe('paper cards', () => {
  it('a card without a date is dated today by the app clock, and the typing is in the use log', async () => {
    const res = await worker.post('/api/feedback/paper', { code, rating: 4 });
    expect(res.statusCode).toBe(201);
    const row = await ctx.database.db
      .selectFrom('feedback_answer')
      .select(['answered_on', 'entered_by'])
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ answered_on: '2027-03-01', entered_by: workerId });
    const logged = await ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', res.json().id)
      .execute();
    expect(logged.map((r) => r.action)).toEqual(['feedback.paper.enter']);
  });

  it('types in a card by its code, marked as paper', async () => {
    const before = await count();
    const res = await worker.post('/api/feedback/paper', {
      code: code.toUpperCase(),
      answeredOn: '2025-01-15',
      metExpectations: 'yes',
      wishes: 'Lisää aikaa',
    });
    expect(res.statusCode).toBe(201);
    const row = await ctx.database.db
      .selectFrom('feedback_answer')
      .selectAll()
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.channel).toBe('paper');
    expect(String(row.answered_on)).toContain('2025');
    expect(await count()).toBe(before + 1);
  });

  it('refuses an unknown code, a future date and an empty card without saving', async () => {
    const before = await count();
    const unknown = await worker.post('/api/feedback/paper', { code: 'qqqqqq', rating: 3 });
    expect(unknown.json().error.fields[0].path).toBe('code');
    // "Future" is after the app's today.
    const future = await worker.post('/api/feedback/paper', { code, answeredOn: '2027-03-02', rating: 3 });
    expect(future.json().error.fields[0].path).toBe('answeredOn');
    const empty = await worker.post('/api/feedback/paper', { code });
    expect(empty.statusCode).toBe(400);
    // Codes of another unit cannot be entered here.
    const other = await ctx.login('sosiaalityontekija2');
    const otherCode = (await other.get('/api/feedback/me/codes')).json().codes[0].code;
    const cross = await worker.post('/api/feedback/paper', { code: otherCode, rating: 3 });
    expect(cross.json().error.fields[0].path).toBe('code');
    expect(await count()).toBe(before);
  });

  it('prints A6 cards with the questions and a QR code to the form', async () => {
    const res = await worker.get('/api/feedback/me/cards?size=a6');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<svg');
    expect(res.body).toContain(`/palaute/${code}`);
    expect(res.body).toContain('Mitä toivoisit jatkossa asiakastyöltä?');
    expect(res.body).toContain('size: A6');
    // A worker cannot print another worker's cards; the manager can.
    const managerId = (await manager.get('/api/me')).json().id;
    expect((await worker.get(`/api/feedback/workers/${managerId}/cards`)).statusCode).toBe(403);
    const forWorker = await manager.get(`/api/feedback/workers/${workerId}/cards?size=a5`);
    expect(forWorker.statusCode).toBe(200);
    expect(forWorker.body).toContain(`/palaute/${code}`);
    expect(forWorker.body).toContain('size: A5');
  });
});
