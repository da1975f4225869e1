// A fresh, migrated, demo-seeded database for one benchmark run: in-memory PGlite by default, or a
// new database on the PostgreSQL server of BENCH_DATABASE_URL, dropped again by close().
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/index.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { seedDemoIfEmpty } from '../../src/demo/seed.js';

export const BENCH_PASSWORD = 'bench-password';

export interface BenchDatabase {
  database: Database;
  /** Closes the connection and, on PostgreSQL, drops the benchmark's database. Safe to call twice. */
  close(): Promise<void>;
}

async function adminQuery(url: string, query: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(query);
  } finally {
    await admin.end();
  }
}

export async function openBenchDatabase(name: string, poolSize: number): Promise<BenchDatabase> {
  const url = process.env.BENCH_DATABASE_URL;
  let dbName: string | null = null;
  let database: Database;
  if (url) {
    dbName = `osallinen_bench_${name}_${Date.now()}`;
    await adminQuery(url, `create database ${dbName}`);
    const u = new URL(url);
    u.pathname = `/${dbName}`;
    database = await openDatabase({ url: u.toString(), poolSize });
  } else {
    database = await openDatabase({ dataDir: 'memory://' });
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await database.close();
    if (url && dbName) await adminQuery(url, `drop database if exists ${dbName} with (force)`);
  };
  try {
    await migrateToLatest(database.db);
    await seedDemoIfEmpty(database.db, BENCH_PASSWORD);
  } catch (error) {
    await close();
    throw error;
  }
  return { database, close };
}
