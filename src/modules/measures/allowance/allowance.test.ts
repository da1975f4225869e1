import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { centsToEuroText, monthlyAllowance } from './allowance.js';
import { monthRange } from '../common.js';
import { demoUnits, newClient, pathWithAgreement, providerId as providerOf } from '../testing.js';

const CLIENTS = ['c1', 'c2', 'c3'];
const dayArb = fc.integer({ min: 1, max: 31 }).map((d) => `2026-03-${String(d).padStart(2, '0')}`);
const rowArb = fc.record({
  clientId: fc.constantFrom(...CLIENTS),
  day: fc.oneof(dayArb, fc.constant('2026-04-01'), fc.constant('2026-02-28')),
  attended: fc.boolean(),
  hours: fc.integer({ min: 8, max: 16 }).map((h) => h / 2),
});

describe('monthlyAllowance (pure)', () => {
  it('equals attended days × rate per client for random attendance (property)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 80 }), fc.integer({ min: 0, max: 5000 }), (rows, rate) => {
        const list = monthlyAllowance(rows, '2026-03', rate);
        for (const c of CLIENTS) {
          const days = new Set(
            rows.filter((r) => r.clientId === c && r.attended && r.day.startsWith('2026-03-')).map((r) => r.day),
          );
          const row = list.find((l) => l.clientId === c);
          if (days.size === 0) expect(row).toBeUndefined();
          else expect(row).toMatchObject({ attendedDays: days.size, cents: days.size * rate });
        }
        expect(list.reduce((s, r) => s + r.cents, 0)).toBe(list.reduce((s, r) => s + r.attendedDays, 0) * rate);
        for (const r of list) expect(Number.isInteger(r.cents)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('formats cents as euros without floating point and knows month ends', () => {
    expect(centsToEuroText(0)).toBe('0,00');
    expect(centsToEuroText(905)).toBe('9,05');
    expect(centsToEuroText(123456)).toBe('1234,56');
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(() => monthlyAllowance([], '2026-03', 9.5)).toThrow();
  });
});

describe('allowance list through the API (property, on the database)', () => {
  let ctx: TestContext;
  let ohjaaja: Agent;
  const agreements: { clientId: string; agreementId: string }[] = [];

  beforeAll(async () => {
    ctx = await createTestApp();
    ohjaaja = await ctx.login('sosiaaliohjaaja');
    const units = await demoUnits(ctx);
    const providerId = (await ohjaaja.get('/api/work-activity/providers')).json().providers[0].id;
    for (let i = 0; i < 3; i++) {
      const clientId = await newClient(ctx, units.main, 'Prop', `Erty${i}`);
      const p = (await ohjaaja.post(`/api/clients/${clientId}/work-activity/paths`, {})).json().path;
      await ohjaaja.post(`/api/clients/${clientId}/work-activity/paths/${p.id}/steps`, {
        kind: 'activation-plan',
        date: '2025-12-01',
        employmentWorker: 'TE',
        need: 'x',
        suitablePlacement: 'y',
      });
      const ag = (
        await ohjaaja.post(`/api/clients/${clientId}/work-activity/paths/${p.id}/agreements`, {
          providerId,
          startDate: '2025-12-01',
          endDate: '2026-12-31',
          daysPerWeek: 5,
          hoursPerDay: 6,
          goals: 'x',
        })
      ).json().agreement;
      agreements.push({ clientId, agreementId: ag.id });
    }
  });
  afterAll(() => ctx.close());

  it('the monthly list equals the sum of attended days × rate', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            who: fc.integer({ min: 0, max: 2 }),
            day: fc.integer({ min: 1, max: 28 }),
            attended: fc.boolean(),
            hours: fc.integer({ min: 8, max: 16 }),
          }),
          { maxLength: 25 },
        ),
        async (entries) => {
          // Each run writes into its own month so runs do not see each other.
          const m = `2026-${String((round++ % 12) + 1).padStart(2, '0')}`;
          await ctx.app.db
            .deleteFrom('work_activity_attendance')
            .where('day', '>=', `${m}-01`)
            .where('day', '<=', monthRange(m).to)
            .execute();
          await ctx.app.db.deleteFrom('task').where('kind', '=', 'work-activity.absence').execute();
          const expected = new Map<string, Set<string>>();
          const seen = new Set<string>();
          for (const e of entries) {
            const { clientId, agreementId } = agreements[e.who];
            const day = `${m}-${String(e.day).padStart(2, '0')}`;
            if (seen.has(`${e.who}${day}`)) continue;
            seen.add(`${e.who}${day}`);
            const res = await ohjaaja.put(
              `/api/clients/${clientId}/work-activity/agreements/${agreementId}/attendance/${day}`,
              e.attended ? { attended: true, hours: e.hours / 2 } : { attended: false, absenceReason: 'sick' },
            );
            expect(res.statusCode, res.body).toBe(200);
            if (e.attended) {
              if (!expected.has(clientId)) expected.set(clientId, new Set());
              expected.get(clientId)!.add(day);
            }
          }
          const body = (await ohjaaja.get(`/api/work-activity/allowances?month=${m}`)).json();
          const mine = body.rows.filter((r: { clientId: string }) => agreements.some((a) => a.clientId === r.clientId));
          expect(mine.length).toBe(expected.size);
          for (const r of mine) expect(r.cents).toBe(expected.get(r.clientId)!.size * body.rateCents);
          expect(body.totalCents).toBe(
            body.rows.reduce((s: number, r: { attendedDays: number }) => s + r.attendedDays * body.rateCents, 0),
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('expense allowance', () => {
  let ctx: TestContext;
  let ohjaaja: Agent;
  let units: { main: string; other: string };
  let providerId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    ohjaaja = await ctx.login('sosiaaliohjaaja');
    units = await demoUnits(ctx);
    providerId = await providerOf(ohjaaja);
  });
  afterAll(() => ctx.close());

  it('lists attended days × rate in cents per client, follows the organisation rate, exports CSV', async () => {
    const clientId = await newClient(ctx, units.main, 'Kalle', 'Korvaus');
    const { agreementId } = await pathWithAgreement(ohjaaja, clientId, providerId, '2026-07-01', '2026-09-30');
    const base = `/api/clients/${clientId}/work-activity/agreements/${agreementId}/attendance`;
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
    expect((await esihenkilo.put('/api/work-activity/settings', { allowanceCents: 1050, version: 3 })).statusCode).toBe(
      409,
    );
    const set = await esihenkilo.put('/api/work-activity/settings', { allowanceCents: 1050, version: 0 });
    expect(set.json()).toEqual({ allowanceCents: 1050, version: 1 });
    expect((await ohjaaja.get('/api/work-activity/settings')).json()).toEqual({ allowanceCents: 1050, version: 1 });
    expect((await esihenkilo.put('/api/work-activity/settings', { allowanceCents: 1100, version: 0 })).statusCode).toBe(
      409,
    );
    const again = (await ohjaaja.get('/api/work-activity/allowances?month=2026-07')).json();
    expect(again.rows.find((r: { clientId: string }) => r.clientId === clientId).cents).toBe(2100);

    const csv = await ohjaaja.get('/api/work-activity/allowances.csv?month=2026-07');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Korvaus Kalle;');
    expect(csv.body).toContain(';2;9,5;10,50;21,00;2100');
    const exported = await ctx.app.db
      .selectFrom('audit_log')
      .select('action')
      .where('client_id', '=', clientId)
      .where('action', '=', 'workActivity.allowance.export')
      .execute();
    expect(exported).toHaveLength(1);
    const second = await esihenkilo.put('/api/work-activity/settings', { allowanceCents: 900, version: 1 });
    expect(second.json()).toEqual({ allowanceCents: 900, version: 2 });
  });

  it('does not list clients of units the user does not work in', async () => {
    const clientId = await newClient(ctx, units.main);
    const { agreementId } = await pathWithAgreement(ohjaaja, clientId, providerId, '2026-07-01', '2026-09-30');
    await ohjaaja.put(`/api/clients/${clientId}/work-activity/agreements/${agreementId}/attendance/2026-07-06`, {
      attended: true,
      hours: 5,
    });
    const other = await ctx.login('sosiaalityontekija2');
    const res = (await other.get('/api/work-activity/allowances?month=2026-07')).json();
    expect(res.rows.some((r: { clientId: string }) => r.clientId === clientId)).toBe(false);
  });
});
