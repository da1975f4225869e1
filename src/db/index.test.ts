// An idle PostgreSQL connection ended by the server must not take the process down.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './index.js';
import { sql } from 'kysely';
import { adminUrl } from '../test/global-setup.js';

describe.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL connection pool', () => {
  it('survives the server ending an idle connection and reconnects for the next query', async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const name = `osallinen_pool_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const database = await openDatabase({ url: adminUrl(url, name), poolSize: 2 });
    try {
      const uncaught: unknown[] = [];
      const onUncaught = (e: unknown) => uncaught.push(e);
      process.on('uncaughtException', onUncaught);
      await sql`select 1`.execute(database.db); // one idle connection in the pool
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
        [name],
      );
      await new Promise((r) => setTimeout(r, 300));
      const { rows } = await sql<{ ok: number }>`select 1 as ok`.execute(database.db);
      expect(rows[0].ok).toBe(1);
      process.off('uncaughtException', onUncaught);
      expect(uncaught).toEqual([]);
    } finally {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
