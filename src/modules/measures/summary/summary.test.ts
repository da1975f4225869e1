import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';
import { demoUnits, newClient } from '../testing.js';

let ctx: TestContext;
let ohjaaja: Agent;
let units: { main: string; other: string };

beforeAll(async () => {
  ctx = await createTestApp();
  ohjaaja = await ctx.login('sosiaaliohjaaja');
  units = await demoUnits(ctx);
});
afterAll(() => ctx.close());

describe('client measures for the plan', () => {
  it('lists all measures of a client, filterable by plan, and denies other units', async () => {
    const clientId = await newClient(ctx, units.main);
    const planId = '22222222-2222-4222-8222-222222222222';
    const p = (await ohjaaja.post(`/api/clients/${clientId}/work-activity/paths`, { planId })).json().path;
    await ohjaaja.post(`/api/clients/${clientId}/social-rehabilitation/periods`, { startDate: '2026-02-02' });
    const all = (await ohjaaja.get(`/api/clients/${clientId}/measures`)).json().measures;
    expect(all.map((m: { kind: string }) => m.kind).sort()).toEqual(['social-rehabilitation', 'work-activity']);
    const linked = (await ohjaaja.get(`/api/clients/${clientId}/measures?planId=${planId}`)).json().measures;
    expect(linked).toEqual([expect.objectContaining({ kind: 'work-activity', id: p.id, planId })]);
    for (const u of ['sosiaalityontekija2', 'yllapitaja', 'etuuskasittelija', 'kokemusasiantuntija']) {
      const a = await ctx.login(u);
      expect((await a.get(`/api/clients/${clientId}/measures`)).statusCode, u).toBe(403);
    }
  });
});
