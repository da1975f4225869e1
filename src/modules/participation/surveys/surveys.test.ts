import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { fixedClock } from '../../../domain/clock/index.js';

let ctx: TestContext;
let manager: Agent;
let worker: Agent;
let surveyId: string;
let version: number;

const saved = process.env.SURVEY_RATE_LIMIT_MAX;
beforeAll(async () => {
  process.env.SURVEY_RATE_LIMIT_MAX = '10000';
  // Whether a survey is open, the answer day and the age bands follow the app's today.
  ctx = await createTestApp({}, { clock: fixedClock('2027-03-01') });
  manager = await ctx.login('esihenkilo');
  worker = await ctx.login('sosiaalityontekija');
  // The demo's model surveys would take part in the year-over-year comparison; start clean.
  await ctx.database.db.deleteFrom('survey').execute();
});
afterAll(async () => {
  process.env.SURVEY_RATE_LIMIT_MAX = saved;
  await ctx?.close();
});

const responses = async () =>
  Number(
    (
      await ctx.database.db
        .selectFrom('survey_response')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('survey_id', '=', surveyId)
        .executeTakeFirstOrThrow()
    ).n,
  );
const form = (fields: [string, string][]) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});
// The month of the app's today; answers are dated its 1st, which is not in the future.
const month = '2027-03';

