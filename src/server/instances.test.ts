// Several instances on one PostgreSQL share sessions: log in through one, call the other.
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase, type Database } from '../db/index.js';
import { openTestDatabase } from '../test/app.js';
import type { App } from './types.js';

const onPostgres = !!process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

describe.skipIf(!onPostgres)('two instances on one PostgreSQL', () => {
  it('share sessions, CSRF tokens, logout and login throttling', async () => {
    const { database: first, drop } = await openTestDatabase();
    cleanups.push(drop);
    cleanups.push(() => first.close());
    // The second instance gets its own connection pool to the same database, as a separate process would.
    const dbName = (
      await first.db.selectNoFrom((eb) => eb.fn<string>('current_database', []).as('db')).executeTakeFirstOrThrow()
    ).db;
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${dbName}`;
    const second: Database = await openDatabase({ url: u.toString(), poolSize: 3 });
    cleanups.push(() => second.close());
    const config = { ...loadConfig({}, []), webDir: '/nonexistent' };
    const a: App = await buildApp({ database: first, config, logger: false });
    const b: App = await buildApp({ database: second, config, logger: false });
    cleanups.push(
      () => a.close(),
      () => b.close(),
    );

    const login = await a.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sosiaalityontekija', password: 'osallinen-demo' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = `osallinen_session=${login.cookies.find((c) => c.name === 'osallinen_session')!.value}`;
    const csrf = login.json().csrfToken;

    const me = await b.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('sosiaalityontekija');

    const out = await b.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    expect((await a.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);

    // Throttling counts failures from every instance.
    for (let i = 0; i < config.loginMaxFailures; i++) {
      const app = i % 2 ? a : b;
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'esihenkilo', password: 'wrong' },
      });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await a.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'esihenkilo', password: 'osallinen-demo' },
    });
    expect(blocked.statusCode).toBe(429);
  });
});
