import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Agent, type TestContext } from '../../../test/app.js';

let ctx: TestContext;
let ohjaaja: Agent;

beforeAll(async () => {
  ctx = await createTestApp();
  ohjaaja = await ctx.login('sosiaaliohjaaja');
});
afterAll(() => ctx.close());

describe('providers register', () => {
  it('lists the demo providers and adds one; a duplicate name is a field error', async () => {
    const list = await ohjaaja.get('/api/work-activity/providers');
    expect(list.json().providers.length).toBeGreaterThanOrEqual(4);
    expect(list.json().endReasons.map((r: { code: string }) => r.code)).toContain('education');
    const created = await ohjaaja.post('/api/work-activity/providers', {
      name: 'Testipaja',
      capacity: 3,
      publicTransport: 'Bussi 9',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().provider).toMatchObject({
      name: 'Testipaja',
      capacity: 3,
      isActive: true,
      activeAgreements: 0,
    });
    const dup = await ohjaaja.post('/api/work-activity/providers', { name: 'Testipaja' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields[0].path).toBe('name');
  });

  it('edits with a version check (409 on a stale version); a field left out keeps its value', async () => {
    const p = (await ohjaaja.post('/api/work-activity/providers', { name: 'Versiopaja', capacity: 2 })).json().provider;
    const ok = await ohjaaja.patch(`/api/work-activity/providers/${p.id}`, { isActive: false, version: p.version });
    expect(ok.json().provider).toMatchObject({ isActive: false, capacity: 2 });
    const stale = await ohjaaja.patch(`/api/work-activity/providers/${p.id}`, { isActive: true, version: p.version });
    expect(stale.statusCode).toBe(409);
    // Renaming an inactive provider does not make it active again.
    const renamed = await ohjaaja.patch(`/api/work-activity/providers/${p.id}`, {
      name: 'Versiopaja 2',
      version: ok.json().provider.version,
    });
    expect(renamed.json().provider).toMatchObject({ name: 'Versiopaja 2', isActive: false, capacity: 2 });
    const filtered = (await ohjaaja.get('/api/work-activity/providers?active=false')).json().providers;
    expect(filtered.map((x: { id: string }) => x.id)).toContain(p.id);
  });

  it('a provider of another organisation cannot be edited (the provider subject belongs to its organisation)', async () => {
    const db = ctx.app.db;
    const org = await db
      .insertInto('organisation')
      .values({ name: 'Naapurikunta', kind: 'kunta' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const other = await db
      .insertInto('work_activity_provider')
      .values({ organisation_id: org.id, name: 'Naapurin paja' })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    const res = await ohjaaja.patch(`/api/work-activity/providers/${other.id}`, {
      isActive: false,
      version: other.version,
    });
    expect(res.statusCode).toBe(403);
    expect(
      (await ohjaaja.get('/api/work-activity/providers')).json().providers.map((p: { id: string }) => p.id),
    ).not.toContain(other.id);
    expect(
      (await ohjaaja.patch('/api/work-activity/providers/8f4e0c3a-5b1d-4c2e-9a7f-1d2e3f4a5b6c', { version: 1 }))
        .statusCode,
    ).toBe(404);
  });

  it('is closed to the benefit handler, the expert by experience and provider accounts', async () => {
    for (const u of ['etuuskasittelija', 'kokemusasiantuntija', 'tyotoiminta']) {
      const a = await ctx.login(u);
      expect((await a.get('/api/work-activity/providers')).statusCode, u).toBe(403);
    }
  });
});
