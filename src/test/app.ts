// Test helpers: a fresh app on its own copy of the demo database, and logged-in API agents.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { openDatabase, type Database } from '../db/index.js';
import { buildApp } from '../server/app.js';
import { loadConfig, type AppConfig } from '../server/config.js';
import type { App } from '../server/types.js';
import { adminUrl, TEST_PASSWORD } from './global-setup.js';
import type { Clock } from '../domain/clock/index.js';

export { TEST_PASSWORD };

export interface TestContext {
  app: App;
  database: Database;
  config: AppConfig;
  /** Logs in a demo user and returns an agent that sends the session cookie and CSRF token. */
  login(username: string, password?: string): Promise<Agent>;
  anonymous: Agent;
  close(): Promise<void>;
}

export interface Agent {
  cookie: string | null;
  csrf: string | null;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export function makeAgent(app: App, cookie: string | null, csrf: string | null): Agent {
  const agent: Agent = {
    cookie,
    csrf,
    request: (method, url, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: {
          ...(agent.cookie ? { cookie: agent.cookie } : {}),
          ...(agent.csrf && method !== 'GET' ? { 'x-csrf-token': agent.csrf } : {}),
          ...headers,
        },
        ...(body !== undefined ? { payload: body as object } : {}),
      }),
    get: (url, headers) => agent.request('GET', url, undefined, headers),
    post: (url, body, headers) => agent.request('POST', url, body ?? {}, headers),
    put: (url, body, headers) => agent.request('PUT', url, body ?? {}, headers),
    patch: (url, body, headers) => agent.request('PATCH', url, body ?? {}, headers),
    delete: (url, headers) => agent.request('DELETE', url, undefined, headers),
  };
  return agent;
}

let counter = 0;

/** Opens a private copy of the migrated demo database. */
export async function openTestDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const template = inject('pgTemplateDb');
    const name = `osallinen_t_${process.pid}_${Date.now()}_${counter++}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const database = await openDatabase({ url: adminUrl(url, name), poolSize: 5 });
    return {
      database,
      drop: async () => {
        const a = new pg.Client({ connectionString: adminUrl(url) });
        await a.connect();
        await a.query(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }
  const file = inject('pgliteTemplate');
  const blob = new Blob([await readFile(file)]);
  const database = await openDatabase({ dataDir: 'memory://', loadDataDir: blob });
  return { database, drop: async () => undefined };
}

export interface TestAppOptions {
  /** The app's clock; fix it where a test's expectations depend on the date. */
  clock?: Clock;
}

/**
 * A fresh app on its own copy of the demo database. The demo data was made with the real date, so
 * a test with a fixed clock should build the records its expectations depend on.
 */
export async function createTestApp(
  overrides: Partial<AppConfig> = {},
  options: TestAppOptions = {},
): Promise<TestContext> {
  const { database, drop } = await openTestDatabase();
  const config: AppConfig = { ...loadConfig({}, []), demo: true, webDir: '/nonexistent', ...overrides };
  const app = await buildApp({ database, config, logger: false, clock: options.clock });
  await app.ready();
  const ctx: TestContext = {
    app,
    database,
    config,
    anonymous: makeAgent(app, null, null),
    async login(username, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = res.cookies.find((c) => c.name === 'osallinen_session');
      return makeAgent(app, `osallinen_session=${setCookie!.value}`, res.json().csrfToken);
    },
    async close() {
      await app.close();
      await database.close();
      await drop();
    },
  };
  return ctx;
}
