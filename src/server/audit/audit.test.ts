import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../../test/app.js';
import { audit, auditAnchor, auditHash, configureAuditKey, verifyAuditChain } from './audit.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(async () => ctx?.close());

describe('use log', () => {
  it('chains rows so that verification passes, and detects an altered or removed row', async () => {
    const db = ctx.database.db;
    const actor = { id: '00000000-0000-4000-8000-000000000001', username: 'tester' };
    for (let i = 0; i < 5; i++) {
      await audit(db, {
        actor,
        action: 'client.read',
        subjectType: 'client',
        subjectId: `s${i}`,
        purpose: 'asiakastyö',
      });
    }
    expect((await verifyAuditChain(db)).ok).toBe(true);

    // The database itself refuses changes.
    await expect(sql`update audit_log set purpose = 'x'`.execute(db)).rejects.toThrow();
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow();

    // Someone with the power to disable the trigger changes a row: the chain shows it.
    const rows = await db.selectFrom('audit_log').select('seq').orderBy('seq').execute();
    const victim = rows[2].seq;
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
    await sql`update audit_log set purpose = 'muutettu' where seq = ${victim}`.execute(db);
    const altered = await verifyAuditChain(db);
    expect(altered).toMatchObject({ ok: false, brokenAt: victim, reason: 'row altered' });

    await sql`update audit_log set purpose = 'asiakastyö' where seq = ${victim}`.execute(db);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await sql`delete from audit_log where seq = ${victim}`.execute(db);
    const removed = await verifyAuditChain(db);
    expect(removed.ok).toBe(false);
    expect(removed.brokenAt).toBe(rows[3].seq);
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
  });

  it('rolls back with the transaction it belongs to', async () => {
    const db = ctx.database.db;
    const before = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      db.transaction().execute(async (trx) => {
        await audit(trx, { actor: null, action: 'x', purpose: 'test' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const after = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});

describe('a use log that shows rewriting and trimming', () => {
  const actor = { id: '00000000-0000-4000-8000-000000000002', username: 'tester' };
  const write = async (db: TestContext['database']['db'], n: number) => {
    for (let i = 0; i < n; i++)
      await audit(db, { actor, action: 'client.read', subjectType: 'client', purpose: 'asiakastyö' });
  };

  /** What someone with full database access but without the key would do: change a row and
   *  recompute every later hash with the plain hash, so the chain links up again. */
  async function rewriteFrom(db: TestContext['database']['db'], seq: number) {
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
    await sql`update audit_log set purpose = 'peitelty' where seq = ${seq}`.execute(db);
    const rows = await db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    let prev = '0'.repeat(64);
    for (const row of rows) {
      const hash = auditHash(prev, row);
      await sql`update audit_log set prev_hash = ${prev}, hash = ${hash}, keyed = false where seq = ${row.seq}`.execute(
        db,
      );
      prev = hash;
    }
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
  }

  it('with a key, a rewritten chain does not verify, and the key is needed to verify at all', async () => {
    const own = await createTestApp();
    try {
      configureAuditKey('testiavain-joka-on-vain-tassa-testissa');
      await write(own.database.db, 4);
      expect((await verifyAuditChain(own.database.db)).ok).toBe(true);
      expect(await verifyAuditChain(own.database.db, { key: null })).toMatchObject({
        ok: false,
        reason: 'the audit key is needed (AUDIT_KEY)',
      });
      const rows = await own.database.db.selectFrom('audit_log').select(['seq', 'keyed']).orderBy('seq').execute();
      const keyed = rows.filter((r) => r.keyed);
      expect(keyed.length).toBe(4);
      await rewriteFrom(own.database.db, keyed[1].seq);
      // The rewritten rows claim to be plain hashes, but rows after the key was set must be keyed:
      // verifying with the key finds the first keyed row that is no longer an HMAC.
      const result = await verifyAuditChain(own.database.db);
      expect(result.ok).toBe(false);
    } finally {
      configureAuditKey(null);
      await own.close();
    }
  });

  it('an anchor kept outside shows a rewrite without the key, and the trimming of the newest rows', async () => {
    const own = await createTestApp();
    try {
      const db = own.database.db;
      for (let i = 0; i < 3; i++) await audit(db, { actor, action: 'client.read', purpose: 'asiakastyö' });
      const anchor = (await auditAnchor(db))!;
      expect((await verifyAuditChain(db, { anchors: [anchor] })).ok).toBe(true);

      // Trimming: the anchored newest row and the one before it are removed.
      const last = await db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').limit(2).execute();
      await sql`alter table audit_log disable trigger audit_log_no_update`.execute(db);
      await sql`delete from audit_log where seq >= ${last[1].seq}`.execute(db);
      await sql`alter table audit_log enable trigger audit_log_no_update`.execute(db);
      // The chain itself still links up: only the anchor shows what is missing.
      expect((await verifyAuditChain(db)).ok).toBe(true);
      expect(await verifyAuditChain(db, { anchors: [anchor] })).toMatchObject({
        ok: false,
        reason: 'anchored row missing: newest rows removed',
      });

      // A rewrite that recomputes the hashes links up too; the anchor taken before it does not match.
      await audit(db, { actor, action: 'client.read', purpose: 'asiakastyö' });
      const before = (await auditAnchor(db))!;
      const first = await db.selectFrom('audit_log').select('seq').orderBy('seq').limit(1).executeTakeFirstOrThrow();
      await rewriteFrom(db, first.seq);
      expect((await verifyAuditChain(db)).ok).toBe(true);
      expect(await verifyAuditChain(db, { anchors: [before] })).toMatchObject({
        ok: false,
        reason: 'differs from its anchor',
      });
    } finally {
      await own.close();
    }
  });
});
