// Killing the server with SIGKILL in the middle of writes loses no committed data and leaves no
// half-written records (issue 2). Runs the real server process on a fresh database.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/index.js';
import { adminUrl } from '../test/global-setup.js';
import { loginOverHttp, startServerProcess } from '../test/server-process.js';
import { verifyAuditChain } from './audit/audit.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function freshDatabaseEnv(): Promise<{
  env: Record<string, string>;
  open: () => ReturnType<typeof openDatabase>;
}> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `osallinen_kill_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${name}`);
    cleanups.push(async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    });
    const dbUrl = adminUrl(url, name);
    return { env: { DATABASE_URL: dbUrl }, open: () => openDatabase({ url: dbUrl, poolSize: 2 }) };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'osallinen-kill-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const dataDir = path.join(dir, 'data');
  return { env: { DATA_DIR: dataDir }, open: () => openDatabase({ dataDir }) };
}

describe('crash safety', () => {
  it('keeps every acknowledged write and no half-written record after SIGKILL', async () => {
    const { env, open } = await freshDatabaseEnv();
    const server = await startServerProcess({ ...env, DEMO_PASSWORD: 'kill-test-password' }, ['--demo']);
    const { cookie, csrf } = await loginOverHttp(server.baseUrl, 'yllapitaja', 'kill-test-password');

    const acknowledged: string[] = [];
    let stop = false;
    // Four writers; each request is one transaction: the organisation row plus its use-log row.
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${server.baseUrl}/api/admin/organisations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
            body: JSON.stringify({ name: `Kaatumistesti ${w}-${i}`, kind: 'kunta', population: i }),
          });
          if (res.status === 201)
            acknowledged.push(((await res.json()) as { organisation: { id: string } }).organisation.id);
        } catch {
          return; // connection reset by the kill
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    await new Promise((r) => setTimeout(r, 2500));
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await exited;
    expect(acknowledged.length).toBeGreaterThan(5);

    const database = await open();
    try {
      const db = database.db;
      const orgs = await db.selectFrom('organisation').select('id').where('name', 'like', 'Kaatumistesti %').execute();
      const ids = new Set(orgs.map((o) => o.id));
      for (const id of acknowledged) expect(ids.has(id)).toBe(true);
      // No organisation without its use-log row and no use-log row without its organisation.
      const logged = await db
        .selectFrom('audit_log')
        .select('subject_id')
        .where('action', '=', 'organisation.create')
        .execute();
      expect(new Set(logged.map((l) => l.subject_id))).toEqual(ids);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    } finally {
      await database.close();
    }
  }, 180_000);

  it('finishes requests in flight on SIGTERM and exits cleanly', async () => {
    const { env, open } = await freshDatabaseEnv();
    const server = await startServerProcess({ ...env, DEMO_PASSWORD: 'term-test-password' }, ['--demo']);
    const { cookie, csrf } = await loginOverHttp(server.baseUrl, 'yllapitaja', 'term-test-password');
    const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
    const requests = Array.from({ length: 20 }, (_, i) =>
      fetch(`${server.baseUrl}/api/admin/organisations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
        body: JSON.stringify({ name: `Sammutustesti ${i}`, kind: 'kunta', population: i }),
      }).then(
        async (res) => ({
          status: res.status,
          id: res.status === 201 ? ((await res.json()) as { organisation: { id: string } }).organisation.id : null,
        }),
        (error: Error) => ({
          status: 0,
          id: null,
          error: String((error.cause as Error | undefined)?.message ?? error.message),
        }),
      ),
    );
    // Let the requests reach the server, then ask it to stop.
    await new Promise((r) => setTimeout(r, 30));
    server.child.kill('SIGTERM');
    const results = await Promise.all(requests);
    expect(await exited, server.output().slice(-3000)).toBe(0);
    // Each request either completed or was refused before it was accepted: none was cut off mid-way.
    for (const r of results) {
      if (r.status === 0) expect((r as { error?: string }).error).toMatch(/ECONNREFUSED|ECONNRESET|other side closed/);
      else expect([201, 503]).toContain(r.status);
    }
    const created = results.filter((r) => r.status === 201).map((r) => r.id);
    expect(created.length).toBeGreaterThan(0);
    const database = await open();
    try {
      const rows = await database.db
        .selectFrom('organisation')
        .select('id')
        .where('name', 'like', 'Sammutustesti %')
        .execute();
      expect(new Set(rows.map((r) => r.id))).toEqual(new Set(created));
    } finally {
      await database.close();
    }
  }, 180_000);
});
