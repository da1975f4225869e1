import { sql, type Kysely } from 'kysely';

// A TOTP code works once: the time step of the last accepted code is kept, and a code of that step
// or an earlier one is refused (RFC 6238, 5.2).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table app_user add column totp_last_step bigint`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table app_user drop column totp_last_step`.execute(db);
}
