import { sql, type Kysely } from 'kysely';

// The deadline rules of an organisation are edited with the one versioned update, which names a row
// by its id: give the row one (still one row per organisation).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table deadline_config add column id uuid not null default gen_random_uuid() unique;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    alter table deadline_config drop column id;
  `.execute(db);
}
