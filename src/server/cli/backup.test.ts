// Backup → restore round trip with the real commands, on the backend the suite runs on.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/index.js';
import { migrateToLatest } from '../../db/migrate.js';
import { seedDemoIfEmpty } from '../../demo/seed.js';
import { adminUrl } from '../../test/global-setup.js';

const root = path.resolve(import.meta.dirname, '../../..');
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

function run(script: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/server/cli', script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    // spawnSync blocks the test runner's own timeout: a hung command must fail here instead.
    timeout: 90_000,
  });
  return result;
}

async function counts(open: () => ReturnType<typeof openDatabase>) {
  const database = await open();
  try {
    const tables = ['organisation', 'unit', 'app_user', 'client', 'audit_log'] as const;
    const out: Record<string, number> = {};
    for (const t of tables) {
      out[t] = Number(
        (
          await database.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    }
    return out;
  } finally {
    await database.close();
  }
}

describe('backup and restore', () => {
  it('restores exactly what was backed up, and refuses to overwrite existing data', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'osallinen-backup-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const url = process.env.TEST_DATABASE_URL;
    let sourceEnv: Record<string, string>;
    let targetEnv: Record<string, string>;
    let openSource: () => ReturnType<typeof openDatabase>;
    let openTarget: () => ReturnType<typeof openDatabase>;
    if (url) {
      const admin = new pg.Client({ connectionString: adminUrl(url) });
      await admin.connect();
      const src = `osallinen_bk_src_${process.pid}`;
      const dst = `osallinen_bk_dst_${process.pid}`;
      await admin.query(`create database ${src}`);
      await admin.query(`create database ${dst}`);
      cleanups.push(async () => {
        await admin.query(`drop database if exists ${src} with (force)`);
        await admin.query(`drop database if exists ${dst} with (force)`);
        await admin.end();
      });
      sourceEnv = { DATABASE_URL: adminUrl(url, src) };
      targetEnv = { DATABASE_URL: adminUrl(url, dst) };
      openSource = () => openDatabase({ url: adminUrl(url, src), poolSize: 1 });
      openTarget = () => openDatabase({ url: adminUrl(url, dst), poolSize: 1 });
    } else {
      sourceEnv = { DATA_DIR: path.join(dir, 'source') };
      targetEnv = { DATA_DIR: path.join(dir, 'target') };
      openSource = () => openDatabase({ dataDir: path.join(dir, 'source') });
      openTarget = () => openDatabase({ dataDir: path.join(dir, 'target') });
    }
    const source = await openSource();
    await migrateToLatest(source.db);
    await seedDemoIfEmpty(source.db, 'backup-test-password');
    await source.close();
    const before = await counts(openSource);
    expect(before.app_user).toBeGreaterThan(5);

    const file = path.join(dir, url ? 'backup.dump' : 'backup.tar.gz');
    const backup = run('backup.ts', [file], sourceEnv);
    expect(backup.status, backup.stderr).toBe(0);
    const restore = run('restore.ts', [file], targetEnv);
    expect(restore.status, restore.stderr).toBe(0);
    expect(await counts(openTarget)).toEqual(before);

    // The restored use log still verifies.
    const verify = run('audit-verify.ts', [], targetEnv);
    expect(verify.status, verify.stderr).toBe(0);

    if (!url) {
      // Restoring over existing data is refused and changes nothing.
      const again = run('restore.ts', [file], targetEnv);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('not empty');
    }
  }, 180_000);
});
