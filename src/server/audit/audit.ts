// The use log (käyttöloki). Every read and write of client data calls `audit` with actor, action,
// client, subject and purpose. Rows are hash-chained: each row's hash covers the previous row's hash,
// so changing or removing a row breaks the chain (`npm run audit:verify`). A database trigger also
// refuses UPDATE, DELETE and TRUNCATE. Two things keep someone with full database access honest:
// the hash is an HMAC with a key from the configuration (AUDIT_KEY), so a rewritten chain cannot be
// recomputed without it; and anchors (the newest row's number and hash) are written outside the
// table — to the application log every hour and by `npm run audit:anchor` — so trimming the newest
// rows shows against the last anchor.
import { createHash, createHmac } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { AuditEventName } from './events/index.js';

export interface AuditActor {
  id: string;
  username: string;
}

/** Transitional: names written before the typed list; removed when every capability has moved. */
type LegacyAuditName = string & { readonly legacy?: unique symbol };

export interface AuditEntry {
  actor: AuditActor | null;
  /** The event: an action of the access registry, or a more specific event of the one list
   *  (src/server/audit/events). Stored in the `action` column. */
  action: AuditEventName | LegacyAuditName;
  clientId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Why the data was processed (käyttötarkoitus), e.g. 'asiakastyö', 'access check'. */
  purpose: string;
  outcome?: 'ok' | 'denied' | 'failed';
}

export const GENESIS_HASH = '0'.repeat(64);
// Any constant shared by all instances; serializes chain appends across processes.
const AUDIT_LOCK_KEY = 730_2023;

export interface HashedFields {
  at: Date;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  client_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  purpose: string;
  outcome: 'ok' | 'denied' | 'failed';
}

let auditKey: string | null = null;

/** The key of the chain's HMAC, from the configuration (null: plain hashes, as in old rows). */
export function configureAuditKey(key: string | null): void {
  auditKey = key || null;
}

export function auditHash(prevHash: string, row: HashedFields, key: string | null = null): string {
  const canonical = JSON.stringify([
    prevHash,
    row.at.toISOString(),
    row.actor_id,
    row.actor_username,
    row.action,
    row.client_id,
    row.subject_type,
    row.subject_id,
    row.purpose,
    row.outcome,
  ]);
  return key
    ? createHmac('sha256', key).update(canonical).digest('hex')
    : createHash('sha256').update(canonical).digest('hex');
}

async function append(trx: Kysely<DB>, entries: AuditEntry[]): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let prev = last?.hash ?? GENESIS_HASH;
  // Millisecond precision so the hash input survives the database round trip.
  const at = new Date(Math.floor(Date.now()));
  const rows = entries.map((e) => {
    const fields: HashedFields = {
      at,
      actor_id: e.actor?.id ?? null,
      actor_username: e.actor?.username ?? null,
      action: e.action,
      client_id: e.clientId ?? null,
      subject_type: e.subjectType ?? null,
      subject_id: e.subjectId ?? null,
      purpose: e.purpose,
      outcome: e.outcome ?? 'ok',
    };
    const hash = auditHash(prev, fields, auditKey);
    const row = { ...fields, prev_hash: prev, hash, keyed: auditKey !== null };
    prev = hash;
    return row;
  });
  await trx.insertInto('audit_log').values(rows).execute();
}

/**
 * Writes one or more use-log rows. Inside a transaction the rows commit or roll back with the data
 * they describe; outside one, they get a transaction of their own.
 */
export async function audit(db: Kysely<DB>, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry];
  if (entries.length === 0) return;
  if (db.isTransaction) return append(db, entries);
  await db.transaction().execute((trx) => append(trx, entries));
}

export interface VerifyResult {
  ok: boolean;
  rows: number;
  /** The first sequence number where the chain breaks. */
  brokenAt?: number;
  reason?: string;
}

/** The newest row of the chain: kept outside the database, it shows later trimming or rewriting. */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

export async function auditAnchor(db: Kysely<DB>): Promise<AuditAnchor | null> {
  const row = await db
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/**
 * Walks the whole chain in batches. Keyed rows need the key (`key`); `anchors` (kept outside the
 * database) must each still be in the chain with the same hash.
 */
export async function verifyAuditChain(
  db: Kysely<DB>,
  options: { key?: string | null; anchors?: AuditAnchor[]; batchSize?: number } = {},
): Promise<VerifyResult> {
  const key = options.key === undefined ? auditKey : options.key;
  const batchSize = options.batchSize ?? 5000;
  const anchors = new Map((options.anchors ?? []).map((a) => [Number(a.seq), a.hash]));
  let prev = GENESIS_HASH;
  let lastSeq = 0;
  let count = 0;
  let seenKeyed = false;
  let lastKeyed = false;
  for (;;) {
    const batch = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (batch.length === 0) break;
    for (const row of batch) {
      // Sequence numbers may skip (a rolled-back transaction uses one up), so removal of a row is
      // detected by the next row's prev_hash, not by a gap.
      if (row.prev_hash !== prev)
        return { ok: false, rows: count, brokenAt: row.seq, reason: 'row removed or chain broken' };
      if (row.keyed && !key)
        return { ok: false, rows: count, brokenAt: row.seq, reason: 'the audit key is needed (AUDIT_KEY)' };
      // Plain rows may only come before the key was set: a plain row after a keyed one was rewritten.
      if (!row.keyed && seenKeyed) return { ok: false, rows: count, brokenAt: row.seq, reason: 'row altered' };
      seenKeyed ||= row.keyed;
      lastKeyed = row.keyed;
      if (auditHash(prev, row, row.keyed ? key! : null) !== row.hash)
        return { ok: false, rows: count, brokenAt: row.seq, reason: 'row altered' };
      const anchored = anchors.get(Number(row.seq));
      if (anchored !== undefined) {
        if (anchored !== row.hash)
          return { ok: false, rows: count, brokenAt: row.seq, reason: 'differs from its anchor' };
        anchors.delete(Number(row.seq));
      }
      prev = row.hash;
      lastSeq = row.seq;
      count++;
    }
  }
  // With the key set, the app writes keyed rows: a chain that ends in plain rows was rewritten
  // (or nothing has been written since the key was set; any use of the app writes a row).
  if (key && count > 0 && !lastKeyed)
    return { ok: false, rows: count, brokenAt: lastSeq, reason: 'the newest rows are not keyed: rewritten' };
  if (anchors.size) {
    const missing = Math.min(...anchors.keys());
    return { ok: false, rows: count, brokenAt: missing, reason: 'anchored row missing: newest rows removed' };
  }
  return { ok: true, rows: count };
}
