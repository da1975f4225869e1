// Builds one migrated, demo-seeded database once per test run; every test file starts from a copy
// (PGlite: a data-dir dump; PostgreSQL: CREATE DATABASE … TEMPLATE). Keeps the suite fast.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/index.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedDemoIfEmpty } from '../demo/seed.js';

export const TEST_PASSWORD = 'osallinen-demo';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateDb: string;
  }
}

export function adminUrl(url: string, dbName = 'postgres') {
  const u = new URL(url);
  u.pathname = `/${dbName}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `osallinen_tpl_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const database = await openDatabase({ url: adminUrl(url, name), poolSize: 2 });
    await migrateToLatest(database.db);
    await seedDemoIfEmpty(database.db, TEST_PASSWORD);
    await database.close();
    project.provide('pgTemplateDb', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'osallinen-test-'));
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateToLatest(database.db);
  await seedDemoIfEmpty(database.db, TEST_PASSWORD);
  const dump = await database.pglite!.dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);
  project.provide('pgTemplateDb', '');
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
