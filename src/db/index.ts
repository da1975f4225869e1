// One database API for both backends: PGlite (embedded, data in DATA_DIR) when no DATABASE_URL is
// given, real PostgreSQL through `pg` otherwise. Every query is written once, in Kysely.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './types.js';
import { PGliteDialect } from './pglite-dialect.js';

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** PGlite only: the underlying instance (used by backup). */
  pglite?: import('@electric-sql/pglite').PGlite;
}

export interface OpenOptions {
  /** postgres://… ; when absent PGlite is used. */
  url?: string;
  /** PGlite data directory; 'memory://' for an in-memory database. */
  dataDir?: string;
  /** PGlite only: start from a data-dir tarball (tests use a migrated template). */
  loadDataDir?: Blob;
  poolSize?: number;
}

// OIDs: 1082 date, 20 int8, 1700 numeric, 1114 timestamp, 1184 timestamptz.
// Legal dates stay 'YYYY-MM-DD' strings (no time zone games); counts come back as numbers.
const parseDate = (v: string) => v;
const parseInt8 = (v: string) => Number(v);

let pgTypesConfigured = false;
function configurePgTypes() {
  if (pgTypesConfigured) return;
  pg.types.setTypeParser(1082, parseDate);
  pg.types.setTypeParser(20, parseInt8);
  pgTypesConfigured = true;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    configurePgTypes();
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection can be ended by the server (restart, failover, administrator). Without a
    // listener node-postgres throws that as an uncaught exception and the process dies; the pool
    // simply opens a new connection for the next query. Only the error code is written out.
    pool.on('error', (error: Error & { code?: string }) => {
      process.stderr.write(
        `database: an idle connection was closed (${error.code ?? error.name}); reconnecting on demand\n`,
      );
    });
    // Every session works in UTC so timestamps compare the same on every instance.
    pool.on('connect', (client) => {
      client.query("set time zone 'UTC'").catch(() => undefined);
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgresql', close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const dataDir = options.dataDir ?? 'memory://';
  if (dataDir !== 'memory://') mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: dataDir === 'memory://' ? undefined : dataDir,
    extensions: { pg_trgm },
    loadDataDir: options.loadDataDir,
    parsers: { 1082: parseDate, 20: parseInt8 },
  });
  await pglite.exec("set time zone 'UTC'");
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', pglite, close: () => db.destroy() };
}

export async function databaseNow(db: Kysely<DB>): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db);
  return rows[0].now;
}
