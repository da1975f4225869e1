import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { demoUnits, newClient } from '../testing.js';
import { INTERVIEW_QUESTIONS } from '../../../shared/measures/social-rehabilitation.js';
import { compareInterviews, realisedHoursPerWeek } from './rules.js';

let ctx: TestContext;
let ohjaaja: Agent;
let units: { main: string; other: string };
beforeAll(async () => {
  ctx = await createTestApp();
  ohjaaja = await ctx.login('sosiaaliohjaaja');
  units = await demoUnits(ctx);
});
afterAll(() => ctx.close());

const all = (v: number) => Object.fromEntries(INTERVIEW_QUESTIONS.map((q) => [q.key, v]));

describe('social rehabilitation', () => {
  it('compareInterviews gives end − start per question', () => {
    const c = compareInterviews({ ...all(2), housing: 4 }, { ...all(3), housing: 4 });
    expect(c.find((x) => x.key === 'housing')).toEqual({ key: 'housing', start: 4, end: 4, change: 0 });
    expect(c.find((x) => x.key === 'daily-routine')!.change).toBe(1);
    expect(compareInterviews(all(2), null)[0].change).toBeNull();
  });

  it('realised hours a week count the weeks from the start to today, or to the end once it has passed', () => {
    // 2.2.–15.2.: two weeks; 150 minutes → 1.25 h a week, one decimal.
    expect(realisedHoursPerWeek('2026-02-02', '2026-05-04', '2026-02-15', 150)).toBe(1.3);
    // A period ended on 4.5. counts its 14 weeks (2.2.–4.5.) whatever today is.
    expect(realisedHoursPerWeek('2026-02-02', '2026-05-04', '2026-09-01', 14 * 60 * 4)).toBe(4);
    // Before the first week is over it counts as one week.
    expect(realisedHoursPerWeek('2026-02-02', '2026-05-04', '2026-02-02', 90)).toBe(1.5);
  });

  it('a 3-month period with at least 4 h a week, contacts, and the start/end comparison', async () => {
    const clientId = await newClient(ctx, units.main);
    const base = `/api/clients/${clientId}/social-rehabilitation/periods`;
    expect((await ohjaaja.post(base, { startDate: '2026-02-02', hoursPerWeek: 3 })).json().error.fields[0].path).toBe(
      'hoursPerWeek',
    );
    const created = await ohjaaja.post(base, {
      startDate: '2026-02-02',
      hoursPerWeek: 4,
      activities: ['daily-skills', 'peer-group'],
    });
    expect(created.statusCode).toBe(201);
    const p = created.json().period;
    expect(p).toMatchObject({
      startDate: '2026-02-02',
      endDate: '2026-05-04',
      hoursPerWeek: 4,
      activities: ['daily-skills', 'peer-group'],
    });
    expect((await ohjaaja.post(base, { startDate: '2026-03-01' })).statusCode).toBe(400); // one open period
    expect(
      (await ohjaaja.post(`${base}/${p.id}/contacts`, { kind: 'home-visit', date: '2026-02-03', minutes: 120 }))
        .statusCode,
    ).toBe(201);
    expect(
      (await ohjaaja.post(`${base}/${p.id}/contacts`, { kind: 'phone', date: '2026-02-05', minutes: 30 })).statusCode,
    ).toBe(201);
    expect(
      (await ohjaaja.post(`${base}/${p.id}/contacts`, { kind: 'phone', date: '2026-06-05', minutes: 30 })).json().error
        .fields[0].path,
    ).toBe('date');
    expect(
      (await ohjaaja.put(`${base}/${p.id}/interviews/end`, { date: '2026-05-04', answers: all(4) })).json().error
        .fields[0].path,
    ).toBe('phase');
    const partial = await ohjaaja.put(`${base}/${p.id}/interviews/start`, {
      date: '2026-02-02',
      answers: { housing: 2 },
    });
    expect(partial.json().error.fields[0].path).toMatch(/^answers\./);
    await ohjaaja.put(`${base}/${p.id}/interviews/start`, { date: '2026-02-02', answers: { ...all(2), housing: 4 } });
    const end = await ohjaaja.put(`${base}/${p.id}/interviews/end`, {
      date: '2026-05-04',
      answers: { ...all(4), housing: 3 },
    });
    const cmp = end.json().period.comparison;
    expect(cmp.find((c: { key: string }) => c.key === 'daily-routine')).toEqual({
      key: 'daily-routine',
      start: 2,
      end: 4,
      change: 2,
    });
    expect(cmp.find((c: { key: string }) => c.key === 'housing').change).toBe(-1);
    const list = (await ohjaaja.get(base)).json();
    expect(list.periods[0].contacts.map((c: { kind: string }) => c.kind)).toEqual(['home-visit', 'phone']);
    expect(list.questions).toHaveLength(INTERVIEW_QUESTIONS.length);
    const ended = await ohjaaja.post(`${base}/${p.id}/end`, { version: p.version });
    expect(ended.json().period.status).toBe('ended');
    expect((await ohjaaja.post(`${base}/${p.id}/end`, { version: p.version })).statusCode).toBe(409);
    const actions = (
      await ctx.app.db.selectFrom('audit_log').select('action').where('client_id', '=', clientId).execute()
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'socialRehab.period.create',
        'socialRehab.contact.create',
        'socialRehab.interview.end',
        'socialRehab.read',
      ]),
    );
  });

  it('is denied to other units, the benefit handler, the expert by experience and the administrator', async () => {
    const clientId = await newClient(ctx, units.main);
    for (const u of ['sosiaalityontekija2', 'etuuskasittelija', 'kokemusasiantuntija', 'yllapitaja']) {
      const a = await ctx.login(u);
      expect((await a.get(`/api/clients/${clientId}/social-rehabilitation/periods`)).statusCode, u).toBe(403);
      expect(
        (await a.post(`/api/clients/${clientId}/social-rehabilitation/periods`, { startDate: '2026-02-02' }))
          .statusCode,
        u,
      ).toBe(403);
    }
  });
});
