import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestContext } from '../../test/app.js';
import { audit, verifyAuditChain } from './audit.js';

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