describe('the model survey', () => {
  it('is built in: background, eleven agree items in four groups, overall rating, free text, contact block', async () => {
    const res = await worker.post('/api/surveys', { template: 'client-satisfaction', opensOn: `${month}-01` });
    expect(res.statusCode).toBe(201);
    const s = res.json().survey;
    surveyId = s.id;
    version = s.version;
    expect(s.status).toBe('draft');
    const sections = s.definition.sections as { key: string; items: { key: string; kind: string; scale?: string }[] }[];
    expect(sections.map((x) => x.key)).toEqual([
      'background',
      'accessibility',
      'encounter',
      'quality',
      'participation',
      'overall',
      'free',
    ]);
    const agree = sections.flatMap((x) => x.items).filter((i) => i.kind === 'rating' && i.scale === 'agree');
    expect(agree.map((i) => i.key)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10', 'q11']);
    expect(sections.find((x) => x.key === 'accessibility')!.items).toHaveLength(3);
    expect(sections.find((x) => x.key === 'quality')!.items).toHaveLength(5);
    expect(sections[0].items.map((i) => i.key)).toEqual(['gender', 'birth_year', 'client_time']);
    expect(s.definition.contactBlock).toBe(true);
  });

  it('a draft cannot be answered; publishing opens it', async () => {
    expect((await ctx.anonymous.get(`/api/public/surveys/${surveyId}`)).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: `/kysely/${surveyId}` })).statusCode).toBe(404);
    const stale = await worker.patch(`/api/surveys/${surveyId}`, { status: 'published', version: version - 1 });
    expect(stale.statusCode).toBe(409);
    // Closing before opening is refused on an edit as on creation.
    const order = await worker.patch(`/api/surveys/${surveyId}`, { closesOn: '2027-02-28', version });
    expect(order.statusCode).toBe(400);
    expect(order.json().error.fields[0].path).toBe('closesOn');
    const pub = await worker.patch(`/api/surveys/${surveyId}`, { status: 'published', version });
    expect(pub.statusCode).toBe(200);
    version = pub.json().survey.version;
    const locked = await worker.patch(`/api/surveys/${surveyId}`, {
      definition: pub.json().survey.definition,
      version,
    });
    expect(locked.statusCode).toBe(400);
    expect(locked.json().error.fields[0].path).toBe('definition');
    const page = await ctx.app.inject({ method: 'GET', url: `/kysely/${surveyId}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Aukioloajat ovat riittävät ja minulle sopivat.');
    expect(page.body).toContain('Täysin samaa mieltä');
    const sv = await ctx.app.inject({ method: 'GET', url: `/sv/enkat/${surveyId}` });
    expect(sv.body).toContain('Öppettiderna är tillräckliga och passar mig.');
    const print = await ctx.app.inject({ method: 'GET', url: `/en/survey/${surveyId}/print` });
    expect(print.body).toContain('<svg');
    expect(print.body).toContain('Opening hours are sufficient and suit me.');
  });
});

describe('answering', () => {
  it('the web form: errors next to the field change nothing; a valid answer is saved once', async () => {
    const before = await responses();
    // A birth year after the app's current year, or text PostgreSQL cannot store, is an error.
    const unborn = await ctx.app.inject({
      method: 'POST',
      url: `/kysely/${surveyId}`,
      ...form([
        ['birth_year', '2028'],
        ['q1', '4'],
      ]),
    });
    expect(unborn.statusCode).toBe(400);
    expect(unborn.body).toContain('id="birth_year-error"');
    const nul = await ctx.anonymous.post(`/api/public/surveys/${surveyId}/responses`, {
      answers: { free_text: 'a\u0000b' },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0].path).toBe('answers.free_text');
    const bad = await ctx.app.inject({
      method: 'POST',
      url: `/kysely/${surveyId}`,
      ...form([
        ['q1', '7'],
        ['birth_year', '19x3'],
        ['free_text', 'Kiitos'],
      ]),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="q1-error"');
    expect(bad.body).toContain('id="birth_year-error"');
    expect(bad.body).toContain('>Kiitos</textarea>');
    const empty = await ctx.app.inject({ method: 'POST', url: `/kysely/${surveyId}`, ...form([]) });
    expect(empty.statusCode).toBe(400);
    expect(await responses()).toBe(before);
    const ok = await ctx.app.inject({
      method: 'POST',
      url: `/kysely/${surveyId}`,
      ...form([
        ['gender', 'woman'],
        ['birth_year', '1973'],
        ['q1', '4'],
        ['q12', '5'],
        ['free_text', 'Hyvä palvelu'],
      ]),
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/kysely/${surveyId}/kiitos`);
    expect(await responses()).toBe(before + 1);
  });

  it('kiosk mode returns to a fresh form after each answer and marks the channel', async () => {
    const res = await ctx.app.inject({ method: 'POST', url: `/kysely/${surveyId}?kiosk=1`, ...form([['q5', '5']]) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/kysely/${surveyId}?kiosk=1&kiitos=1`);
    const next = await ctx.app.inject({ method: 'GET', url: res.headers.location as string });
    expect(next.body).toContain('Lomake on valmis seuraavalle vastaajalle');
    expect(next.body).not.toContain('checked');
    // No contact block on a shared lobby tablet.
    expect(next.body).not.toContain('contact_name');
    const row = await ctx.database.db
      .selectFrom('survey_response')
      .select('channel')
      .where('survey_id', '=', surveyId)
      .where('channel', '=', 'kiosk')
      .executeTakeFirst();
    expect(row?.channel).toBe('kiosk');
  });

  it('JSON: validation and honeypot save nothing', async () => {
    const before = await responses();
    const bad = await ctx.anonymous.post(`/api/public/surveys/${surveyId}/responses`, {
      answers: { gender: 'martian' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('answers.gender');
    const hp = await ctx.anonymous.post(`/api/public/surveys/${surveyId}/responses`, {
      answers: { q1: 3 },
      website: 'x',
    });
    expect(hp.statusCode).toBe(201);
    const badContact = await ctx.anonymous.post(`/api/public/surveys/${surveyId}/responses`, {
      answers: { q1: 3 },
      contact: { name: 'Matti' },
    });
    expect(badContact.statusCode).toBe(400);
    expect(badContact.json().error.fields[0].path).toBe('contact.phone');
    expect(await responses()).toBe(before);
  });

  it('the development-work contact is stored with no link to the answer, not even a time', async () => {
    const cols = await ctx.database.db
      .selectFrom('information_schema.columns' as never)
      .select('column_name' as never)
      .where('table_name' as never, '=', 'survey_contact' as never)
      .execute();
    const names = (cols as { column_name: string }[]).map((c) => c.column_name).sort();
    expect(names).toEqual(['email', 'handled', 'id', 'name', 'phone', 'survey_id']);
    const res = await ctx.anonymous.post(`/api/public/surveys/${surveyId}/responses`, {
      answers: { q2: 2, free_text: 'Vaikea saada kiinni' },
      contact: { name: 'Testi Henkilö', email: 'testi@example.org' },
    });
    expect(res.statusCode).toBe(201);
    const contact = await ctx.database.db
      .selectFrom('survey_contact')
      .selectAll()
      .where('survey_id', '=', surveyId)
      .executeTakeFirstOrThrow();
    expect(contact.name).toBe('Testi Henkilö');
    // Nothing in the answer refers to the contact either.
    const answers = await ctx.database.db
      .selectFrom('survey_response')
      .selectAll()
      .where('survey_id', '=', surveyId)
      .execute();
    expect(JSON.stringify(answers)).not.toContain('Testi');
    expect(JSON.stringify(answers)).not.toContain(contact.id);
    const list = await manager.get(`/api/surveys/${surveyId}/contacts`);
    expect(list.json().contacts).toEqual([expect.objectContaining({ name: 'Testi Henkilö' })]);
    expect((await worker.get(`/api/surveys/${surveyId}/contacts`)).statusCode).toBe(403);
  });

  it('staff type in paper answers, marked as paper', async () => {
    const res = await worker.post(`/api/surveys/${surveyId}/paper-responses`, {
      answers: { gender: 'man', q1: 3, q2: '4', client_time: 'over3' },
      answeredOn: `${month}-01`,
    });
    expect(res.statusCode).toBe(201);
    const row = await ctx.database.db
      .selectFrom('survey_response')
      .select('channel')
      .where('id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(row.channel).toBe('paper');
    const future = await worker.post(`/api/surveys/${surveyId}/paper-responses`, {
      answers: { q1: 3 },
      answeredOn: '2027-03-02',
    });
    expect(future.json().error.fields[0].path).toBe('answeredOn');
    // Without a date the answer is dated the app's today; the typing is in the use log.
    const undated = await worker.post(`/api/surveys/${surveyId}/paper-responses`, { answers: { q1: 3 } });
    const dated = await ctx.database.db
      .selectFrom('survey_response')
      .select('answered_on')
      .where('id', '=', undated.json().id)
      .executeTakeFirstOrThrow();
    expect(dated.answered_on).toBe('2027-03-01');
    const bad = await worker.post(`/api/surveys/${surveyId}/paper-responses`, { answers: { q1: 9 } });
    expect(bad.json().error.fields[0].path).toBe('answers.q1');
    // Another unit's staff cannot add answers to this unit's survey.
    const other = await ctx.login('sosiaalityontekija2');
    expect((await other.post(`/api/surveys/${surveyId}/paper-responses`, { answers: { q1: 3 } })).statusCode).toBe(403);
  });
});

describe('results', () => {
  it('shows nothing below the minimum, then distributions, means and suppressed breakdown cells', async () => {
    // A fresh survey keeps the counts exact.
    const s = (await worker.post('/api/surveys', { template: 'client-satisfaction', opensOn: `${month}-01` })).json()
      .survey;
    await worker.patch(`/api/surveys/${s.id}`, { status: 'published', version: s.version });
    const post = (answers: Record<string, unknown>) =>
      ctx.anonymous.post(`/api/public/surveys/${s.id}/responses`, { answers });
    for (let i = 0; i < 4; i++) await post({ gender: 'woman', q1: 5, birth_year: 1980 });
    expect((await worker.get(`/api/surveys/${s.id}/results`)).json().results).toEqual({ minimum: 5, enough: false });
    await post({ gender: 'woman', q1: 4, birth_year: 1980 });
    await post({ gender: 'man', q1: 1, q2: 2, birth_year: 1950 });
    const r6 = (await worker.get(`/api/surveys/${s.id}/results`)).json().results;
    expect(r6.total).toBe(6);
    expect(r6.items.find((i: { key: string }) => i.key === 'q1')).toEqual(
      expect.objectContaining({ n: 6, distribution: [1, 0, 0, 1, 4], mean: 4.17 }),
    );
    // q2 has only one answer: hidden.
    expect(r6.items.find((i: { key: string }) => i.key === 'q2')).toEqual(
      expect.objectContaining({ n: null, mean: null, distribution: null }),
    );
    // One man among six: his cell is hidden, and so is the women's, or 6 − 5 would give him away.
    const g6 = r6.choices.find((c: { key: string }) => c.key === 'gender').categories;
    expect(g6.map((c: { count: number | null }) => c.count)).toEqual([null, null, 0]);

    for (let i = 0; i < 6; i++) await post({ gender: 'other', q1: 3 });
    const r = (await worker.get(`/api/surveys/${s.id}/results?by=gender`)).json().results;
    const gender = r.choices.find((c: { key: string }) => c.key === 'gender').categories;
    expect(gender.map((c: { count: number | null }) => c.count)).toEqual([null, null, 6]);
    expect(r.breakdown.categories.map((c: { n: number | null }) => c.n)).toEqual([null, null, 6]);
    const q1means = r.breakdown.items.find((i: { key: string }) => i.key === 'q1').means;
    expect(q1means).toEqual({ woman: null, man: null, other: 3 });
    // The group mean is over all its answers (q1 × 12, q2 × 1).
    expect(r.groups.find((g: { key: string }) => g.key === 'accessibility').mean).toBe(3.46);
    // Birth years become age bands; one person over 65 is hidden.
    const age = r.choices.find((c: { key: string }) => c.key === 'birth_year').categories;
    expect(age.every((c: { count: number | null }) => c.count === null || c.count === 0 || c.count >= 5)).toBe(true);
    // The expert by experience sees aggregates; the benefit handler does not.
    const expert = await ctx.login('kokemusasiantuntija');
    expect((await expert.get(`/api/surveys/${s.id}/results`)).statusCode).toBe(200);
    expect((await expert.get(`/api/surveys/${s.id}/free-texts`)).statusCode).toBe(403);
    const ek = await ctx.login('etuuskasittelija');
    expect((await ek.get(`/api/surveys/${s.id}/results`)).statusCode).toBe(403);
  });

  it('compares with the same template in the same month last year', async () => {
    const lastYear = `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
    const prev = (
      await worker.post('/api/surveys', {
        template: 'client-satisfaction',
        opensOn: `${lastYear}-01`,
        closesOn: `${lastYear}-28`,
      })
    ).json().survey;
    await worker.patch(`/api/surveys/${prev.id}`, { status: 'closed', version: prev.version });
    for (let i = 0; i < 5; i++)
      await worker.post(`/api/surveys/${prev.id}/paper-responses`, {
        answers: { q1: 3 },
        answeredOn: `${lastYear}-10`,
      });
    for (let i = 0; i < 5; i++)
      await ctx.anonymous.post(`/api/public/surveys/${surveyId}/responses`, { answers: { q1: 5 } });
    const r = (await worker.get(`/api/surveys/${surveyId}/results`)).json().results;
    expect(r.comparison.previousMonth).toBe(lastYear);
    const q1 = r.comparison.items.find((i: { key: string }) => i.key === 'q1');
    expect(q1.previousMean).toBe(3);
    expect(q1.mean).toBeGreaterThan(3);
  });

  it('free text is listed only after moderation, and can become a proposal', async () => {
    const before = (await worker.get(`/api/surveys/${surveyId}/results`)).json().results;
    expect(before.freeTexts).toEqual([]);
    const pending = (await manager.get(`/api/surveys/${surveyId}/free-texts`)).json().freeTexts;
    expect(pending.length).toBeGreaterThanOrEqual(2);
    const t = pending.find((f: { text: string }) => f.text === 'Vaikea saada kiinni');
    expect(
      (await manager.post(`/api/proposals/from-survey/${t.id}`, { theme: 'accessibility', title: 'Puhelinajat' }))
        .statusCode,
    ).toBe(400);
    const mod = await manager.post(`/api/surveys/free-texts/${t.id}/moderation`, {
      decision: 'redact',
      text: 'Työntekijää vaikea saada kiinni',
      version: t.version,
    });
    expect(mod.statusCode).toBe(200);
    const after = (await worker.get(`/api/surveys/${surveyId}/results`)).json().results;
    expect(after.freeTexts.map((f: { text: string }) => f.text)).toEqual(['Työntekijää vaikea saada kiinni']);
    const p = await manager.post(`/api/proposals/from-survey/${t.id}`, {
      theme: 'accessibility',
      title: 'Puhelinajat',
    });
    expect(p.statusCode).toBe(201);
    expect(p.json().proposal).toEqual(
      expect.objectContaining({ source: 'survey', description: 'Työntekijää vaikea saada kiinni' }),
    );
  });

  it('exports CSV and XLSX', async () => {
    const csv = await worker.get(`/api/surveys/${surveyId}/results.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Kysymys;Teksti;N;1;2;3;4;5;Keskiarvo;Edellinen vuosi');
    expect(csv.body).toMatch(/q1;Aukioloajat ovat riittävät ja minulle sopivat\.;\d+/);
    const xlsx = await worker.get(`/api/surveys/${surveyId}/results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('the builder validates a custom definition', async () => {
    const L = (s: string) => ({ fi: s, sv: s, en: s });
    const bad = await worker.post('/api/surveys', {
      title: L('Oma'),
      intro: L('x'),
      definition: {
        sections: [
          {
            key: 's',
            title: L('S'),
            items: [{ kind: 'single', key: 'a', text: L('A'), options: [{ value: 'x', label: L('X') }] }],
          },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    const dup = await worker.post('/api/surveys', {
      title: L('Oma'),
      intro: L('x'),
      definition: {
        sections: [
          {
            key: 's',
            title: L('S'),
            items: [
              { kind: 'text', key: 'a', text: L('A') },
              { kind: 'text', key: 'a', text: L('B') },
            ],
          },
        ],
      },
    });
    expect(dup.statusCode).toBe(400);
    const ok = await worker.post('/api/surveys', {
      title: L('Ryhmäkysely'),
      intro: L('x'),
      definition: {
        sections: [
          {
            key: 's',
            title: L('S'),
            items: [
              {
                kind: 'multiple',
                key: 'm',
                text: L('M'),
                options: [
                  { value: 'a', label: L('A') },
                  { value: 'b', label: L('B') },
                ],
              },
              { kind: 'rating', key: 'r', text: L('R') },
            ],
          },
        ],
      },
    });
    expect(ok.statusCode).toBe(201);
  });
});

describe('opening days and what each user may do', () => {
  it('a published survey opens on its first day by the app clock; before that it cannot be answered', async () => {
    const s = (await worker.post('/api/surveys', { template: 'client-satisfaction', opensOn: '2027-03-02' })).json()
      .survey;
    await worker.patch(`/api/surveys/${s.id}`, { status: 'published', version: s.version });
    expect((await ctx.app.inject({ method: 'GET', url: `/kysely/${s.id}` })).statusCode).toBe(410);
    const early = await ctx.anonymous.post(`/api/public/surveys/${s.id}/responses`, { answers: { q1: 3 } });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.fields[0].path).toBe('surveyId');
    expect((await ctx.anonymous.get(`/api/public/surveys/${s.id}`)).json().survey.open).toBe(false);
  });

  it('the survey and its list carry the actions the user may take on it', async () => {
    const mine = (await manager.get(`/api/surveys/${surveyId}`)).json();
    expect(mine.permittedActions).toEqual(
      expect.arrayContaining([
        'survey.read',
        'survey.update',
        'survey.paper.enter',
        'survey.results.read',
        'survey.freeText.list',
        'survey.contacts.read',
      ]),
    );
    const expert = await ctx.login('kokemusasiantuntija');
    expect((await expert.get(`/api/surveys/${surveyId}`)).json().permittedActions).toEqual([
      'survey.read',
      'survey.results.read',
    ]);
    const listed = (await expert.get('/api/surveys')).json().surveys.find((x: { id: string }) => x.id === surveyId);
    expect(listed.permittedActions).toEqual(['survey.read', 'survey.results.read']);
    const freeTexts = (await manager.get(`/api/surveys/${surveyId}/free-texts?status=all`)).json().freeTexts;
    expect([...freeTexts[0].permittedActions].sort()).toEqual(['proposal.fromSurvey.create', 'survey.moderate']);
  });
});
