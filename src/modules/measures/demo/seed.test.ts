// The measures demo data with clients present (as after client work's seed): it runs, and the
// reports are non-trivial on it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/app.js';
import type { DemoContext } from '../../../demo/seed.js';
import { fixedClock } from '../../../domain/clock/index.js';
import { seedClientMeasures } from './seed.js';
import { demoUnits, newClient } from '../testing.js';

// The demo data is made around a day; here a fixed one, far from the real date of the demo database.
const TODAY = '2031-03-03';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({}, { clock: fixedClock(TODAY) });
});
afterAll(() => ctx.close());

describe('measures demo data', () => {
  it('creates paths with attendance, decisions (some late), a group and a period', async () => {
    const db = ctx.app.db;
    const units = await demoUnits(ctx);
    for (let i = 0; i < 5; i++) await newClient(ctx, units.main, `Demo${i}`, 'Asiakas');
    const users = Object.fromEntries(
      (await db.selectFrom('app_user').select(['username', 'id']).execute()).map((u) => [u.username, u.id]),
    );
    const org = await db
      .selectFrom('unit')
      .select('organisation_id')
      .where('id', '=', units.main)
      .executeTakeFirstOrThrow();
    const asiakas = await db
      .selectFrom('app_user')
      .select('client_id')
      .where('username', '=', 'asiakas')
      .executeTakeFirstOrThrow();
    const providerIds = (await db.selectFrom('work_activity_provider').select('id').execute()).map((p) => p.id);
    const demo: DemoContext = {
      db,
      organisationId: org.organisation_id,
      unitId: units.main,
      otherUnitId: units.other,
      benefitUnitId: units.other,
      users,
      passwordHash: 'x',
      demoClientId: asiakas.client_id!,
    };
    await db.transaction().execute((trx) => seedClientMeasures({ ...demo, db: trx }, providerIds, TODAY));

    const worker = await ctx.login('sosiaaliohjaaja');
    const month = TODAY.slice(0, 7);
    const prev = '2031-02';
    const allowances = (await worker.get(`/api/work-activity/allowances?month=${prev}`)).json();
    expect(allowances.rows.length).toBeGreaterThan(0);
    expect(allowances.totalCents).toBe(
      allowances.rows.reduce((s: number, r: { attendedDays: number }) => s + r.attendedDays * 900, 0),
    );
    const manager = await ctx.login('esihenkilo');
    const from = '2030-03';
    const pt = (await manager.get(`/api/benefit-decisions/reports/processing-times?from=${from}&to=${month}`)).json();
    const total = pt.months.reduce((s: number, m: { decisions: number }) => s + m.decisions, 0);
    const late = pt.months.reduce((s: number, m: { late: number }) => s + m.late, 0);
    expect(total).toBeGreaterThan(20);
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(total);
    const groups = (await worker.get('/api/groups')).json().groups;
    // The newest such group is this one: its fourth weekly session is today by the app's clock.
    expect(groups.find((g: { name: string }) => g.name === 'Arjen voimavarat')).toMatchObject({
      nextSession: TODAY,
      sessions: 6,
      members: 4,
    });
    const expert = await ctx.login('kokemusasiantuntija');
    expect((await expert.get('/api/groups')).json().groups.map((g: { name: string }) => g.name)).toContain(
      'Arjen voimavarat',
    );
    const paths = await db.selectFrom('work_activity_path').select('client_id').execute();
    expect(paths.some((p) => p.client_id === asiakas.client_id)).toBe(false);
  });
});
