import { sql, type Kysely } from 'kysely';

// Use-log rows written with the configured key (AUDIT_KEY) carry an HMAC instead of a plain hash:
// rewriting rows and recomputing the chain then needs the key, which the database does not hold.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log add column keyed boolean not null default false`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table audit_log drop column keyed`.execute(db);
}
