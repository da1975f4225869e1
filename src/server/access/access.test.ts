import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app.js';
import { actionRule } from './actions.js';
import { accessPlugin, MissingActionError } from './plugin.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

const SAMPLE_UUID = '8f4e0c3a-5b1d-4c2e-9a7f-1d2e3f4a5b6c';

function fillParams(url: string) {
  return url.replace(/:[A-Za-z]+/g, SAMPLE_UUID).replace(/\*$/, 'x');
}

describe('every API route declares an action', () => {
  it('refuses to register an /api route without an action', async () => {
    const app = Fastify({ logger: false });
    await app.register(accessPlugin);
    const start = async () => {
      app.get('/api/no-action', async () => 'x');
      await app.ready();
    };
    await expect(start()).rejects.toBeInstanceOf(MissingActionError);
  });

  it('refuses an action that is not in the registry', async () => {
    const app = Fastify({ logger: false });
    await app.register(accessPlugin);
    const start = async () => {
      app.get('/api/unknown-action', { config: { action: 'no.such.action' as never } }, async () => 'x');
      await app.ready();
    };
    await expect(start()).rejects.toBeInstanceOf(MissingActionError);
  });

  it('has a registered action for every /api route', () => {
    const apiRoutes = ctx.app.registeredRoutes.filter((r) => r.url.startsWith('/api'));
    expect(apiRoutes.length).toBeGreaterThan(10);
    for (const r of apiRoutes) {
      expect(actionRule(r.action ?? ''), `${r.method} ${r.url}`).toBeDefined();
    }
  });

  it('answers 401 to an anonymous request on every non-public /api route, and changes nothing', async () => {
    const db = ctx.database.db;
    const count = async () =>
      Promise.all(
        (['organisation', 'unit', 'app_user', 'client', 'audit_log', 'task'] as const).map(async (t) =>
          Number(
            (
              await db
                .selectFrom(t)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await count();
    const routes = ctx.app.registeredRoutes.filter(
      (r) => r.url.startsWith('/api') && r.method !== 'HEAD' && actionRule(r.action ?? '')?.scope !== 'public',
    );
    expect(routes.length).toBeGreaterThan(5);
    for (const r of routes) {
      const res = await ctx.anonymous.request(
        r.method,
        fillParams(r.url),
        ['GET', 'DELETE'].includes(r.method) ? undefined : {},
      );
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
    expect(await count()).toEqual(before);
  });
});

describe('OpenAPI document', () => {
  it('covers every /api route and serves the docs UI', async () => {
    const res = await ctx.anonymous.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(ops))
        documented.add(`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const api = ctx.app.registeredRoutes.filter(
      (r) =>
        r.url.startsWith('/api') &&
        !r.url.startsWith('/api/docs') &&
        r.url !== '/api/openapi.json' &&
        r.method !== 'HEAD',
    );
    for (const r of api) expect(documented.has(`${r.method} ${r.url}`), `${r.method} ${r.url}`).toBe(true);
    const ui = await ctx.anonymous.get('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});
