import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/app.js';
import { actionRule } from '../../shared/access/actions/index.js';
import { accessPlugin, MissingActionError, MissingResolverError, registerWithAction } from './plugin.js';
import { ACTIONS } from '../../shared/access/actions/index.js';
import { ACTION_NAME, ACTION_VERBS } from '../../shared/access/rules.js';
import { subjectKindsInUse } from './check.js';
import { foundationSubjects } from './subjects.js';
import { CAPABILITIES } from '../routes.js';

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

  it('refuses a page or form route without an action, not only /api routes', async () => {
    const app = Fastify({ logger: false });
    await app.register(accessPlugin);
    app.get('/some-page', async () => 'x');
    await expect(app.ready()).rejects.toBeInstanceOf(MissingActionError);
  });

  it('gives the routes a third-party plugin adds the action of its scope', async () => {
    const app = Fastify({ logger: false });
    await app.register(accessPlugin);
    app.registerSubjects(foundationSubjects);
    for (const capability of CAPABILITIES) if (capability.subjects) app.registerSubjects(capability.subjects);
    await registerWithAction(app, 'publicAsset.read', async (scope) => {
      scope.get('/asset.css', async () => 'x');
    });
    await app.ready();
    expect(app.registeredRoutes.find((r) => r.url === '/asset.css')?.action).toBe('publicAsset.read');
    await app.close();
  });

  it('refuses to start when an action is scoped to a subject kind that has no resolver', async () => {
    const app = Fastify({ logger: false });
    await app.register(accessPlugin);
    await expect(app.ready()).rejects.toBeInstanceOf(MissingResolverError);
  });

  it('has a resolver for every subject kind that an action is scoped to', () => {
    const kinds = subjectKindsInUse();
    expect(kinds).toContain('client');
    for (const kind of kinds) expect(ctx.app.subjectResolvers[kind], kind).toBeDefined();
  });

  it('names every action by one rule: subject.verb or subject.part.verb, with a known verb', () => {
    for (const name of Object.keys(ACTIONS)) {
      expect(name, name).toMatch(ACTION_NAME);
      expect(ACTION_VERBS as readonly string[], name).toContain(name.split('.').at(-1));
    }
  });

  it('has a registered action for every route, pages and static files included', () => {
    const all = ctx.app.registeredRoutes;
    expect(all.some((r) => !r.url.startsWith('/api'))).toBe(true);
    for (const r of all) expect(actionRule(r.action ?? ''), `${r.method} ${r.url}`).toBeDefined();
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

describe('CSRF proof follows the action scope', () => {
  it('a logged-in worker can send a public no-JavaScript form without a token (public action)', async () => {
    const worker = await ctx.login('sosiaalityontekija');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/palvelut/ehdota',
      headers: { cookie: worker.cookie!, 'content-type': 'application/x-www-form-urlencoded' },
      payload:
        'name=Kyl%C3%A4tupa&description=Olohuone&municipality=Alavus&streetAddress=Kyl%C3%A4tie+3&email=&website=',
    });
    expect(res.statusCode).toBe(303);
  });

  it('a change through a session without the token is refused and changes nothing', async () => {
    const worker = await ctx.login('sosiaalityontekija');
    const before = await ctx.database.db
      .selectFrom('client')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { cookie: worker.cookie! },
      payload: { firstName: 'Testi', lastName: 'Henkilö' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
    const after = await ctx.database.db
      .selectFrom('client')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
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
